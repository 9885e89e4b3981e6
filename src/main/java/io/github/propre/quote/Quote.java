package io.github.propre.quote;

import io.github.propre.text.OffsetMap;
import io.github.propre.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One quotation found in a text: its words, where it lies, how it is nested, and who said it.
 *
 * <p>{@link #start()} and {@link #end()} cover the quote including its marks (or its dialogue dash);
 * {@link #parts()} are the spans of the quoted words, without marks, padding spaces, continuation
 * marks at the start of later paragraphs, or an incise ({@code « Oui, dit-il, je viens. »} has the
 * parts {@code Oui,} and {@code je viens.}). {@link #text()} joins the parts with one space, or
 * with a line break where a part ends a paragraph.
 *
 * <p>Immutable and thread-safe. The text is read from the input on demand, so a quote keeps a
 * reference to the input string.
 *
 * <pre>{@code
 * Quote q = QuoteExtractor.standard().extract("— Tiens, dit-il, nous avons eu la même idée.").get(0);
 * q.text();                   // "Tiens, nous avons eu la même idée."
 * q.kind();                   // Kind.DIALOGUE
 * q.speaker().get().text();   // "il"
 * q.verb().get().text();      // "dit"
 * }</pre>
 */
public final class Quote {

  /** What a pair of quotation marks or a dash holds. */
  public enum Kind {
    /** Reported speech or thought between quotation marks. */
    SPEECH("speech"),
    /** A dialogue turn: opened by a dash, or one of several turns inside one pair of guillemets. */
    DIALOGUE("dialogue"),
    /** A title, a term or a scare quote ({@code un « allié sincère et constant »}): nobody speaks. */
    FRAGMENT("fragment");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** Returns the lower-case name used in JSON output: {@code speech}, {@code dialogue}, {@code fragment}. */
    public String label() {
      return label;
    }
  }

  private final String source;
  private final int start;
  private final int end;
  private final int[] parts;
  private final int level;
  private final Kind kind;
  private final boolean closed;
  private final int firstParagraph;
  private final int lastParagraph;
  private final Mention speaker;
  private final Mention verb;
  /**
   * The parts in {@link #source}'s offsets, from which {@link #text()} is built: {@link #parts} until
   * {@link #mapped} moves those elsewhere. The text is built on demand, never stored: nested quotes
   * repeat their inner text, so storing every quote's text would hold quadratic memory.
   */
  private final int[] textParts;

  Quote(String source, int start, int end, int[] parts, int level, Kind kind, boolean closed,
      int firstParagraph, int lastParagraph, Mention speaker, Mention verb) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.parts = parts;
    this.level = level;
    this.kind = kind;
    this.closed = closed;
    this.firstParagraph = firstParagraph;
    this.lastParagraph = lastParagraph;
    this.speaker = speaker;
    this.verb = verb;
    this.textParts = parts;
  }

  private Quote(Quote q, OffsetMap map) {
    this.source = q.source;
    this.textParts = q.textParts;
    Span whole = map.rawSpan(q.start, q.end);
    this.start = whole.start();
    this.end = whole.end();
    this.parts = new int[q.parts.length];
    for (int i = 0; i < parts.length; i += 2) {
      Span p = map.rawSpan(q.parts[i], q.parts[i + 1]);
      parts[i] = p.start();
      parts[i + 1] = p.end();
    }
    this.level = q.level;
    this.kind = q.kind;
    this.closed = q.closed;
    this.firstParagraph = q.firstParagraph;
    this.lastParagraph = q.lastParagraph;
    this.speaker = q.speaker == null ? null : new Mention(q.speaker.text(), map.rawSpan(q.speaker.span()));
    this.verb = q.verb == null ? null : new Mention(q.verb.text(), map.rawSpan(q.verb.span()));
  }

  /**
   * Returns this quote with its spans (and those of its speaker and verb) moved through {@code map}
   * back to a raw text; the texts stay those of the text the quote was found in.
   *
   * @throws IndexOutOfBoundsException if a span lies outside the map's cleaned text
   */
  public Quote mapped(OffsetMap map) {
    Objects.requireNonNull(map, "map");
    return new Quote(this, map);
  }

  /** Returns the quoted words: the parts joined by one space, or a line break between paragraphs. */
  public String text() {
    int[] p = textParts;
    StringBuilder sb = new StringBuilder(p[p.length - 1] - p[0]);
    for (int i = 0; i < p.length; i += 2) {
      if (i > 0) {
        sb.append(crossesLine(p[i - 1], p[i]) ? '\n' : ' ');
      }
      sb.append(source, p[i], p[i + 1]);
    }
    return sb.toString();
  }

  private boolean crossesLine(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = source.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        return true;
      }
    }
    return false;
  }

  /** Returns the offset of the opening mark or dash. */
  public int start() {
    return start;
  }

  /** Returns the offset after the closing mark, or after the last quoted word if unclosed. */
  public int end() {
    return end;
  }

  /** Returns {@code [start(), end())}. */
  public Span span() {
    return new Span(start, end);
  }

  /** Returns the spans of the quoted words, in order; at least one. */
  public List<Span> parts() {
    List<Span> out = new ArrayList<>(parts.length / 2);
    for (int i = 0; i < parts.length; i += 2) {
      out.add(new Span(parts[i], parts[i + 1]));
    }
    return Collections.unmodifiableList(out);
  }

  /** Returns how many reported quotes contain this one: 0 for an outermost quote. */
  public int level() {
    return level;
  }

  /** Returns whether this is speech, a dialogue turn or a fragment. */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns false if the closing mark is missing: the quote then ends with the last paragraph it
   * reached. A dialogue turn opened by a dash is closed by the end of its paragraph.
   */
  public boolean closed() {
    return closed;
  }

  /** Returns the index of the paragraph where the quote starts. */
  public int firstParagraph() {
    return firstParagraph;
  }

  /** Returns the index of the paragraph where the quote ends. */
  public int lastParagraph() {
    return lastParagraph;
  }

  /** Returns the mention of the speaker that the text uses (a name, a noun phrase, a pronoun), if any. */
  public Optional<Mention> speaker() {
    return Optional.ofNullable(speaker);
  }

  /**
   * Returns the reporting verb that links the quote to its speaker ({@code a affirmé},
   * {@code dit}), or the words {@code selon}, {@code d'après} or {@code pour} ({@code Pour le
   * syndicat, « … »}), if any.
   */
  public Optional<Mention> verb() {
    return Optional.ofNullable(verb);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Quote q)) {
      return false;
    }
    return start == q.start && end == q.end && level == q.level && kind == q.kind
        && closed == q.closed && firstParagraph == q.firstParagraph
        && lastParagraph == q.lastParagraph && java.util.Arrays.equals(parts, q.parts)
        && Objects.equals(speaker, q.speaker) && Objects.equals(verb, q.verb)
        && text().equals(q.text());
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, level, kind, closed, java.util.Arrays.hashCode(parts), speaker, verb);
  }

  @Override
  public String toString() {
    return kind.label() + (closed ? "" : " (unclosed)") + " [" + start + ", " + end + ") level "
        + level + ": " + text()
        + (speaker == null ? "" : " <- " + speaker.text()) + (verb == null ? "" : " (" + verb.text() + ")");
  }
}
