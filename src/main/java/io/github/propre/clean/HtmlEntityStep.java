package io.github.propre.clean;

import io.github.propre.internal.TextRewriter;
import io.github.propre.text.MappedText;

/**
 * Decodes HTML character references: every HTML5 named entity ({@code &nbsp;}, {@code &eacute;},
 * {@code &hellip;}, {@code &rsquo;}...) and numeric references ({@code &#8217;}, {@code &#x2019;}).
 *
 * <p>Numeric references follow the HTML standard: 0, surrogates and values past U+10FFFF give
 * U+FFFD, and 128 to 159 give the windows-1252 character of that byte ({@code &#146;} is {@code
 * ’}); the final {@code ;} may be missing. Named references need their {@code ;}, except the old
 * HTML 4 names the standard also accepts without it ({@code &eacute}), which are decoded only when
 * the name is not followed by {@code =} (a URL query such as {@code ?a=1&copy=2} stays). Unknown
 * names stay as they are.
 *
 * <p>Cleaning the output again must change nothing, so two things differ from a browser. A decoded
 * {@code &} that makes a reference with what follows it is decoded again ({@code &amp;eacute;}, double
 * escaped, gives {@code é}). And when the Unicode clean-up runs after this step, the characters it
 * removes (controls, zero-width characters, soft hyphens) are read through inside a reference
 * ({@code &\u0090#38;} is {@code &#38;}), since removing them later would bring a new one together.
 */
final class HtmlEntityStep implements Step {
  private final boolean throughRemovable;

  /**
   * Returns the step; {@code throughRemovable}: read through the characters the Unicode clean-up
   * removes (set when it runs).
   */
  HtmlEntityStep(boolean throughRemovable) {
    this.throughRemovable = throughRemovable;
  }

  /** Returns the step for a cleaner without the Unicode clean-up. */
  HtmlEntityStep() {
    this(false);
  }

  @Override
  public int triggers() {
    return Triggers.AMPERSAND;
  }

  @Override
  public MappedText apply(String text, Scan scan, Tally tally) {
    TextRewriter rw = null;
    int n = text.length();
    int i = text.indexOf('&', scan.first(Triggers.AMPERSAND));
    Found found = new Found();
    while (i >= 0 && i + 1 < n) {
      if (!throughRemovable || !parseThroughRemovable(text, i, found)) {
        parse(text, i, found);
      }
      if (found.end <= 0) {
        i = text.indexOf('&', i + 1);
        continue;
      }
      int end = found.end;
      int codePoint = found.codePoint;
      String value = found.value;
      // Double-escaped text (&amp;lt; &#38;amp;): a decoded '&' that makes an entity with what
      // follows it is decoded again, or the next cleaning would decode it and change the text.
      // The parser reads from the character after the '&', so it can start at end - 1.
      while (end < n && (value != null ? value.equals("&") : codePoint == '&')) {
        parse(text, end - 1, found);
        if (found.end <= 0) {
          break;
        }
        end = found.end;
        codePoint = found.codePoint;
        value = found.value;
      }
      if (rw == null) {
        rw = new TextRewriter(text);
      }
      if (value != null) {
        rw.replace(i, end, value);
      } else {
        rw.replaceWithCodePoint(i, end, codePoint);
      }
      tally.add(Change.HTML_ENTITIES_DECODED);
      i = text.indexOf('&', end);
    }
    return rw == null ? null : rw.finish();
  }

  /**
   * Parses a numeric reference at {@code i} ({@code &#...}); returns {@code end << 32 | codePoint},
   * or 0 if there is none.
   */
  /** What {@link #parse} found: where the entity ends (0 if there is none), its value or code point. */
  private static final class Found {
    int end;
    int codePoint;
    String value;
  }

  /**
   * Reads the entity at {@code i} as {@link #parse} does, as if the removable characters after it
   * were not there; returns false, having read nothing, if there are none. The reference is read up
   * to the first character that can be in none (not a letter, a digit or {@code #}), that character
   * included, as many removable characters as there are: a bound would leave a long one to the next
   * cleaning, which would then decode it. Linear: a read never passes the next {@code &}, so the
   * reads of two references never overlap.
   */
  private static boolean parseThroughRemovable(String text, int i, Found found) {
    int n = text.length();
    StringBuilder kept = null;
    int[] at = null;
    for (int j = i + 1; j < n; j++) {
      char c = text.charAt(j);
      if (isRemovable(text, j)) {
        if (kept == null) {
          kept = new StringBuilder(j - i + 16).append(text, i, j);
          at = new int[Math.max(16, 2 * (j - i))];
          for (int k = 0; k < j - i; k++) {
            at[k] = i + k;
          }
        }
        continue;
      }
      if (kept != null) {
        if (kept.length() == at.length) {
          at = java.util.Arrays.copyOf(at, 2 * at.length);
        }
        at[kept.length()] = j;
        kept.append(c);
      }
      if (!Character.isLetterOrDigit(c) && c != '#') {
        break;
      }
    }
    if (kept == null || kept.length() < 2) {
      return false;
    }
    parse(kept.toString(), 0, found);
    if (found.end > 0) {
      found.end = at[found.end - 1] + 1;
    }
    return true;
  }

  /** Returns true if the Unicode clean-up removes the character at {@code j} wherever it stands. */
  private static boolean isRemovable(String text, int j) {
    char c = text.charAt(j);
    return c == '\u00AD' || C1ControlStep.isRemoved(c) || InvisiblesStep.removal(text, j) != null;
  }

  /** Reads the entity whose '&' is at {@code i} (only the characters after {@code i} are read). */
  private static void parse(String text, int i, Found found) {
    int n = text.length();
    found.end = -1;
    found.codePoint = -1;
    found.value = null;
    if (text.charAt(i + 1) == '#') {
      long parsed = numeric(text, i);
      found.end = (int) (parsed >>> 32);
      found.codePoint = (int) parsed;
      return;
    }
    int nameEnd = i + 1;
    int limit = Math.min(n, i + 1 + EntityTable.MAX_NAME_LENGTH + 1);
    while (nameEnd < limit && isAsciiAlphanumeric(text.charAt(nameEnd))) {
      nameEnd++;
    }
    int k = nameEnd > i + 1 ? EntityTable.find(text, i + 1, nameEnd) : -1;
    if (k >= 0 && nameEnd < n && text.charAt(nameEnd) == ';') {
      found.value = EntityTable.value(k);
      found.end = nameEnd + 1;
    } else if (k >= 0 && EntityTable.legacy(k) && (nameEnd >= n || text.charAt(nameEnd) != '=')) {
      found.value = EntityTable.value(k);
      found.end = nameEnd;
    }
  }

  private static long numeric(String text, int i) {
    int n = text.length();
    int p = i + 2;
    boolean hex = p < n && (text.charAt(p) == 'x' || text.charAt(p) == 'X');
    if (hex) {
      p++;
    }
    int digitsStart = p;
    int value = 0;
    while (p < n) {
      int d = hex ? Character.digit(text.charAt(p), 16) : decimal(text.charAt(p));
      if (d < 0) {
        break;
      }
      // Saturate past the last code point: the value only needs to be known to be too big.
      value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + d;
      p++;
    }
    if (p == digitsStart) {
      return 0;
    }
    if (p < n && text.charAt(p) == ';') {
      p++;
    }
    return (long) p << 32 | resolve(value);
  }

  /** Returns the character the HTML standard gives numeric reference {@code value}. */
  private static int resolve(int value) {
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
      return 0xFFFD;
    }
    if (value >= 0x80 && value <= 0x9F) {
      return Cp1252.charOf(value);
    }
    return value;
  }

  private static int decimal(char c) {
    return c >= '0' && c <= '9' ? c - '0' : -1;
  }

  private static boolean isAsciiAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
