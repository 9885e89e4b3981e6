package io.github.propre.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.Token;
import io.github.propre.token.TokenCursor;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes {@link FrenchTokenizer}: the list and the streaming cursor agree, and the tokens keep the
 * {@linkplain Invariants#tokens token invariants}. Regression mode in {@code mvn test}; fuzzing
 * with {@code mvn test -Pfuzz} (see {@code package-info.java}).
 */
class TokenizerFuzzTest {
  private static final FrenchTokenizer STANDARD = FrenchTokenizer.standard();
  private static final FrenchTokenizer WHOLE_TIMES = STANDARD.splitTimes(false);

  @FuzzTest(maxDuration = "10s")
  void tokenize(FuzzedDataProvider data) {
    FrenchTokenizer tk = data.consumeBoolean() ? STANDARD : WHOLE_TIMES;
    String text = FuzzText.from(data, 4096);
    List<Token> tokens = tk.tokenize(text);
    Invariants.tokens(text, tokens);
    List<Token> streamed = new ArrayList<>();
    TokenCursor c = tk.cursor(text);
    while (c.next()) {
      streamed.add(c.token());
    }
    Invariants.check(streamed.equals(tokens), "cursor and tokenize disagree");
  }
}
