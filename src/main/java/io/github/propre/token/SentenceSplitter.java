package io.github.propre.token;

import io.github.propre.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Returns the sentences of French text as spans trimmed of spaces.
 *
 * <p>The splitter reads the tokens of {@link FrenchTokenizer}, so abbreviations ({@code M.},
 * {@code av. J.-C.}, {@code p. 12}), initials, ordinals, decimals and URLs never end a sentence by
 * their periods. A sentence ends after {@code .}, {@code !}, {@code ?}, {@code …} or {@code ...} (and a
 * dotted acronym or {@code etc.}) when the next token opens one: a capitalised word, a number, an opening
 * quote or a dialogue dash. Closing quotes and brackets that follow the end mark stay with the sentence
 * they close, so {@code Il a dit « Viens ! » et elle est venue.} is one sentence and
 * {@code « Bonjour ! » Puis il partit.} two. A blank line (or U+2029) always ends a sentence; a single
 * line break ends one when the next line opens a sentence.
 *
 * <p>Immutable and thread-safe; linear in the length of the text.
 *
 * <pre>{@code
 * List<Span> s = SentenceSplitter.standard().split("M. Dupont est arrivé. Il a dit : « Bonjour ! » Puis il est parti.");
 * s.size();  // 3
 * }</pre>
 */
public final class SentenceSplitter {
  private static final SentenceSplitter STANDARD = new SentenceSplitter(FrenchTokenizer.standard());

  private final FrenchTokenizer tokenizer;

  private SentenceSplitter(FrenchTokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /** Returns the standard French sentence splitter. */
  public static SentenceSplitter standard() {
    return STANDARD;
  }

  /** Returns the sentences of {@code text}, in order, each trimmed of surrounding spaces, as an unmodifiable list. */
  public List<Span> split(CharSequence text) {
    Objects.requireNonNull(text, "text");
    List<Span> out = new ArrayList<>();
    split(text, tokenizer.newScanner(), out);
    return Collections.unmodifiableList(out);
  }

  /** Returns the tokenizer whose tokens this splitter reads (and {@link #feed} expects). */
  public FrenchTokenizer tokenizer() {
    return tokenizer;
  }

  /**
   * Returns a feed that finds the sentences of {@code text} from tokens the caller already has, so
   * that text tokenized once is not tokenized again. Give it, in order, every token that {@link
   * #tokenizer()} finds in {@code text}; {@link TokenFeed#finish()} then returns the same spans as
   * {@link #split split(text)}. Other tokens in order give other sentences, within the text.
   *
   * <pre>{@code
   * TokenCursor c = FrenchTokenizer.standard().cursor(text);
   * SentenceSplitter.TokenFeed feed = SentenceSplitter.standard().feed(text);
   * while (c.next()) {
   *   // ... use the token ...
   *   feed.token(c.start(), c.end(), c.type());
   * }
   * List<Span> sentences = feed.finish();
   * }</pre>
   *
   * @param text the text the tokens were found in; read now, so later changes to it do not count
   */
  public TokenFeed feed(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return new TokenFeed(text);
  }

  /**
   * The sentences of one text, found from its tokens as the caller gives them; see {@link #feed}.
   *
   * <p>Not thread-safe: one feed per text, fed by one thread.
   */
  public static final class TokenFeed {
    private final int length;
    private final List<Span> out = new ArrayList<>();
    private final Run run;
    private int previousEnd;
    private boolean finished;

    private TokenFeed(CharSequence text) {
      length = text.length();
      // One more character than the text, as the scanner's buffer has: the run may look one past a token.
      char[] a = new char[length + 1];
      text.toString().getChars(0, length, a, 0);
      run = new Run(a, Lexicon.french(), out);
    }

    /**
     * Takes the next token, {@code [start, end)} of the text, of type {@code type}.
     *
     * @throws IllegalArgumentException if the token is empty, out of the text, or starts before the
     *     end of the previous one
     * @throws IllegalStateException after {@link #finish()}
     */
    public void token(int start, int end, TokenType type) {
      Objects.requireNonNull(type, "type");
      if (finished) {
        throw new IllegalStateException("token: the feed is already finished");
      }
      if (start < previousEnd || end <= start || end > length) {
        throw new IllegalArgumentException("start, end: expected " + previousEnd + " <= start < end <= "
            + length + " (tokens in order, within the text), got " + start + ", " + end);
      }
      previousEnd = end;
      run.token(start, end, type);
    }

    /**
     * Returns the sentences of the text, in order, each trimmed of surrounding spaces, as an
     * unmodifiable list.
     *
     * @throws IllegalStateException if called twice
     */
    public List<Span> finish() {
      if (finished) {
        throw new IllegalStateException("finish: already called");
      }
      finished = true;
      run.finish();
      return Collections.unmodifiableList(out);
    }
  }

  /** Splits {@code text} with {@code sc} (reset here), adding the sentence spans to {@code out}. */
  static void split(CharSequence text, Scanner sc, List<Span> out) {
    sc.reset(text);
    Run run = new Run(sc.buffer(), Lexicon.french(), out);
    while (sc.next()) {
      run.token(sc.start, sc.end, sc.type);
    }
    run.finish();
  }

  /** The state of one split: where the current sentence runs, what the last tokens were. */
  private static final class Run {
    private static final int IN_SENTENCE = 0;
    /** After an end mark: closing quotes and brackets stay, an opening token starts a sentence. */
    private static final int AFTER_END = 1;
    /** After an end mark and ( or [: the bracket opens a sentence if what follows it does. */
    private static final int AFTER_END_BRACKET = 2;
    /** After a semicolon. */
    private static final int AFTER_SEMICOLON = 3;
    /** After a semicolon and a capitalised word: a sentence starts there unless a name goes on. */
    private static final int CANDIDATE_UNLESS_CAPITAL = 4;
    /** After a capitalised pronoun out of place: a sentence starts there if a lower-case word follows. */
    private static final int CANDIDATE_IF_LOWER = 5;

    private final char[] a;
    private final Lexicon lex;
    private final List<Span> out;

    private int sentStart = -1;
    private int sentEnd = -1;
    private int state = IN_SENTENCE;
    private int candidate = -1;
    private int candidateEnd = -1;
    private int candidateWordEnd = -1;
    /** After a single period that follows a long word, a lower-case word may start a sentence too. */
    private boolean lowerMayStart;
    private int prevStart = -1;
    private int prevEnd = 0;
    private TokenType prevType;
    /** Open « and “ marks in the current paragraph. */
    private int guillemets;
    private int curly;
    /** A sentence that starts with a closing mark that closed nothing (see {@link #finish}). */
    private int orphanStart = -1;
    private int orphanEnd = -1;

    Run(char[] a, Lexicon lex, List<Span> out) {
      this.a = a;
      this.lex = lex;
      this.out = out;
    }

    void token(int s, int e, TokenType t) {
      // Most tokens are a lower-case word (elided or not) or a comma inside a sentence, after nothing
      // or one space: such a token decides nothing (the rules below only look at capitals, other
      // punctuation and line breaks; the pronoun lists are all capitalised, which Lexicon checks), so
      // it only extends the sentence. Four tokens in five on the benchmark corpora.
      if (state == IN_SENTENCE && sentStart >= 0 && (s == prevEnd || s == prevEnd + 1 && a[prevEnd] == ' ')
          && ((t == TokenType.WORD || t == TokenType.ELIDED) && isLowerAscii(a[s])
              || t == TokenType.PUNCTUATION && e == s + 1 && a[s] == ',')) {
        sentEnd = e;
        prevStart = s;
        prevEnd = e;
        prevType = t;
        return;
      }
      int gap = lineBreaks(prevEnd, s);
      if (sentStart < 0) {
        begin(s);
      } else if (gap == 2) {
        close(sentEnd);
        begin(s);
        guillemets = 0;
        curly = 0;
        state = IN_SENTENCE;
      } else {
        switch (state) {
          case AFTER_END -> {
            if (gap == 0 && isCloser(s, e, t)) {
              if (closesNothing(s)) {
                // GSD and the press: « … fin. » Puis… where the « was in an earlier paragraph
                close(sentEnd);
                begin(s);
                orphanStart = s;
                orphanEnd = e;
                state = IN_SENTENCE;
                advance(s, e, t);
                return;
              }
              advance(s, e, t);
              return;
            }
            if (isEndMark(s, e, t)) {
              advance(s, e, t);
              return;
            }
            if (t == TokenType.PUNCTUATION && e == s + 1 && (a[s] == '(' || a[s] == '[')) {
              state = AFTER_END_BRACKET;
              candidate = s;
              candidateEnd = sentEnd;
              advance(s, e, t);
              return;
            }
            state = IN_SENTENCE;
            if (opens(s, e, t) || lowerMayStart && t.isWord() && lowerCase(s)) {
              close(sentEnd);
              begin(s);
            }
          }
          case AFTER_END_BRACKET -> {
            state = IN_SENTENCE;
            // "(Voir plus loin.)" opens a sentence, and so does the elision mark "(...)"
            if (opens(s, e, t) || isEllipsis(s, e, t)) {
              splitAtCandidate();
            }
          }
          case AFTER_SEMICOLON -> {
            state = IN_SENTENCE;
            if (gap == 0 && t.isWord() && capitalised(s, e)) {
              candidate(s, CANDIDATE_UNLESS_CAPITAL);
              candidateWordEnd = e;
              advance(s, e, t);
              return;
            }
          }
          case CANDIDATE_UNLESS_CAPITAL -> {
            // "; Le poème est né" starts a sentence; "; Lucien Carillon (1928)" goes on with a list,
            // unless it begins with a pronoun or determiner ("; Les Alliés la privent")
            state = IN_SENTENCE;
            if (!(t.isWord() && capitalised(s, e)) || lex.sentenceOpeners.contains(a, candidate, candidateWordEnd)) {
              splitAtCandidate();
            }
          }
          case CANDIDATE_IF_LOWER -> {
            state = IN_SENTENCE;
            if (t.isWord() && lowerCase(s)) {
              splitAtCandidate();
            }
          }
          default -> {
            if (gap == 1 && opens(s, e, t)) {
              close(sentEnd);
              begin(s);
            } else if (gap == 0 && t.isWord() && pronounOutOfPlace(s, e)) {
              candidate(s, CANDIDATE_IF_LOWER);
              advance(s, e, t);
              return;
            }
          }
        }
      }
      boolean ends = isEndMark(s, e, t)
          || t == TokenType.ABBREVIATION && lex.sentenceFinalAbbreviations.contains(a, s, e);
      // "… des Hylidae. il ne s'agit": a sentence may start in lower case after a plain period, unless
      // the period may belong to an abbreviation this tokenizer does not know (short words: "env.")
      boolean lower = ends && e == s + 1 && a[s] == '.' && prevEnd == s
          && (prevType != TokenType.WORD || prevEnd - prevStart >= 5);
      advance(s, e, t);
      if (ends) {
        state = AFTER_END;
        lowerMayStart = lower;
      } else if (t == TokenType.PUNCTUATION && e == s + 1 && a[s] == ';' && state == IN_SENTENCE) {
        state = AFTER_SEMICOLON;
      }
    }

    void finish() {
      if (sentStart < 0) {
        return;
      }
      if (sentStart == orphanStart && sentEnd == orphanEnd && !out.isEmpty()) {
        // a closing mark alone at the end: it belongs to the sentence before
        Span last = out.remove(out.size() - 1);
        out.add(Span.of(last.start(), sentEnd));
      } else {
        out.add(Span.of(sentStart, sentEnd));
      }
    }

    /** Records {@code [s, e)} as part of the current sentence and updates the quote marks. */
    private void advance(int s, int e, TokenType t) {
      sentEnd = e;
      if (t == TokenType.PUNCTUATION && e == s + 1) {
        switch (a[s]) {
          case '«' -> guillemets++;
          case '»' -> guillemets = Math.max(0, guillemets - 1);
          case '“' -> curly++;
          case '”' -> curly = Math.max(0, curly - 1);
          default -> { }
        }
      }
      prevStart = s;
      prevEnd = e;
      prevType = t;
    }

    private void begin(int s) {
      sentStart = s;
    }

    private void close(int end) {
      out.add(Span.of(sentStart, end));
      sentStart = -1;
    }

    private void candidate(int s, int kind) {
      state = kind;
      candidate = s;
      candidateEnd = sentEnd;
    }

    private void splitAtCandidate() {
      out.add(Span.of(sentStart, candidateEnd));
      sentStart = candidate;
    }

    /** Returns 0 if no line break lies in {@code a[from, to)}, 1 for one, 2 for a blank line or U+2029. */
    private int lineBreaks(int from, int to) {
      int breaks = 0;
      for (int i = from; i < to; i++) {
        char c = a[i];
        if (c == '\n' || c == '\u2028' || c == '\u0085' || c == '\r' && (i + 1 >= to || a[i + 1] != '\n')) {
          breaks++;
        } else if (c == '\u2029') {
          return 2;
        }
      }
      return Math.min(breaks, 2);
    }

    /** Returns true for . ! ? … ... ?! and the like; an ellipsis right after ( or [ elides, it does not end. */
    private boolean isEndMark(int s, int e, TokenType t) {
      if (t != TokenType.PUNCTUATION) {
        return false;
      }
      for (int i = s; i < e; i++) {
        char c = a[i];
        if (c != '.' && c != '!' && c != '?' && c != '…') {
          return false;
        }
      }
      return !(isEllipsis(s, e, t) && prevType == TokenType.PUNCTUATION && prevEnd == s
          && (a[prevStart] == '(' || a[prevStart] == '['));
    }

    private boolean isEllipsis(int s, int e, TokenType t) {
      return t == TokenType.PUNCTUATION && (a[s] == '…' || e - s >= 2 && a[s] == '.' && a[s + 1] == '.');
    }

    /** Returns true for a closing quote or bracket, which stays with the sentence it ends. */
    private boolean isCloser(int s, int e, TokenType t) {
      if (t != TokenType.PUNCTUATION || e != s + 1) {
        return false;
      }
      switch (a[s]) {
        case '»', '”', '’', '\'', ')', ']', '›':
          return true;
        case '"':
          return !glued(e);
        default:
          return false;
      }
    }

    /** Returns true if a word character directly follows {@code e}: "Ville opens, Ville" closes. */
    private boolean glued(int e) {
      return e < a.length && Character.isLetterOrDigit(a[e]);
    }

    /** Returns true for a closing guillemet or curly quote that closes nothing opened in this paragraph. */
    private boolean closesNothing(int s) {
      return a[s] == '»' && guillemets == 0 || a[s] == '”' && curly == 0;
    }

    /**
     * Returns true for a capitalised pronoun that cannot be inside the sentence: after a colon or a
     * one-letter initial (Ce, Il, Une...), or after a word with no punctuation (Il, Elle...).
     */
    private boolean pronounOutOfPlace(int s, int e) {
      if (prevType == null) {
        return false;
      }
      if (prevType == TokenType.PUNCTUATION) {
        if (prevEnd == prevStart + 1 && a[prevStart] == ':') {
          return lex.sentenceOpeners.contains(a, s, e);
        }
        if (prevEnd == prevStart + 1 && a[prevStart] == ')') {
          return lex.subjectPronouns.contains(a, s, e);
        }
        return false;
      }
      if (prevType == TokenType.ABBREVIATION && prevEnd == prevStart + 2
          && Character.isUpperCase(a[prevStart])) {
        return lex.sentenceOpeners.contains(a, s, e);
      }
      if (prevType.isWord() || prevType.isNumeric() || prevType == TokenType.URL) {
        return lex.subjectPronouns.contains(a, s, e);
      }
      return false;
    }

    private static boolean isLowerAscii(char c) {
      return c >= 'a' && c <= 'z';
    }

    private boolean capitalised(int s, int e) {
      int cp = Character.codePointAt(a, s, e);
      return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    private boolean lowerCase(int s) {
      return Character.isLowerCase(Character.codePointAt(a, s));
    }

    /** Returns true if the token can open a sentence: capital letter, number, opening quote, dash. */
    private boolean opens(int s, int e, TokenType t) {
      char c = a[s];
      switch (t) {
        case NUMBER, ORDINAL:
          return true;
        case PUNCTUATION:
          return c == '«' || c == '“' || c == '„' || c == '‹' || c == '"' && glued(e) || c == '—'
              || c == '–' || c == '-' || c == '¿' || c == '¡' || c == '‘';
        case WORD, ELIDED, ABBREVIATION, CLITIC, URL:
          return capitalised(s, e);
        default:
          return false;
      }
    }
  }

  @Override
  public String toString() {
    return "SentenceSplitter[" + tokenizer + "]";
  }
}
