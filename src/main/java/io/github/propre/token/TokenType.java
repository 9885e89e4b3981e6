package io.github.propre.token;

/**
 * Returns what kind of text a {@link Token} holds.
 *
 * <p>The types follow the UD French surface-token conventions of {@link FrenchTokenizer}: an elided
 * word keeps its apostrophe ({@code l’}), a clitic tail keeps its hyphen ({@code -t-il}), an
 * abbreviation keeps its period ({@code M.}).
 *
 * <p>Thread-safe, as every enum.
 *
 * <pre>{@code
 * FrenchTokenizer.standard().tokenize("L’AES a-t-il 80 000 soldats ?").get(0).type();  // ELIDED
 * }</pre>
 */
public enum TokenType {
  /** A word, a hyphen compound ({@code peut-être}), a lexicalized word ({@code aujourd’hui}), a unit. */
  WORD,
  /** An elided word with its apostrophe: {@code l’}, {@code qu’}, {@code jusqu’}. */
  ELIDED,
  /** A pronoun or clitic detached by a hyphen, hyphen included: {@code -il}, {@code -t-elle}, {@code -moi}. */
  CLITIC,
  /** A number: {@code 42}, {@code -0,8}, {@code 80 000}, {@code 1 000,50}, {@code 01.01.2012}, {@code 1/2}. */
  NUMBER,
  /** An ordinal: {@code 1er}, {@code 2e}, {@code 2ème}, {@code XIXe}, {@code 1ᵉʳ}. */
  ORDINAL,
  /** An abbreviation with its period: {@code M.}, {@code etc.}, {@code J.-C.}, {@code S.N.C.F.}, {@code n°}. */
  ABBREVIATION,
  /** Punctuation: {@code ,}, {@code .}, {@code ...}, {@code ?!}, {@code «}, {@code —}, {@code --}. */
  PUNCTUATION,
  /** A symbol: {@code %}, {@code €}, {@code °C}, {@code +}, {@code ©}. */
  SYMBOL,
  /** A web address: {@code https://exemple.fr/page}, {@code www.exemple.fr}, {@code legifrance.gouv.fr}. */
  URL,
  /** An e-mail address: {@code jean.dupont@exemple.fr}. */
  EMAIL,
  /** A social-network mention: {@code @Macron}. */
  MENTION,
  /** A hashtag: {@code #JeSuisCharlie}. */
  HASHTAG,
  /** An emoticon made of punctuation: {@code :-)}, {@code ;)}, {@code <3}, {@code ^^}. */
  EMOTICON,
  /** An emoji as one whole grapheme cluster (skin tones, flags, ZWJ sequences, keycaps). */
  EMOJI;

  /** Returns true for the types that carry words: {@link #WORD}, {@link #ELIDED}, {@link #CLITIC}, {@link #ABBREVIATION}. */
  public boolean isWord() {
    return this == WORD || this == ELIDED || this == CLITIC || this == ABBREVIATION;
  }

  /** Returns true for {@link #NUMBER} and {@link #ORDINAL}. */
  public boolean isNumeric() {
    return this == NUMBER || this == ORDINAL;
  }

  /** Returns true for {@link #PUNCTUATION} and {@link #SYMBOL}. */
  public boolean isPunctuationOrSymbol() {
    return this == PUNCTUATION || this == SYMBOL;
  }

  /** Returns true for the web and social types: URL, e-mail, mention, hashtag, emoticon, emoji. */
  public boolean isWeb() {
    return this == URL || this == EMAIL || this == MENTION || this == HASHTAG || this == EMOTICON
        || this == EMOJI;
  }
}
