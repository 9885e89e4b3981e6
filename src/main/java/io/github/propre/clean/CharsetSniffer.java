package io.github.propre.clean;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Chooses the charset of bytes that came without one: a byte order mark, else UTF-8 if the bytes
 * are valid UTF-8 (real text in another charset almost never is), else ICU's statistical detector.
 *
 * <p>ICU names Latin-1 text "ISO-8859-1"; it is read as windows-1252, which agrees on every
 * printable Latin-1 character and also knows the punctuation (’ “ ” … –) that Windows text puts in
 * bytes 0x80 to 0x9F, as the WHATWG encoding standard does for that label.
 */
final class CharsetSniffer {
  private CharsetSniffer() {}

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The charset chosen, how, and ICU's confidence (-1 unless detected). */
  record Guess(Charset charset, CharsetSource source, int confidence) {}

  /**
   * Returns the charset of {@code bytes[0, length)}. When {@code complete} is false the bytes are
   * only the beginning of the input, and a UTF-8 sequence cut at their end does not count against
   * UTF-8.
   */
  static Guess sniff(byte[] bytes, int length, boolean complete) {
    if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new Guess(StandardCharsets.UTF_8, CharsetSource.BYTE_ORDER_MARK, -1);
    }
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Guess(StandardCharsets.UTF_16BE, CharsetSource.BYTE_ORDER_MARK, -1);
    }
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Guess(StandardCharsets.UTF_16LE, CharsetSource.BYTE_ORDER_MARK, -1);
    }
    if (isUtf8(bytes, length, complete)) {
      return new Guess(StandardCharsets.UTF_8, CharsetSource.VALID_UTF8, -1);
    }
    byte[] sample = length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
    CharsetDetector detector = new CharsetDetector();
    detector.setText(sample);
    boolean hasNul = hasNul(sample);
    CharsetMatch[] matches = detector.detectAll();
    CharsetMatch best = null;
    for (CharsetMatch match : matches) {
      // Without NUL bytes no text is UTF-16 or UTF-32 (every Latin letter would have one), but
      // ICU proposes them for short Latin-1 samples.
      if ((hasNul || !match.getName().toUpperCase(Locale.ROOT).startsWith("UTF-"))
          && javaCharset(match.getName()) != null) {
        best = match;
        break;
      }
    }
    if (best == null) {
      return new Guess(WINDOWS_1252, CharsetSource.DETECTED, 0);
    }
    // This is a library for French: when Western European is nearly as likely as the winner (on a
    // short sample windows-1250 often wins by a little, and would turn "à" into "ŕ"), take it.
    for (CharsetMatch match : matches) {
      if (isWestern(match.getName()) && match.getConfidence() >= best.getConfidence() - WESTERN_MARGIN) {
        return new Guess(WINDOWS_1252, CharsetSource.DETECTED, match.getConfidence());
      }
    }
    return new Guess(javaCharset(best.getName()), CharsetSource.DETECTED, best.getConfidence());
  }

  /** Confidence points by which a Western European match may trail the best one and still win. */
  static final int WESTERN_MARGIN = 15;

  private static boolean isWestern(String icuName) {
    return icuName.equalsIgnoreCase("ISO-8859-1") || icuName.equalsIgnoreCase("windows-1252");
  }

  private static boolean hasNul(byte[] sample) {
    for (byte b : sample) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  /** Returns the Java charset of ICU's name, or null if Java has none. */
  private static Charset javaCharset(String icuName) {
    if (icuName.equalsIgnoreCase("ISO-8859-1")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.isSupported(icuName) ? Charset.forName(icuName) : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }

  /** Returns true if {@code bytes[0, length)} is well-formed UTF-8 (RFC 3629). */
  static boolean isUtf8(byte[] bytes, int length, boolean complete) {
    int i = 0;
    while (i < length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int need;
      int min;
      int max = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        min = b == 0xE0 ? 0xA0 : 0x80;
        max = b == 0xED ? 0x9F : 0xBF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        min = b == 0xF0 ? 0x90 : 0x80;
        max = b == 0xF4 ? 0x8F : 0xBF;
      } else {
        return false;
      }
      for (int k = 1; k <= need; k++) {
        if (i + k >= length) {
          return !complete;
        }
        int c = bytes[i + k] & 0xFF;
        int lo = k == 1 ? min : 0x80;
        int hi = k == 1 ? max : 0xBF;
        if (c < lo || c > hi) {
          return false;
        }
      }
      i += need + 1;
    }
    return true;
  }
}
