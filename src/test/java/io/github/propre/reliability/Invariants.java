package io.github.propre.reliability;

import io.github.propre.Document;
import io.github.propre.dedup.DedupResult;
import io.github.propre.dedup.Removal;
import io.github.propre.quote.Quote;
import io.github.propre.text.MappedText;
import io.github.propre.text.OffsetMap;
import io.github.propre.text.Paragraph;
import io.github.propre.text.Paragraphs;
import io.github.propre.text.Span;
import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.Token;
import io.github.propre.token.TokenCursor;
import io.github.propre.token.TokenType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * The invariants every stage keeps on any input, shared by the fuzz targets, the hostile-input suite
 * and the concurrency suite. Each check throws {@link AssertionError} with the offending value.
 */
final class Invariants {
  private Invariants() {}

  static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError(what);
    }
  }

  /** Checks {@code ok}; the message is built only on failure (a quote's description holds its text). */
  static void check(boolean ok, Supplier<String> what) {
    if (!ok) {
      throw new AssertionError(what.get());
    }
  }

  /**
   * Tokens are ordered, non-overlapping, non-empty and in bounds; each token's text is the substring
   * at its offsets; every char outside the tokens is a separator, so every non-space char is covered
   * exactly once; no token starts or ends with a separator; a separator inside a token sits between
   * the digit groups of a number.
   */
  static void tokens(CharSequence text, List<Token> tokens) {
    int prevEnd = 0;
    for (Token t : tokens) {
      check(t.start() >= prevEnd, "tokens out of order or overlapping at " + t);
      check(t.start() < t.end() && t.end() <= text.length(), "token out of bounds: " + t
          + " in a text of length " + text.length());
      check(text.subSequence(t.start(), t.end()).toString().equals(t.text()),
          "token text differs from the substring at its offsets: " + t);
      check(!insidePair(text, t.start()) && !insidePair(text, t.end()), "token boundary splits a surrogate pair: "
          + t);
      for (int i = prevEnd; i < t.start(); i++) {
        check(FrenchTokenizer.isSeparator(text.charAt(i)), "char U+" + hex(text.charAt(i)) + " at " + i
            + " is in no token");
      }
      check(!FrenchTokenizer.isSeparator(text.charAt(t.start()))
          && !FrenchTokenizer.isSeparator(text.charAt(t.end() - 1)), "token starts or ends with a separator: " + t);
      for (int i = t.start() + 1; i < t.end() - 1; i++) {
        if (FrenchTokenizer.isSeparator(text.charAt(i))) {
          check(t.type() == TokenType.NUMBER && Character.isDigit(text.charAt(i - 1))
              && Character.isDigit(text.charAt(i + 1)), "separator inside a token that is not a digit group: " + t);
        }
      }
      check(t.normalized() != null && t.normalized().length() <= 2 * t.text().length() + 2,
          "normalized form not linear in the token: " + t);
      prevEnd = t.end();
    }
    for (int i = prevEnd; i < text.length(); i++) {
      check(FrenchTokenizer.isSeparator(text.charAt(i)), "trailing char U+" + hex(text.charAt(i)) + " at " + i
          + " is in no token");
    }
    check(tokens.size() <= text.length(), "more tokens than chars");
  }

  /**
   * Sentences are ordered, non-overlapping, non-empty, in bounds, trimmed of separators, and together
   * cover every non-space char of the text.
   */
  static void sentences(CharSequence text, List<Span> sentences) {
    int prevEnd = 0;
    for (Span s : sentences) {
      check(s.start() >= prevEnd, "sentences out of order or overlapping at " + s);
      check(s.start() < s.end() && s.end() <= text.length(), "sentence out of bounds: " + s
          + " in a text of length " + text.length());
      check(!FrenchTokenizer.isSeparator(text.charAt(s.start()))
          && !FrenchTokenizer.isSeparator(text.charAt(s.end() - 1)), "sentence not trimmed: " + s);
      check(!insidePair(text, s.start()) && !insidePair(text, s.end()), "sentence boundary splits a surrogate pair: "
          + s);
      for (int i = prevEnd; i < s.start(); i++) {
        check(FrenchTokenizer.isSeparator(text.charAt(i)), "char U+" + hex(text.charAt(i)) + " at " + i
            + " is in no sentence");
      }
      prevEnd = s.end();
    }
    for (int i = prevEnd; i < text.length(); i++) {
      check(FrenchTokenizer.isSeparator(text.charAt(i)), "trailing char U+" + hex(text.charAt(i)) + " at " + i
          + " is in no sentence");
    }
  }

  /**
   * A mapped text's map goes from its text to a raw text of {@code rawLength}; every span of the
   * text maps inside the raw text, starts never pass ends, and the map is monotone.
   */
  static void mapped(MappedText m, int rawLength) {
    OffsetMap map = m.offsets();
    int n = m.text().length();
    check(map.cleanedLength() == n, "map starts from length " + map.cleanedLength() + ", text has " + n);
    check(map.rawLength() == rawLength, "map points into length " + map.rawLength() + ", raw has " + rawLength);
    int prevStart = 0;
    int prevEnd = 0;
    // Sample at most ~4096 offsets so that a check stays linear on large texts.
    int step = Math.max(1, n / 4096);
    for (int i = 0; i <= n; i += step) {
      int rs = map.rawStart(i);
      int re = map.rawEnd(i);
      check(rs >= 0 && rs <= rawLength && re >= 0 && re <= rawLength, "offset " + i + " maps out of the raw text: "
          + rs + ", " + re);
      check(rs >= prevStart && re >= prevEnd, "map not monotone at " + i);
      if (i < n) {
        Span one = map.rawSpan(i, i + 1);
        check(one.end() <= rawLength, "char " + i + " maps to " + one + " beyond the raw text");
      }
      prevStart = rs;
      prevEnd = re;
    }
    check(map.rawStart(0) == 0 || n == 0 || map.rawStart(0) <= rawLength, "start maps outside");
    check(map.rawEnd(n) <= rawLength, "end maps outside");
  }

  /**
   * Deduplication keeps a subsequence: the output is the input with the removed spans cut out,
   * removed spans are in order and disjoint, each holds its paragraph, kept + removed paragraphs are
   * all paragraphs, every output char maps back to an equal input char, and each removal points at a
   * copy that lies before it.
   */
  static void dedup(CharSequence input, DedupResult r) {
    String in = input.toString();
    StringBuilder rebuilt = new StringBuilder();
    int at = 0;
    for (Removal x : r.removed()) {
      Span cut = x.removedSpan();
      check(cut.start() >= at && cut.end() <= in.length(), "removed span out of order or bounds: " + cut);
      check(cut.contains(x.paragraph().span()), "removed span " + cut + " misses its paragraph "
          + x.paragraph().span());
      check(x.duplicateOf() != null, "removal without the copy it repeats: " + x);
      rebuilt.append(in, at, cut.start());
      at = cut.end();
    }
    rebuilt.append(in, at, in.length());
    check(rebuilt.toString().equals(r.text()), "output is not the input minus the removed spans");
    check(r.kept().size() + r.removed().size() == r.paragraphs().size(), "kept + removed != paragraphs");
    for (Paragraph p : r.paragraphs()) {
      check(p.span().end() <= in.length() && p.span().textIn(in).equals(p.text()), "paragraph text differs from "
          + "its span: " + p.span());
    }
    mapped(r.output(), in.length());
    String out = r.text();
    OffsetMap map = r.output().offsets();
    int step = Math.max(1, out.length() / 4096);
    for (int i = 0; i < out.length(); i += step) {
      int raw = map.rawStart(i);
      check(raw < in.length() && in.charAt(raw) == out.charAt(i), "output char " + i + " maps to input " + raw
          + " which is another char");
    }
  }

  /**
   * Quotes are in bounds and in start order; each has parts, in order, inside its span, and its text
   * is its parts joined (by {@code \n} where the gap holds a line terminator, else a space); speaker and verb are
   * the text at their spans; two quotes are nested or disjoint, and a quote's level is the number of
   * quotes around it. Checked with a stack, in linear time.
   */
  static void quotes(CharSequence text, List<Quote> quotes) {
    Deque<Quote> open = new ArrayDeque<>();
    int previousStart = 0;
    // Nested quotes repeat their inner text, so all their texts together can be quadratic in the
    // input: compare texts only within a linear budget.
    long textBudget = 8L * text.length() + 1024;
    check(quotes.size() <= text.length(), "more quotes than chars");
    for (Quote q : quotes) {
      check(0 <= q.start() && q.start() < q.end() && q.end() <= text.length(), () -> "quote out of bounds: " + q
          + " in a text of length " + text.length());
      check(q.start() >= previousStart, () -> "quotes not in start order at " + q);
      previousStart = q.start();
      check(!q.parts().isEmpty(), () -> "quote without parts: " + q);
      StringBuilder joined = new StringBuilder();
      int previous = q.start();
      boolean compareText = (textBudget -= q.end() - q.start()) >= 0;
      for (Span p : q.parts()) {
        check(previous <= p.start() && p.start() < p.end() && p.end() <= q.end(), () -> "part " + p + " of " + q);
        if (!compareText) {
          previous = p.end();
          continue;
        }
        if (joined.length() > 0) {
          boolean lineBreak = false;
          for (int i = previous; i < p.start() && !lineBreak; i++) {
            lineBreak = Paragraphs.isLineTerminator(text.charAt(i));
          }
          joined.append(lineBreak ? '\n' : ' ');
        }
        joined.append(text, p.start(), p.end());
        previous = p.end();
      }
      check(!compareText || joined.toString().equals(q.text()), () -> "quote text is not its parts joined: " + q);
      q.speaker().ifPresent(m -> check(m.end() <= text.length() && m.span().textIn(text).equals(m.text()),
          "speaker differs from the text at its span: " + m));
      q.verb().ifPresent(m -> check(m.end() <= text.length() && m.span().textIn(text).equals(m.text()),
          "verb differs from the text at its span: " + m));
      check(q.firstParagraph() <= q.lastParagraph(), () -> "paragraphs reversed: " + q);
      while (!open.isEmpty() && open.peek().end() <= q.start()) {
        open.pop();
      }
      check(open.isEmpty() || open.peek().span().contains(q.span()), () -> "quotes overlap without nesting: "
          + open.peek() + " / " + q);
      if (open.isEmpty() || !open.peek().span().equals(q.span())) {
        check(q.level() == open.size(), () -> "level " + q.level() + " of " + q + " inside " + open.size() + " quotes");
      }
      open.push(q);
    }
  }

  /**
   * Everything a document gives lies in its raw text: the map goes from the cleaned text to the raw
   * text; paragraphs, removals, tokens, sentences and quotes are in bounds and in order.
   */
  static void document(Document doc) {
    int n = doc.raw().length();
    mapped(MappedText.of(doc.text(), doc.offsets()), n);
    int previousEnd = 0;
    for (Paragraph p : doc.paragraphs()) {
      check(p.span().start() >= previousEnd && p.span().end() <= n, "paragraph out of order or bounds: " + p.span());
      previousEnd = p.span().end();
    }
    previousEnd = 0;
    for (Removal r : doc.removed()) {
      check(r.removedSpan().start() >= previousEnd && r.removedSpan().end() <= n, "removal out of order or "
          + "bounds: " + r.removedSpan());
      check(r.duplicateOf().end() <= n, "removal points outside the raw text: " + r.duplicateOf());
      previousEnd = r.removedSpan().end();
    }
    int previousStart = 0;
    previousEnd = 0;
    int cleaned = doc.text().length();
    check(doc.tokens().size() <= cleaned && doc.sentences().size() <= cleaned && doc.quotes().size() <= cleaned,
        "more tokens, sentences or quotes than chars");
    // The document's tokens, kept in columns, against the cursor's, made one by one with their raw
    // offsets (the pipelines checked use the standard tokenizer).
    TokenCursor cursor = FrenchTokenizer.standard().cursor(doc.text());
    for (Token t : doc.tokens()) {
      check(!t.text().isEmpty() && t.start() >= previousStart && t.end() >= previousEnd && t.end() <= n,
          "token out of order or bounds: " + t);
      check(cursor.next() && cursor.token(doc.offsets()).equals(t), () -> "token not the cursor's: " + t);
      previousStart = t.start();
      previousEnd = t.end();
    }
    check(!cursor.next(), "the cursor has more tokens than the document");
    previousStart = 0;
    for (Span s : doc.sentences()) {
      check(s.start() >= previousStart && s.end() <= n, "sentence out of order or bounds: " + s);
      previousStart = s.start();
    }
    for (Quote q : doc.quotes()) {
      check(q.start() <= q.end() && q.end() <= n, () -> "quote out of bounds: " + q);
      for (Span part : q.parts()) {
        check(q.span().contains(part), () -> "part " + part + " outside " + q);
      }
    }
  }

  /** Returns true if {@code offset} falls between the two halves of a valid surrogate pair. */
  static boolean insidePair(CharSequence text, int offset) {
    return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
        && Character.isLowSurrogate(text.charAt(offset));
  }

  static String hex(char c) {
    return String.format("%04X", (int) c);
  }
}
