package io.github.propre.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.propre.clean.Apostrophes;
import io.github.propre.clean.Cleaned;
import io.github.propre.clean.Cleaner;
import io.github.propre.clean.Malformed;
import io.github.propre.clean.QuoteSpace;
import io.github.propre.clean.Quotes;
import io.github.propre.clean.Spaces;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzzes {@link Cleaner} with every option, on text and on bytes: the raw text is kept, the map
 * leads every cleaned offset {@linkplain Invariants#mapped inside the raw text}, markers the cleaner
 * never touches map to their raw positions, the output is linear in size, and cleaning again
 * changes nothing.
 */
class CleanerFuzzTest {
  /** A character no cleaning step changes or consumes. */
  static final char MARK = '\u2042';

  private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1,
      Charset.forName("windows-1252"), StandardCharsets.UTF_16LE);

  @FuzzTest(maxDuration = "10s")
  void clean(FuzzedDataProvider data) {
    Cleaner.Builder builder = Cleaner.builder()
        .repairEncoding(data.consumeBoolean())
        .htmlEntities(data.consumeBoolean())
        .normalizeLineBreaks(data.consumeBoolean())
        .normalizeUnicode(data.consumeBoolean())
        .apostrophes(data.pickValue(Apostrophes.values()))
        .quotes(data.pickValue(Quotes.values()))
        .quoteSpace(data.pickValue(QuoteSpace.values()))
        .spaces(data.pickValue(Spaces.values()))
        .trimLines(data.consumeBoolean())
        .collapseSpaces(data.consumeBoolean())
        .unpairedSurrogates(data.pickValue(Malformed.values()));
    Cleaner cleaner;
    try {
      cleaner = builder.build();
    } catch (IllegalStateException documented) {
      return; // settings that conflict (quoteSpace without guillemets) are refused, as documented
    }
    boolean bytes = data.consumeInt(0, 7) == 0;
    Charset charset = data.pickValue(CHARSETS);
    String raw = FuzzText.from(data, 4096).replace(MARK, '?');
    StringBuilder marked = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      // A marker between every few chars, never inside a surrogate pair or a mojibake pair.
      if (i % 7 == 0 && !Invariants.insidePair(raw, i)) {
        marked.append(' ').append(MARK).append(' ');
      }
      marked.append(raw.charAt(i));
    }
    Cleaned c = bytes ? cleaner.clean(raw.getBytes(charset), charset) : cleaner.clean(marked);
    String input = bytes ? c.raw() : marked.toString();
    Invariants.check(input.equals(c.raw()), "raw text not kept");
    Invariants.mapped(c.mappedText(), input.length());
    Invariants.check(c.text().length() <= 8 * input.length() + 8, "output not linear in the input: "
        + c.text().length() + " from " + input.length());
    if (!bytes) {
      checkMarkers(input, c);
    }
    Cleaned again = cleaner.clean(c.text());
    Invariants.check(again.text().equals(c.text()), "cleaning again changed the text: " + cleaner
        + "\n  raw:    " + escaped(input) + "\n  once:   " + escaped(c.text())
        + "\n  twice:  " + escaped(again.text()));
  }

  /** Returns {@code s} with every char outside printable ASCII as a {@code \\uXXXX} escape. */
  static String escaped(String s) {
    StringBuilder b = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if (ch >= 0x20 && ch < 0x7F) {
        b.append(ch);
      } else {
        b.append(String.format("\\u%04X", (int) ch));
      }
    }
    return b.toString();
  }

  /** Each marker of the cleaned text maps to the matching marker of the raw text. */
  private static void checkMarkers(String raw, Cleaned c) {
    String text = c.text();
    int r = -1;
    int t = -1;
    while (true) {
      r = raw.indexOf(MARK, r + 1);
      t = text.indexOf(MARK, t + 1);
      if (r < 0 || t < 0) {
        Invariants.check(r < 0 && t < 0, "a marker appeared or vanished");
        return;
      }
      Invariants.check(c.rawSpan(t, t + 1).equals(io.github.propre.text.Span.of(r, r + 1)),
          "marker at " + t + " maps to " + c.rawSpan(t, t + 1) + ", not to " + r);
    }
  }
}
