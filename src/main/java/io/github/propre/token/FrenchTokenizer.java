package io.github.propre.token;

import io.github.propre.internal.TokenColumns;
import io.github.propre.text.OffsetMap;
import io.github.propre.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * Returns the tokens of French text, following the Universal Dependencies French surface-token
 * conventions and proof against typography.
 *
 * <ul>
 *   <li>Elided words keep their apostrophe and stand alone ({@code l’} {@code homme}, {@code jusqu’}
 *       {@code à}), with every apostrophe look-alike ({@code ' ’ ʼ}, and {@code ‘ ` ´ ′} between
 *       letters); lexicalized words stay whole ({@code aujourd’hui}, {@code quelqu’un}, {@code l’on},
 *       {@code c’est-à-dire}, {@code O’Neill}).
 *   <li>Hyphen compounds stay whole ({@code peut-être}, {@code États-Unis}); only clitic tails split off,
 *       hyphen kept, chains too ({@code donne} {@code -le} {@code -moi}, {@code a} {@code -t-il}).
 *   <li>Numbers keep their digit groups whatever the space ({@code 80 000}, {@code 1 000,50}), decimals,
 *       dates and ranges; units, {@code %}, currencies and {@code °C} split off; ordinals
 *       ({@code 1er}, {@code XIXe}, {@code 1ᵉʳ}) and abbreviations ({@code M.}, {@code etc.},
 *       {@code J.-C.}) are one token each.
 *   <li>URLs, e-mails, {@code @mentions}, {@code #hashtags}, emoticons and emoji (whole grapheme
 *       clusters) are single tokens.
 *   <li>Spaces of every kind (including U+00A0, U+202F, U+2009 and U+200B) separate tokens and are
 *       never part of one, except between the digit groups of a number.
 * </ul>
 *
 * <p>Immutable and thread-safe: share one instance between all threads. Each call works in time
 * linear in the length of its input.
 *
 * <pre>{@code
 * FrenchTokenizer tk = FrenchTokenizer.standard();
 * for (Token t : tk.tokenize("L’AES a-t-il 80 000 soldats ?")) {
 *   System.out.println(t.text() + " " + t.type());
 * }
 * // L’ ELIDED, AES WORD, a WORD, -t-il CLITIC, 80 000 NUMBER, soldats WORD, ? PUNCTUATION
 * }</pre>
 */
public final class FrenchTokenizer {
  private static final FrenchTokenizer STANDARD = new FrenchTokenizer(true);

  private final boolean splitTimes;

  private FrenchTokenizer(boolean splitTimes) {
    this.splitTimes = splitTimes;
  }

  /** Returns the tokenizer with the UD French conventions (times split: {@code 20} {@code h} {@code 30}). */
  public static FrenchTokenizer standard() {
    return STANDARD;
  }

  /**
   * Returns a copy of this tokenizer that splits times written {@code 20h30} into {@code 20},
   * {@code h}, {@code 30} (true, the UD convention and the default) or keeps them as one number token
   * (false).
   */
  public FrenchTokenizer splitTimes(boolean split) {
    return split == splitTimes ? this : new FrenchTokenizer(split);
  }

  /** Returns true if this tokenizer splits times such as {@code 20h30}. */
  public boolean splitsTimes() {
    return splitTimes;
  }

  /**
   * Returns the tokens of {@code text}, in order, as an immutable list. The list keeps each token in
   * 9 bytes of arrays and makes the {@link Token} when {@code get} asks for it (a new, equal token
   * each time), so that the tokens of a long text do not fill the heap; the {@linkplain #cursor
   * cursor} allocates nothing at all.
   */
  public List<Token> tokenize(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return tokenize(text.toString(), null);
  }

  /**
   * Returns the tokens of {@code text} with their offsets mapped by {@code map}: the tokens of a
   * cleaned text with their offsets in the raw text, as {@link #tokenize(CharSequence)} then {@link
   * Token#mapped} on each would give them, in one pass and in the same compact list.
   *
   * <pre>{@code
   * Cleaned c = Cleaner.defaults().clean(raw);
   * List<Token> tokens = FrenchTokenizer.standard().tokenize(c.text(), c.offsets());
   * raw.substring(tokens.get(0).start(), tokens.get(0).end());  // the raw characters of the first token
   * }</pre>
   *
   * @param map the offsets of {@code text} in a raw text, such as {@link
   *     io.github.propre.clean.Cleaned#offsets()}
   * @throws IllegalArgumentException if {@code text} is longer than {@code map}'s cleaned text
   */
  public List<Token> tokenize(CharSequence text, OffsetMap map) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(map, "map");
    if (text.length() > map.cleanedLength()) {
      throw new IllegalArgumentException("map: expected the offsets of a text of at least "
          + text.length() + " chars (the text's length), got a map of " + map.cleanedLength());
    }
    return tokenize(text.toString(), map.isIdentity() ? null : map);
  }

  /** Tokenizes {@code t} into columns, mapping the offsets through {@code map} unless it is null. */
  private TokenColumns tokenize(String t, OffsetMap map) {
    Scanner s = newScanner();
    s.reset(t);
    // About one token per four characters in French text (0.21 measured), so the arrays rarely grow.
    TokenColumns.Builder out = new TokenColumns.Builder(t, t.length() / 4, map != null);
    while (s.next()) {
      if (map == null) {
        out.add(s.start, s.end, s.type, s.spaceAfter());
      } else {
        Span raw = map.rawSpan(s.start, s.end);
        out.add(s.start, s.end, s.type, s.spaceAfter(), raw.start(), raw.end());
      }
    }
    return out.build();
  }

  /**
   * Returns a streaming cursor over the tokens of {@code text}; it allocates nothing per token and can
   * be {@linkplain TokenCursor#reset reset} to another text. The cursor is not thread-safe.
   */
  public TokenCursor cursor(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return new TokenCursor(newScanner(), text);
  }

  /**
   * Returns true if {@code c} separates tokens: any Unicode space or line break (including U+00A0,
   * U+202F, U+2009), controls, zero-width spaces (U+200B, U+FEFF) and directional marks.
   */
  public static boolean isSeparator(char c) {
    return CharTable.isSpace(c);
  }

  Scanner newScanner() {
    return new Scanner(Lexicon.french(), splitTimes);
  }

  @Override
  public String toString() {
    return "FrenchTokenizer[splitTimes=" + splitTimes + "]";
  }
}
