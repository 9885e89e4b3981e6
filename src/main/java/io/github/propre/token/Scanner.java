package io.github.propre.token;

import static io.github.propre.token.CharTable.APOSTROPHE;
import static io.github.propre.token.CharTable.DIGIT;
import static io.github.propre.token.CharTable.EXTEND;
import static io.github.propre.token.CharTable.HIGH_SURROGATE;
import static io.github.propre.token.CharTable.HYPHEN;
import static io.github.propre.token.CharTable.LETTER;
import static io.github.propre.token.CharTable.NUMERIC;
import static io.github.propre.token.CharTable.PERIOD;
import static io.github.propre.token.CharTable.PICTOGRAPH;
import static io.github.propre.token.CharTable.PUNCT;
import static io.github.propre.token.CharTable.SPACE;
import static io.github.propre.token.CharTable.SYMBOL;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.nio.CharBuffer;

/**
 * The French tokenizer's single left-to-right scanner over a {@code char[]} copy of the text.
 *
 * <p>Each call to {@link #next()} skips separators and reads one construct (a word with its elision,
 * hyphen tails and abbreviation period; a number with its digit groups and unit; a URL; a run of
 * punctuation; an emoji cluster). A construct that yields several tokens queues them in fixed arrays,
 * so nothing is allocated per token. Every look-ahead is either bounded by a word-list length or
 * consumed by the token it finds, and the one that is not (an e-mail domain) is memoised, which keeps
 * the scan linear on any input. Not thread-safe: one per thread, reused through {@link #reset}.
 */
final class Scanner {
  private static final int WORD_MASK = 1 << LETTER | 1 << DIGIT | 1 << NUMERIC | 1 << EXTEND;
  private static final int LETTERS_MASK = 1 << LETTER | 1 << EXTEND | 1 << NUMERIC;
  private static final int MAX_TAILS = 3;
  private static final int RING = 6;

  private final Lexicon lex;
  private final boolean splitTimes;

  /**
   * A separator stored after the text, at {@code a[n]}, so that the word-run loop needs no bounds
   * test. It is never part of a token: every other read checks {@code i < n}.
   */
  private static final char SENTINEL = ' ';
  /** Room after the text: the sentinel, and the seven chars after it that {@link #run} may read. */
  private static final int PADDING = 8;

  private char[] a = new char[PADDING];
  private int n;
  private int pos;

  int start;
  int end;
  TokenType type;

  private final int[] qStart = new int[8];
  private final int[] qEnd = new int[8];
  private final TokenType[] qType = new TokenType[8];
  private int qHead;
  private int qSize;

  /** Hyphen positions of the compound being scanned, most recent last (ring buffer). */
  private final int[] hyphens = new int[RING];
  /** Clitic tails found by {@link #tails}, right to left. */
  private final int[] tailStart = new int[MAX_TAILS];
  private final int[] tailEnd = new int[MAX_TAILS];

  Scanner(Lexicon lex, boolean splitTimes) {
    this.lex = lex;
    this.splitTimes = splitTimes;
  }

  /** Starts over on {@code text}, reusing the buffer when it is large enough. */
  void reset(CharSequence text) {
    reset(text, 0, text.length());
  }

  /** Starts over on {@code text[from, to)}, copied to the start of the buffer (offsets from {@code from}). */
  void reset(CharSequence text, int from, int to) {
    int len = to - from;
    if (a.length < len + PADDING) {
      a = new char[(int) Math.max(len + PADDING, Math.min(Integer.MAX_VALUE - 8, a.length * 2L))];
    }
    if (text instanceof String s) {
      s.getChars(from, to, a, 0);
    } else if (text instanceof StringBuilder sb) {
      sb.getChars(from, to, a, 0);
    } else if (text instanceof CharBuffer cb && cb.hasArray()) {
      System.arraycopy(cb.array(), cb.arrayOffset() + cb.position() + from, a, 0, len);
    } else {
      for (int i = 0; i < len; i++) {
        a[i] = text.charAt(from + i);
      }
    }
    a[len] = SENTINEL;
    n = len;
    pos = 0;
    qHead = 0;
    qSize = 0;
    start = 0;
    end = 0;
    type = null;
  }

  /** Returns the character at {@code i} of the current text. */
  char charAt(int i) {
    return a[i];
  }

  /** Returns the length of the current text. */
  int length() {
    return n;
  }

  /** Returns the internal buffer (the text occupies its first {@link #length()} chars). */
  char[] buffer() {
    return a;
  }

  /** Returns true if a separator follows the current token. */
  boolean spaceAfter() {
    return end < n && CharTable.of(a[end]) == SPACE;
  }

  /** Advances to the next token; returns false at the end of the text. */
  boolean next() {
    if (qHead >= qSize) {
      qHead = 0;
      qSize = 0;
      final char[] a = this.a;
      final int n = this.n;
      final byte[] table = CharTable.TABLE;
      int p = pos;
      byte k;
      while (true) {
        if (p >= n) {
          pos = n;
          return false;
        }
        k = table[a[p]];
        if (k != SPACE) {
          break;
        }
        p++;
      }
      if (k == LETTER) {
        int q = run(p);
        if (q >= n || CharTable.ENDS_WORD[a[q]]) {
          // The common case, a plain word before a space or a comma, straight to the caller: no
          // queue.
          start = p;
          end = q;
          type = wordType(p, q);
          pos = q;
          return true;
        }
        word(p, q);
      } else if ((a[p] == ',' || a[p] == '.') && (p + 1 >= n || table[a[p + 1]] == SPACE)) {
        // A comma or a full stop before a space: one punctuation token, no queue.
        start = p;
        end = p + 1;
        type = TokenType.PUNCTUATION;
        pos = p + 1;
        return true;
      } else {
        scan(p);
      }
    }
    start = qStart[qHead];
    end = qEnd[qHead];
    type = qType[qHead];
    qHead++;
    return true;
  }

  private void emit(int s, int e, TokenType t) {
    qStart[qSize] = s;
    qEnd[qSize] = e;
    qType[qSize] = t;
    qSize++;
    pos = e;
  }

  // ---------------------------------------------------------------- character helpers

  private byte cls(int i) {
    if (i >= n) {
      return SPACE;
    }
    byte k = CharTable.of(a[i]);
    if (k == HIGH_SURROGATE) {
      if (i + 1 < n && Character.isLowSurrogate(a[i + 1])) {
        return CharTable.classOf(Character.toCodePoint(a[i], a[i + 1]));
      }
      return CharTable.OTHER;
    }
    return k;
  }

  /** Returns the width in chars of the code point at {@code i}. */
  private int width(int i) {
    return i + 1 < n && Character.isHighSurrogate(a[i]) && Character.isLowSurrogate(a[i + 1]) ? 2 : 1;
  }

  private boolean isAlnum(int i) {
    return (1 << cls(i) & WORD_MASK) != 0;
  }

  private boolean isLetter(int i) {
    return cls(i) == LETTER;
  }

  private boolean isDigit(int i) {
    return i < n && CharTable.of(a[i]) == DIGIT;
  }

  private boolean isUpper(int i) {
    return i < n && i >= 0 && Character.isUpperCase(a[i]);
  }

  /** Returns the end of the run of word characters (letters, digits, marks) starting at {@code i}. */
  private int run(int i) {
    final char[] a = this.a;
    final int n = this.n;
    final byte[] word = CharTable.WORD;
    while (true) {
      // BMP word characters, eight at a time: bit k of m says whether a[i + k] is one, so the run
      // ends at the lowest clear bit, found without a branch per character (a word's end is what
      // the branch predictor cannot guess). The sentinel at a[n] is no word character, so a full
      // block never passes it, and the buffer has room for the reads past it. A surrogate pair is
      // looked at apart.
      int m;
      while ((m = word[a[i]] | word[a[i + 1]] << 1 | word[a[i + 2]] << 2 | word[a[i + 3]] << 3
          | word[a[i + 4]] << 4 | word[a[i + 5]] << 5 | word[a[i + 6]] << 6
          | word[a[i + 7]] << 7) == 0xFF) {
        i += 8;
      }
      i += Integer.numberOfTrailingZeros(~m);
      if (i < n && CharTable.TABLE[a[i]] == HIGH_SURROGATE && (1 << cls(i) & WORD_MASK) != 0) {
        i += 2;
      } else {
        return i;
      }
    }
  }

  private int run(int i, int mask) {
    final char[] a = this.a;
    final int n = this.n;
    final byte[] table = CharTable.TABLE;
    while (i < n) {
      byte k = table[a[i]];
      if ((1 << k & mask) != 0) {
        i++;
      } else if (k == HIGH_SURROGATE && (1 << cls(i) & mask) != 0) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  private int digits(int i) {
    while (i < n && CharTable.of(a[i]) == DIGIT) {
      i++;
    }
    return i;
  }

  /** Returns the end of the extending characters (marks, variation selectors, ZWJ) at {@code i}. */
  private int extend(int i) {
    while (i < n && cls(i) == EXTEND) {
      i += width(i);
    }
    return i;
  }

  /** Returns true if only separators follow {@code i}. */
  private boolean onlySpacesFrom(int i) {
    while (i < n && CharTable.of(a[i]) == SPACE) {
      i++;
    }
    return i >= n;
  }

  /** Returns true if the char before {@code i} does not continue a word (start, space, punctuation). */
  private boolean freeBefore(int i) {
    if (i == 0) {
      return true;
    }
    byte k = CharTable.of(a[i - 1]);
    return k == SPACE || (k == PUNCT && a[i - 1] != '.' && a[i - 1] != ',') || k == SYMBOL;
  }

  /** Returns true if {@code i} is the end of the text or a char that cannot continue a word. */
  private boolean boundary(int i) {
    return i >= n || !isAlnum(i);
  }

  /** Returns true if a capitalised word (upper case then lower case) begins at {@code i}. */
  private boolean titlecaseWordAt(int i) {
    return i + 1 < n && Character.isUpperCase(a[i]) && Character.isLowerCase(a[i + 1]);
  }

  // ---------------------------------------------------------------- dispatch

  private void scan(int p) {
    char c = a[p];
    switch (CharTable.of(c)) {
      case LETTER -> word(p);
      case DIGIT -> number(p, p);
      case NUMERIC -> {
        int e = run(p);
        emit(p, e, TokenType.NUMBER);
      }
      case HYPHEN -> hyphen(p);
      case PERIOD -> {
        int e = p + 1;
        while (e < n && a[e] == '.') {
          e++;
        }
        single(p, e, TokenType.PUNCTUATION);
      }
      case PICTOGRAPH -> emoji(p);
      case HIGH_SURROGATE -> surrogate(p);
      case PUNCT -> punct(p);
      case SYMBOL -> symbol(p);
      case EXTEND -> emit(p, extend(p), TokenType.SYMBOL);
      case APOSTROPHE -> single(p, p + 1, TokenType.PUNCTUATION);
      default -> single(p, p + 1, TokenType.SYMBOL);
    }
  }

  /** Emits {@code [s, e)} extended over any marks that follow it. */
  private void single(int s, int e, TokenType t) {
    emit(s, extend(e), t);
  }

  private void surrogate(int p) {
    if (width(p) == 1) {
      single(p, p + 1, TokenType.SYMBOL);
      return;
    }
    switch (cls(p)) {
      case LETTER, DIGIT, NUMERIC -> word(p);
      case PICTOGRAPH -> emoji(p);
      case EXTEND -> emit(p, extend(p), TokenType.SYMBOL);
      case PUNCT -> single(p, p + 2, TokenType.PUNCTUATION);
      default -> single(p, p + 2, TokenType.SYMBOL);
    }
  }

  // ---------------------------------------------------------------- words

  private void word(int s) {
    int q = run(s);
    if (q >= n || CharTable.TABLE[a[q]] == SPACE) {
      emit(s, q, wordType(s, q)); // the common case: a plain word before a space
      return;
    }
    word(s, q);
  }

  /** Reads the word that starts at {@code s}, whose run of word characters ends at {@code q}, before no space. */
  private void word(int s, int q) {
    char c = a[q];
    if (c == ':' && q + 2 < n && a[q + 1] == '/' && a[q + 2] == '/' && isScheme(s, q)) {
      if (url(s, q + 3)) {
        return;
      }
    } else if (c == '.' && q - s == 3 && (a[s] | 0x20) == 'w' && (a[s + 1] | 0x20) == 'w'
        && (a[s + 2] | 0x20) == 'w' && isAlnum(q + 1)) {
      if (url(s, q + 1)) {
        return;
      }
    } else if (c == '.' && q == s + 1 && initials(s)) {
      return;
    } else if (q < n && CharTable.of(c) == APOSTROPHE) {
      int lexical = lexicalApostrophe(s, q);
      if (lexical > 0) {
        compound(s, lexical, true);
        return;
      }
      if (lex.elisions.contains(a, s, q) && elidingApostrophe(q)) {
        emit(s, q + 1, TokenType.ELIDED);
        return;
      }
    }
    compound(s, q, false);
  }

  private boolean isScheme(int s, int e) {
    if (e - s < 2 || e - s > 10) {
      return false;
    }
    for (int i = s; i < e; i++) {
      char c = a[i];
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  /** Returns true if the apostrophe at {@code q} ends an elided word. */
  private boolean elidingApostrophe(int q) {
    if (CharTable.isStrongApostrophe(a[q])) {
      return true;
    }
    // ‘ ` ´ ′ are apostrophes only between letters (‘non’ is a quotation)
    return isLetter(q + 1) || isDigit(q + 1);
  }

  /**
   * Returns the end of a lexicalized word that starts at {@code s} and has an apostrophe at {@code q}
   * (quelqu'un, l'on, c'est-à-dire, prud'homme), or -1.
   */
  private int lexicalApostrophe(int s, int q) {
    if (!isLetter(q + 1)) {
      return -1;
    }
    if (lex.apostrophePrefixes.contains(a, s, q + 1)) {
      return run(q + 1);
    }
    int max = lex.apostropheWords.maxLength();
    int e = run(q + 1);
    int found = -1;
    while (e - s <= max) {
      if (lex.apostropheWords.contains(a, s, e)) {
        found = e;
      }
      if (e < n && CharTable.of(a[e]) == HYPHEN && isLetter(e + 1)) {
        e = run(e + 1);
      } else {
        break;
      }
    }
    return found;
  }

  /**
   * Recognises dotted initials and acronyms of two letters or more: J.-C., R.E.M., S.N.C.F., c.-à-d.
   * A single initial (J.) is left to {@link #compound}.
   */
  private boolean initials(int s) {
    int i = s;
    int count = 0;
    int last = -1;
    while (i < n && isLetter(i) && width(i) == 1 && !isAlnum(i + 1)) {
      count++;
      int j = i + 1;
      if (j < n && a[j] == '.') {
        j++;
        last = j;
        if (j < n && CharTable.of(a[j]) == HYPHEN) {
          j++;
        }
      } else if (count > 1 && j < n && CharTable.of(a[j]) == HYPHEN) {
        j++;
      } else {
        break;
      }
      i = j;
    }
    if (count < 2 || last < 0 || isAlnum(last)) {
      return false;
    }
    // count the letters that really end in a period run: "A.-" then a word is not an acronym
    int letters = 0;
    for (int k = s; k < last; k++) {
      if (isLetter(k)) {
        letters++;
      }
    }
    if (letters < 2) {
      return false;
    }
    emit(s, last, TokenType.ABBREVIATION);
    return true;
  }

  /**
   * Scans a word that may go on with hyphens, inner apostrophes, inner periods (domains, inclusive
   * writing) and middle dots, from {@code s} with the first part ending at {@code q}; then splits off
   * the clitic tails, keeps an abbreviation's period, and emits.
   */
  private void compound(int s, int q, boolean lexical) {
    if (q >= n || CharTable.of(a[q]) == SPACE) {
      emit(s, q, wordType(s, q));
      return;
    }
    int hyphenCount = 0;
    boolean joined = lexical;
    boolean dotted = false;
    int partStart = s;
    while (q < n) {
      char c = a[q];
      byte k = CharTable.of(c);
      if (k == HYPHEN) {
        if (isAlnum(q + 1)) {
          hyphens[hyphenCount % RING] = q;
          hyphenCount++;
          partStart = q + 1;
          q = run(q + 1);
          continue;
        }
        break;
      }
      if (k == APOSTROPHE) {
        if (CharTable.isStrongApostrophe(c) ? isAlnum(q + 1) : isLetter(q + 1)) {
          joined = true;
          q = run(q + 1);
          continue;
        }
        break;
      }
      if (k == PERIOD) {
        if (isAlnum(q + 1) && joinsAcrossPeriod(s, partStart, q)) {
          dotted = true;
          partStart = q + 1;
          q = run(q + 1);
          continue;
        }
        break;
      }
      if (c == '@') {
        if (email(s, q)) {
          return;
        }
        break;
      }
      if (c == '+' && isAlnum(q + 1)) {
        // Plus addressing, jean.dupont+presse@exemple.fr: only an e-mail joins across a '+'.
        int at = q + 1;
        while (at < n && (isAlnum(at) || a[at] == '.' || a[at] == '-' || a[at] == '_' || a[at] == '+')) {
          at++;
        }
        if (at < n && a[at] == '@' && email(s, at)) {
          return;
        }
        break;
      }
      if ((c == '\u00B7' || c == '_') && isAlnum(q + 1)) {
        joined = true;
        q = run(q + 1);
        continue;
      }
      if (c == '(' && q - partStart >= 2 && cls(q - 1) == LETTER) {
        int close = parenthesizedEnding(q);
        if (close > 0) {
          joined = true;
          q = run(close);
          continue;
        }
        break;
      }
      if (c == '&' && isUpper(q - 1) && isUpper(q + 1)) {
        joined = true;
        q = run(q + 1);
        continue;
      }
      break;
    }
    if (dotted) {
      if (lex.tlds.contains(a, partStart, q)) {
        if (q + 1 < n && a[q] == '/' && CharTable.of(a[q + 1]) != SPACE) {
          if (url(s, q)) {
            return;
          }
        }
        emit(s, q, TokenType.URL);
        return;
      }
      emit(s, q, TokenType.WORD);
      return;
    }
    if (hyphenCount == 0 && !joined) {
      if (simpleWordEnd(s, q)) {
        return;
      }
    }
    if (hyphenCount > 0) {
      tails(s, q, hyphenCount);
      return;
    }
    emit(s, q, wordType(s, q));
  }

  /**
   * Returns the position after {@code (s)}, {@code (e)}, {@code (es)} and the like glued to a word
   * (mot(s), AUTRE(S), ami(e)s): one to three letters in brackets, then no letter-less continuation;
   * or -1.
   */
  private int parenthesizedEnding(int q) {
    int i = q + 1;
    int letters = 0;
    while (i < n && letters <= 3 && CharTable.of(a[i]) == LETTER) {
      i++;
      letters++;
    }
    if (letters == 0 || letters > 3 || i >= n || a[i] != ')') {
      return -1;
    }
    return i + 1;
  }

  /** Handles what may follow a plain word: an abbreviation period, n°, C++, a suspended hyphen. */
  private boolean simpleWordEnd(int s, int q) {
    if (q >= n) {
      return false;
    }
    char c = a[q];
    if (c == '.') {
      if (q + 1 < n && a[q + 1] == '.') {
        return false;
      }
      if (lex.abbreviations.contains(a, s, q)) {
        emit(s, q + 1, TokenType.ABBREVIATION);
        return true;
      }
      if (q == s + 1 && Character.isUpperCase(a[s]) && !onlySpacesFrom(q + 1)) {
        emit(s, q + 1, TokenType.ABBREVIATION);
        return true;
      }
      return false;
    }
    if (q == s + 1 && (a[s] == 'n' || a[s] == 'N') && (c == '°' || c == 'º')) {
      emit(s, q + 1, TokenType.ABBREVIATION);
      return true;
    }
    if (q == s + 1 && Character.isUpperCase(a[s])) {
      if (c == '+' && q + 1 < n && a[q + 1] == '+' && boundary(q + 2)) {
        emit(s, q + 2, TokenType.WORD);
        return true;
      }
      if (c == '#' && boundary(q + 1)) {
        emit(s, q + 1, TokenType.WORD);
        return true;
      }
    }
    if (CharTable.of(c) == HYPHEN && suspendedHyphen(q)) {
      emit(s, q + 1, TokenType.WORD);
      return true;
    }
    return false;
  }

  /** Returns true for "pré- et post-opératoire": a hyphen, one space, then "et" or "ou" and a space. */
  private boolean suspendedHyphen(int q) {
    int i = q + 1;
    if (i + 3 >= n || !CharTable.isGroupSpace(a[i])) {
      return false;
    }
    char x = a[i + 1];
    char y = a[i + 2];
    return (x == 'e' && y == 't' || x == 'o' && y == 'u') && CharTable.of(a[i + 3]) == SPACE;
  }

  /**
   * Decides whether a period between word characters joins them (St.John, VIDATI.fr,
   * étudiant.e.s, 10.JPG) or ends a sentence whose next one lacks its space (venu.Il).
   */
  private boolean joinsAcrossPeriod(int s, int partStart, int q) {
    int r = q + 1;
    boolean leftLetters = cls(partStart) == LETTER;
    if (isDigit(r) && leftLetters && cls(q - 1) == LETTER) {
      return false; // p.12, art.3: an abbreviation before a number
    }
    if (titlecaseWordAt(r)) {
      int after = run(r);
      if (after < n && a[after] == '@') {
        return true; // Jean.Dupont@exemple.fr
      }
      if (q - partStart == 1 && Character.isUpperCase(a[partStart])) {
        return partStart > s && a[partStart - 1] == '.'; // J.Chirac, but R.I.Ma
      }
      if (lex.abbreviations.contains(a, partStart, q)) {
        return false; // M.Dupont
      }
      if (q - partStart >= 2 && Character.isLowerCase(a[q - 1])) {
        return false; // venu.Il
      }
      if (isDigit(q - 1)) {
        return false; // en 2012.Le
      }
    }
    return true;
  }

  private TokenType wordType(int s, int e) {
    char f = a[s];
    if (f >= 'a' && f <= 'z') { // most words: no roman numeral, no number
      return f == 'n' && e == s + 2 && a[s + 1] == 'º' ? TokenType.ABBREVIATION : TokenType.WORD;
    }
    if (f == 'I' || f == 'V' || f == 'X' || f == 'L' || f == 'C' || f == 'D' || f == 'M') {
      // Roman numeral ordinals: XIXe, IIe, Ier, Ve
      int r = s;
      while (r < e && "IVXLCDM".indexOf(a[r]) >= 0) {
        r++;
      }
      if (r < e && (r - s >= 2 || f == 'I' || f == 'V' || f == 'X') && lex.romanOrdinals.contains(a, r, e)) {
        return TokenType.ORDINAL;
      }
      return TokenType.WORD;
    }
    byte k = CharTable.of(f);
    if (k != DIGIT && k != NUMERIC) {
      return e == s + 2 && (f == 'n' || f == 'N') && a[s + 1] == 'º' ? TokenType.ABBREVIATION
          : TokenType.WORD;
    }
    for (int i = s + 1; i < e; i++) {
      k = CharTable.of(a[i]);
      if (k != DIGIT && k != NUMERIC) {
        return TokenType.WORD;
      }
    }
    return TokenType.NUMBER;
  }

  /**
   * Splits the clitic tails off the hyphen compound {@code [s, q)} whose last hyphens are in the ring
   * ({@code count} hyphens in all), from the right: donne-le-moi, a-t-il, allez-vous-en, va-t'en.
   */
  private void tails(int s, int q, int count) {
    int known = Math.min(count, RING);
    int e = q;
    int i = 0; // hyphens used so far, counted from the last one
    int tailCount = 0;
    int elidedAt = -1;
    while (tailCount < MAX_TAILS && i < known) {
      int h = hyphens[(count - 1 - i) % RING];
      int unit;
      int used = 1;
      boolean checkVerb = true;
      int split = -1;
      if (i + 1 < known && hyphens[(count - 2 - i) % RING] == h - 2 && (a[h - 1] | 0x20) == 't'
          && lex.euphonic.contains(a, h + 1, e)) {
        unit = h - 2; // -t-il
        used = 2;
        checkVerb = false;
      } else if (lex.clitics.contains(a, h + 1, e)) {
        unit = h;
        checkVerb = !isDeictic(h + 1, e);
      } else if (tailCount == 0 && elidedTail(h + 1, e)) {
        unit = h;
        split = h + 3;
      } else {
        break;
      }
      if (unit <= s || guarded(s, count, i + used, e) || checkVerb && !verbEnding(unit - 1)) {
        break;
      }
      if (split >= 0) {
        elidedAt = split;
      }
      tailStart[tailCount] = unit;
      tailEnd[tailCount] = e;
      tailCount++;
      e = unit;
      i += used;
    }
    emit(s, e, wordType(s, e));
    for (int t = tailCount - 1; t >= 0; t--) {
      if (t == 0 && elidedAt >= 0) {
        emit(tailStart[t], elidedAt, TokenType.CLITIC);
        emit(elidedAt, tailEnd[t], TokenType.CLITIC);
      } else {
        emit(tailStart[t], tailEnd[t], TokenType.CLITIC);
      }
    }
  }

  /** Returns true for the deictic particles ci and là (ce jour-là), which follow nouns, not verbs. */
  private boolean isDeictic(int s, int e) {
    if (e - s != 2) {
      return false;
    }
    char x = WordSet.fold(a[s], false);
    char y = WordSet.fold(a[s + 1], false);
    return x == 'c' && y == 'i' || x == 'l' && y == 'à';
  }

  /** Returns true for t'en, m'en, t'y, m'y, l'y: an elided pronoun and en or y, one tail part. */
  private boolean elidedTail(int s, int e) {
    if (e - s < 3 || e - s > 4) {
      return false;
    }
    char p = WordSet.fold(a[s], false);
    if (!(p == 't' || p == 'm' || p == 'l') || !CharTable.isApostrophe(a[s + 1])) {
      return false;
    }
    return lex.clitics.contains(a, s + 2, e) && (e - s == 3 ? (a[s + 2] | 0x20) == 'y'
        : (a[s + 2] | 0x20) == 'e' && (a[s + 3] | 0x20) == 'n');
  }

  /**
   * Returns true if the compound ending at {@code e}, taken from one of its part boundaries left of
   * the hyphen {@code used} (counted from the last), is a listed word (celui-ci, rendez-vous).
   */
  private boolean guarded(int s, int count, int used, int e) {
    int max = lex.hyphenWords.maxLength();
    int known = Math.min(count, RING);
    for (int j = used; j <= known; j++) {
      int b;
      if (j < known) {
        b = hyphens[(count - 1 - j) % RING] + 1;
      } else if (count <= RING) {
        b = s;
      } else {
        break;
      }
      if (e - b > max) {
        break;
      }
      if (lex.hyphenWords.contains(a, b, e)) {
        return true;
      }
    }
    return false;
  }

  /** Returns true if the char at {@code i} can end a verb form before an inverted or imperative clitic. */
  private boolean verbEnding(int i) {
    while (i > 0 && CharTable.of(a[i]) == EXTEND) {
      i--;
    }
    char c = Character.toLowerCase(a[i]);
    switch (c) {
      case 'a', 'e', 'é', 'i', 's', 't', 'd', 'x', 'z':
        return true;
      default:
        return false;
    }
  }

  // ---------------------------------------------------------------- numbers

  /** Scans a number whose first char (a sign or a digit) is at {@code s} and first digit at {@code p}. */
  private void number(int s, int p) {
    if (s == p && (p + 1 < n) && (a[p + 1] == '\uFE0F' || a[p + 1] == '\u20E3')) {
      if (keycap(p)) {
        return;
      }
    }
    int q = digits(p);
    if (q < n && isLetter(q)) {
      numberThenLetters(s, p, q);
      return;
    }
    boolean grouped = false;
    if (q - p <= 3) {
      while (q + 3 < n && CharTable.isGroupSpace(a[q]) && isDigit(q + 1) && isDigit(q + 2)
          && isDigit(q + 3) && !isDigit(q + 4)) {
        q += 4;
        grouped = true;
      }
    }
    while (q + 1 < n) {
      char c = a[q];
      if ((c == ',' || c == '.' || c == '/' || c == ':' || c == '-') && isDigit(q + 1)) {
        q = digits(q + 1);
      } else if (CharTable.isApostrophe(c) && isDigit(q + 1) && isDigit(q + 2) && isDigit(q + 3)
          && !isDigit(q + 4)) {
        q += 4; // 10'000
      } else {
        break;
      }
    }
    if (q < n) {
      char c = a[q];
      byte k = CharTable.of(c);
      if (k == LETTER || k == HIGH_SURROGATE && isLetter(q)) {
        int r = run(q, LETTERS_MASK);
        if (grouped && !(lex.units.contains(a, q, r) && boundary(r))) {
          // 1 000km is a number and a unit; 1 000x or 1 000,50l0 never a word with a space inside
          emit(s, q, TokenType.NUMBER);
          return;
        }
        numberThenLetters(s, p, q);
        return;
      }
      if (grouped) {
        emit(s, q, TokenType.NUMBER);
        return;
      }
      if (c == '.' && isLetter(q + 1) && !titlecaseWordAt(q + 1)) {
        compound(s, q, false); // 10.JPG
        return;
      }
      if (k == HYPHEN && isLetter(q + 1)) {
        compound(s, q, false); // 4-temps, 11-septembre
        return;
      }
      if (k == APOSTROPHE && isLetter(q + 1)) {
        compound(s, q, true); // 90's
        return;
      }
    }
    emit(s, q, TokenType.NUMBER);
  }

  /** Handles letters right after a number ending at {@code q}: 1er, 200m, 20h30, 3D. */
  private void numberThenLetters(int s, int p, int q) {
    int r = run(q, LETTERS_MASK);
    boolean end = boundary(r);
    boolean plainDigits = s == p && digits(p) == q;
    if (end && plainDigits && lex.ordinals.contains(a, q, r)) {
      emit(s, r, TokenType.ORDINAL);
      return;
    }
    if (lex.units.contains(a, q, r)) {
      boolean hour = lex.hourUnits.contains(a, q, r) && isDigit(r);
      if (end || hour) {
        if (hour && !splitTimes) {
          emit(s, digits(r), TokenType.NUMBER);
          return;
        }
        emit(s, q, TokenType.NUMBER);
        emit(q, r, TokenType.WORD);
        return;
      }
    }
    compound(s, run(q), false);
  }

  /** Emits a keycap emoji (1️⃣, #️⃣) at {@code p} if there is one. */
  private boolean keycap(int p) {
    int i = p + 1;
    if (i < n && a[i] == '\uFE0F') {
      i++;
    }
    if (i < n && a[i] == '\u20E3') {
      emit(p, extend(i + 1), TokenType.EMOJI);
      return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- punctuation and symbols

  private void hyphen(int p) {
    int e = p + 1;
    while (e < n && CharTable.of(a[e]) == HYPHEN) {
      e++;
    }
    if (e == p + 1 && isDigit(p + 1) && a[p] != '\u2010' && freeBefore(p)) {
      number(p, p + 1);
      return;
    }
    if (a[p] == '-' && e == p + 1 && p + 2 < n && a[p + 1] == '_' && a[p + 2] == '-' && boundary(p + 3)) {
      emit(p, p + 3, TokenType.EMOTICON); // -_-
      return;
    }
    single(p, e, TokenType.PUNCTUATION);
  }

  private void punct(int p) {
    char c = a[p];
    switch (c) {
      case '?', '!' -> {
        int e = p + 1;
        while (e < n && (a[e] == '?' || a[e] == '!')) {
          e++;
        }
        single(p, e, TokenType.PUNCTUATION);
      }
      case ':', ';' -> {
        if (!emoticon(p)) {
          single(p, p + 1, TokenType.PUNCTUATION);
        }
      }
      case '@' -> {
        if (freeBefore(p) && socialName(p, TokenType.MENTION)) {
          return;
        }
        single(p, p + 1, TokenType.PUNCTUATION);
      }
      case '#', '*' -> {
        if (keycap(p)) {
          return;
        }
        if (c == '#' && freeBefore(p) && socialName(p, TokenType.HASHTAG)) {
          return;
        }
        single(p, p + 1, TokenType.PUNCTUATION);
      }
      case '%', '‰', '‱' -> single(p, p + 1, TokenType.SYMBOL);
      default -> single(p, p + 1, TokenType.PUNCTUATION);
    }
  }

  private void symbol(int p) {
    char c = a[p];
    if ((c == '+' || c == '\u2212') && isDigit(p + 1) && freeBefore(p)) {
      number(p, p + 1);
      return;
    }
    if (c == '+' && p + 2 < n && a[p + 1] == '/' && a[p + 2] == '-') {
      emit(p, p + 3, TokenType.SYMBOL); // +/- (plus or minus)
      return;
    }
    if (c == '=' && emoticon(p)) {
      return;
    }
    if (c == '°' && p + 1 < n && (a[p + 1] == 'C' || a[p + 1] == 'F') && boundary(p + 2)) {
      emit(p, p + 2, TokenType.SYMBOL);
      return;
    }
    if (c == '<' && freeBefore(p)) {
      int i = p + 1;
      if (i < n && a[i] == '/') {
        i++;
      }
      if (i < n && a[i] == '3' && boundary(i + 1)) {
        emit(p, i + 1, TokenType.EMOTICON);
        return;
      }
    }
    if (c == '^' && p + 1 < n) {
      if (a[p + 1] == '^') {
        emit(p, p + 2, TokenType.EMOTICON);
        return;
      }
      if (p + 2 < n && (a[p + 1] == '_' || a[p + 1] == '.' || a[p + 1] == '-') && a[p + 2] == '^') {
        emit(p, p + 3, TokenType.EMOTICON);
        return;
      }
    }
    single(p, p + 1, TokenType.SYMBOL);
  }

  /** Emits an emoticon such as :-) ;) :D =( :'( at {@code p} if there is one. */
  private boolean emoticon(int p) {
    if (!freeBefore(p)) {
      return false;
    }
    int i = p + 1;
    if (i < n && (a[i] == '-' || a[i] == '\'' || a[i] == '’' || a[i] == '^')) {
      i++;
    }
    if (i >= n) {
      return false;
    }
    char m = a[i];
    int e;
    switch (m) {
      case ')', '(', ']', '[', '/', '\\', '|', '*', '}', '{', '@', '$', '<', '>' -> {
        e = i + 1;
        if (m == ')' || m == '(') {
          while (e < n && a[e] == m) {
            e++;
          }
        }
        if (m == '/' && e < n && a[e] == '/') {
          return false; // ://
        }
        if (!boundary(e)) {
          return false;
        }
      }
      case 'D', 'P', 'p', 'O', 'o', 'S', 's', 'x', 'X', '3' -> {
        e = i + 1;
        if (e < n && CharTable.of(a[e]) != SPACE && CharTable.of(a[e]) != PUNCT) {
          return false;
        }
      }
      default -> {
        return false;
      }
    }
    emit(p, e, TokenType.EMOTICON);
    return true;
  }

  /** Emits @name or #name at {@code p} if a name follows. */
  private boolean socialName(int p, TokenType t) {
    int i = p + 1;
    if (!(isAlnum(i) || i < n && a[i] == '_')) {
      return false;
    }
    while (true) {
      i = run(i);
      if (i < n && a[i] == '_') {
        i++;
        continue;
      }
      break;
    }
    emit(p, i, t);
    return true;
  }

  // ---------------------------------------------------------------- emoji

  private void emoji(int p) {
    int cp = Character.codePointAt(a, p, n);
    int i = p + Character.charCount(cp);
    boolean presentation = UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION);
    if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
      presentation = true;
      if (i + 1 < n) {
        int next = Character.codePointAt(a, i, n);
        if (next >= 0x1F1E6 && next <= 0x1F1FF) {
          i += 2;
        }
      }
    }
    while (i < n) {
      char c = a[i];
      if (c == '\u200D' && cls(i + 1) == PICTOGRAPH) {
        presentation = true;
        i += 1 + width(i + 1);
        continue;
      }
      if (cls(i) == EXTEND) {
        int x = Character.codePointAt(a, i, n);
        presentation |= x == 0xFE0F || x >= 0x1F3FB && x <= 0x1F3FF;
        i += Character.charCount(x);
        continue;
      }
      break;
    }
    emit(p, i, presentation ? TokenType.EMOJI : TokenType.SYMBOL);
  }

  // ---------------------------------------------------------------- URLs and e-mails

  /** Emits a URL from {@code s} whose body starts at {@code b}; returns false if there is none. */
  private boolean url(int s, int b) {
    int i = b;
    int open = 0;
    while (i < n) {
      char c = a[i];
      byte k = CharTable.of(c);
      if (k == SPACE || c == '"' || c == '<' || c == '>' || c == '«' || c == '»' || c == '“' || c == '”'
          || c == '`' || c == '{' || c == '}' || c == '|' || c == '\\' || c == '^') {
        break;
      }
      if (c == '(') {
        open++;
      } else if (c == ')') {
        if (open == 0) {
          break;
        }
        open--;
      }
      i++;
    }
    while (i > b) {
      char c = a[i - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '’'
          || c == '*') {
        i--;
      } else {
        break;
      }
    }
    if (i <= b || !isAlnum(b) && a[b] != '/' && a[b] != '[') {
      return false;
    }
    emit(s, i, TokenType.URL);
    return true;
  }

  /** Emits an e-mail whose local part is {@code [s, at)} if a domain follows the @. */
  private boolean email(int s, int at) {
    for (int i = s; i < at; i++) {
      char c = a[i];
      if (!(CharTable.of(c) == LETTER || CharTable.of(c) == DIGIT || c == '.' || c == '-' || c == '_'
          || c == '+')) {
        return false;
      }
    }
    int i = at + 1;
    int dots = 0;
    int lastLabel = -1;
    while (true) {
      int labelStart = i;
      while (i < n && (CharTable.of(a[i]) == LETTER || CharTable.of(a[i]) == DIGIT
          || a[i] == '-' && i > labelStart && isAlnum(i + 1))) {
        i++;
      }
      if (i == labelStart) {
        return false;
      }
      lastLabel = labelStart;
      if (i + 1 < n && a[i] == '.' && isAlnum(i + 1)) {
        dots++;
        i++;
        continue;
      }
      break;
    }
    if (dots == 0 || i - lastLabel < 2) {
      return false;
    }
    emit(s, i, TokenType.EMAIL);
    return true;
  }
}
