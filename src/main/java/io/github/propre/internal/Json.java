package io.github.propre.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for the command line and the benchmark reporter: writing JSON Lines output, and
 * reading the JSON Lines evaluation files and JMH's results. Objects read as {@code Map<String, Object>}, arrays as {@code List<Object>},
 * numbers as {@code Long} or {@code Double}.
 */
public final class Json {
  private Json() {}

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** Appends {@code s} as a JSON string literal; lone surrogates are written as escapes. */
  public static StringBuilder string(StringBuilder out, CharSequence s) {
    out.append('"');
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < n
              && Character.isLowSurrogate(s.charAt(i + 1)))
              && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || lone) {
            out.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15])
                .append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }

  /** Parses one JSON value. */
  public static Object parse(CharSequence text) {
    Reader r = new Reader(text);
    r.skipSpace();
    Object v = r.value();
    r.skipSpace();
    if (r.pos != text.length()) {
      throw r.error("end of input");
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Object o) {
    if (o instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw new IllegalArgumentException("expected a JSON object, got " + o);
  }

  @SuppressWarnings("unchecked")
  public static List<Object> array(Object o) {
    if (o instanceof List<?> l) {
      return (List<Object>) l;
    }
    throw new IllegalArgumentException("expected a JSON array, got " + o);
  }

  public static int integer(Object o) {
    if (o instanceof Number n) {
      return n.intValue();
    }
    throw new IllegalArgumentException("expected a JSON number, got " + o);
  }

  private static final class Reader {
    private final CharSequence s;
    private int pos;

    Reader(CharSequence s) {
      this.s = s;
    }

    IllegalArgumentException error(String expected) {
      return new IllegalArgumentException("JSON: expected " + expected + " at offset " + pos);
    }

    void skipSpace() {
      while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
    }

    Object value() {
      if (pos >= s.length()) {
        throw error("a value");
      }
      char c = s.charAt(pos);
      switch (c) {
        case '{':
          return obj();
        case '[':
          return arr();
        case '"':
          return str();
        case 't':
          return literal("true", Boolean.TRUE);
        case 'f':
          return literal("false", Boolean.FALSE);
        case 'n':
          return literal("null", null);
        default:
          return num();
      }
    }

    private Object literal(String word, Object v) {
      if (pos + word.length() > s.length() || !s.subSequence(pos, pos + word.length()).toString().equals(word)) {
        throw error(word);
      }
      pos += word.length();
      return v;
    }

    private Map<String, Object> obj() {
      Map<String, Object> m = new LinkedHashMap<>();
      pos++;
      skipSpace();
      if (pos < s.length() && s.charAt(pos) == '}') {
        pos++;
        return m;
      }
      while (true) {
        skipSpace();
        if (pos >= s.length() || s.charAt(pos) != '"') {
          throw error("a string key");
        }
        String k = str();
        skipSpace();
        expect(':');
        skipSpace();
        m.put(k, value());
        skipSpace();
        if (pos < s.length() && s.charAt(pos) == ',') {
          pos++;
          continue;
        }
        expect('}');
        return m;
      }
    }

    private List<Object> arr() {
      List<Object> l = new ArrayList<>();
      pos++;
      skipSpace();
      if (pos < s.length() && s.charAt(pos) == ']') {
        pos++;
        return l;
      }
      while (true) {
        skipSpace();
        l.add(value());
        skipSpace();
        if (pos < s.length() && s.charAt(pos) == ',') {
          pos++;
          continue;
        }
        expect(']');
        return l;
      }
    }

    private void expect(char c) {
      if (pos >= s.length() || s.charAt(pos) != c) {
        throw error("'" + c + "'");
      }
      pos++;
    }

    private String str() {
      pos++;
      StringBuilder sb = new StringBuilder();
      while (true) {
        if (pos >= s.length()) {
          throw error("a closing quote");
        }
        char c = s.charAt(pos++);
        if (c == '"') {
          return sb.toString();
        }
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        if (pos >= s.length()) {
          throw error("an escape");
        }
        char e = s.charAt(pos++);
        switch (e) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'u' -> {
            if (pos + 4 > s.length()) {
              throw error("four hex digits");
            }
            sb.append((char) Integer.parseInt(s.subSequence(pos, pos + 4).toString(), 16));
            pos += 4;
          }
          default -> sb.append(e);
        }
      }
    }

    private Object num() {
      int start = pos;
      boolean real = false;
      while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
        real |= ".eE".indexOf(s.charAt(pos)) >= 0;
        pos++;
      }
      if (start == pos) {
        throw error("a value");
      }
      String t = s.subSequence(start, pos).toString();
      try {
        return real ? (Object) Double.parseDouble(t) : (Object) Long.parseLong(t);
      } catch (NumberFormatException ex) {
        pos = start;
        throw error("a number");
      }
    }
  }
}
