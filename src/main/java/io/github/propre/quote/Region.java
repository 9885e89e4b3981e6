package io.github.propre.quote;

import java.util.Arrays;

/**
 * A quote while the scanner builds it, and then while attribution refines it: where it starts and
 * ends, which mark opened it, the spans of its quoted words. Mutable, owned by one extraction call.
 */
final class Region {
  final int type;
  /** Offset of the opening mark or dash (the span start). */
  int start;
  /** Offset after the closing mark, or after the last quoted word when unclosed; -1 while open. */
  int end = -1;
  boolean closed;
  /** A dialogue turn: opened by a dash, or one of the turns of a pair of guillemets. */
  boolean dialogue;
  int firstParagraph;
  int lastParagraph;
  /** Start of the part being built (after the mark and its padding). */
  int partStart;
  /** Quoted-word spans, as pairs of offsets; trimmed of spaces. */
  int[] parts = new int[4];
  int partCount;
  /** True once a letter or digit was seen inside: only such quotes are reported. */
  boolean hasWord;
  /** Set by attribution. */
  Quote.Kind kind;
  int speakerStart = -1;
  int speakerEnd = -1;
  int verbStart = -1;
  int verbEnd = -1;
  /** The attribution comes from an incise or a verb right after the quote (the surest kinds). */
  boolean inciseOrAfter;
  /** Nesting level among reported quotes, computed once all spans are final. */
  int level;

  Region(int type, int start, int paragraph) {
    this.type = type;
    this.start = start;
    this.firstParagraph = paragraph;
    this.lastParagraph = paragraph;
  }

  /** Adds the part {@code [s, e)} of {@code text} trimmed of spaces; empty parts are dropped. */
  void addPart(char[] text, int s, int e) {
    // A continuation mark followed by nothing leaves the part's start after the paragraph's end.
    if (s >= e) {
      return;
    }
    while (s < e && Marks.isSpace(text[s])) {
      s++;
    }
    while (e > s && Marks.isSpace(text[e - 1])) {
      e--;
    }
    if (s == e) {
      return;
    }
    if (2 * partCount + 2 > parts.length) {
      parts = Arrays.copyOf(parts, parts.length * 2);
    }
    parts[2 * partCount] = s;
    parts[2 * partCount + 1] = e;
    partCount++;
  }

  int partStart(int i) {
    return parts[2 * i];
  }

  int partEnd(int i) {
    return parts[2 * i + 1];
  }

  /** Returns the end of the last part, or {@code fallback} if there is none. */
  int lastPartEnd(int fallback) {
    return partCount == 0 ? fallback : parts[2 * partCount - 1];
  }

  /** Removes every part. */
  void clearParts() {
    partCount = 0;
  }

  boolean hasSpeaker() {
    return speakerStart >= 0;
  }
}
