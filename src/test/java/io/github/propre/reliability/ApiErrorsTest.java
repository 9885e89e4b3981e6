package io.github.propre.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.Pipeline;
import io.github.propre.Propre;
import io.github.propre.clean.Apostrophes;
import io.github.propre.clean.Cleaner;
import io.github.propre.clean.CleaningReport;
import io.github.propre.clean.Malformed;
import io.github.propre.clean.QuoteSpace;
import io.github.propre.clean.Quotes;
import io.github.propre.clean.Spaces;
import io.github.propre.dedup.DedupStream;
import io.github.propre.dedup.Deduplicator;
import io.github.propre.dedup.DuplicateIndex;
import io.github.propre.dedup.DuplicateKind;
import io.github.propre.dedup.DuplicatePolicy;
import io.github.propre.dedup.ParagraphRef;
import io.github.propre.dedup.Removal;
import io.github.propre.dedup.Verdict;
import io.github.propre.quote.Mention;
import io.github.propre.quote.QuoteExtractor;
import io.github.propre.quote.ReportingVerbs;
import io.github.propre.text.MappedText;
import io.github.propre.text.OffsetMap;
import io.github.propre.text.Paragraph;
import io.github.propre.text.ParagraphMode;
import io.github.propre.text.ParagraphScanner;
import io.github.propre.text.Paragraphs;
import io.github.propre.text.Span;
import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.SentenceSplitter;
import io.github.propre.token.Token;
import io.github.propre.token.TokenCursor;
import io.github.propre.token.TokenType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every public method of the core packages and the entry point called with null, empty and invalid
 * values: it fails at
 * once with the documented exception, and the message names the argument (and, for a bad value,
 * what was expected), so that a user can act on it. Empty values that are valid (an empty text) are
 * accepted.
 */
class ApiErrorsTest {

  /** Words by which a message says what was expected or what to do instead. */
  static final List<String> EXPECTATION = List.of("expected", "needs", "only", "must", "already", "call ",
      "starts before", "has no");

  /** Asserts that {@code call} throws {@code type} with a message naming {@code argument}. */
  static void fails(Class<? extends Throwable> type, String argument, Executable call) {
    Throwable t = assertThrows(type, call, argument);
    String m = t.getMessage();
    assertTrue(m != null && m.contains(argument), type.getSimpleName() + " does not name '" + argument + "': " + m);
    if (type != NullPointerException.class) {
      assertTrue(EXPECTATION.stream().anyMatch(m::contains), "does not say what was expected: " + m);
    }
    assertFalse(m.length() > 300, "message too long to read: " + m);
  }

  static void isNull(String argument, Executable call) {
    fails(NullPointerException.class, argument, call);
  }

  static void invalid(String argument, Executable call) {
    fails(IllegalArgumentException.class, argument, call);
  }

  // ------------------------------------------------------------------ text

  @Test
  void span_refusesNegativeAndReversedBounds() {
    invalid("span", () -> new Span(-1, 0));
    invalid("span", () -> Span.of(3, 2));
    isNull("text", () -> Span.of(0, 0).textIn(null));
  }

  @Test
  void offsetMap_refusesOffsetsOutsideTheTextAndForeignMaps() {
    OffsetMap map = OffsetMap.identity(3);
    invalid("length", () -> OffsetMap.identity(-1));
    fails(IndexOutOfBoundsException.class, "offset", () -> map.rawStart(-1));
    fails(IndexOutOfBoundsException.class, "offset", () -> map.rawStart(4));
    fails(IndexOutOfBoundsException.class, "offset", () -> map.rawEnd(4));
    invalid("end", () -> map.rawSpan(2, 1));
    isNull("span", () -> map.rawSpan(null));
    isNull("next", () -> map.andThen(null));
    invalid("next", () -> map.andThen(OffsetMap.identity(4)));
    invalid("replacement", () -> OffsetMap.builder().replaced(2, 1, 0, 0));
    invalid("replacement", () -> OffsetMap.builder().replaced(-1, 0, 0, 0));
    invalid("replacement", () -> OffsetMap.builder().replaced(0, 2, 0, 1).replaced(1, 3, 1, 2));
  }

  @Test
  void offsetMapBuilder_refusesLengthsThatDisagree() {
    invalid("cleanedLength", () -> OffsetMap.builder().replaced(0, 2, 0, 1).build(5, 5));
    invalid("cleanedLength", () -> OffsetMap.builder().build(5, 4));
    invalid("rawLength", () -> OffsetMap.builder().build(-1, -1));
  }

  @Test
  void mappedText_refusesNullAndMapsOfAnotherLength() {
    isNull("text", () -> MappedText.of(null, OffsetMap.identity(0)));
    isNull("offsets", () -> MappedText.of("", null));
    invalid("offsets", () -> MappedText.of("abc", OffsetMap.identity(2)));
    isNull("text", () -> MappedText.unchanged(null));
    isNull("next", () -> MappedText.unchanged("abc").then(null));
    invalid("next", () -> MappedText.unchanged("abc").then(MappedText.unchanged("ab")));
  }

  @Test
  void paragraphs_refuseNullAndUnresolvedModes() {
    invalid("index", () -> new Paragraph(-1, "", Span.of(0, 0)));
    isNull("text", () -> new Paragraph(0, null, Span.of(0, 0)));
    isNull("span", () -> new Paragraph(0, "", null));
    isNull("text", () -> Paragraphs.split(null, ParagraphMode.LINE));
    isNull("mode", () -> Paragraphs.split("", null));
    isNull("text", () -> Paragraphs.resolve(null, ParagraphMode.AUTO));
    isNull("mode", () -> Paragraphs.resolve("", null));
    isNull("mode", () -> new ParagraphScanner(null));
    invalid("mode", () -> new ParagraphScanner(ParagraphMode.AUTO));
    assertTrue(Paragraphs.split("", ParagraphMode.AUTO).isEmpty());
  }

  // ------------------------------------------------------------------ token

  @Test
  void tokenizer_refusesNullAndAcceptsEmpty() {
    FrenchTokenizer tk = FrenchTokenizer.standard();
    isNull("text", () -> tk.tokenize(null));
    isNull("text", () -> tk.cursor(null));
    isNull("text", () -> tk.cursor("").reset(null));
    assertTrue(tk.tokenize("").isEmpty());
    assertFalse(tk.cursor("").next());
    isNull("text", () -> SentenceSplitter.standard().split(null));
    assertTrue(SentenceSplitter.standard().split("").isEmpty());
  }

  @Test
  void sentenceFeed_refusesTokensOutOfOrderOrOutOfTheTextAndUseAfterFinish() {
    isNull("text", () -> SentenceSplitter.standard().feed(null));
    SentenceSplitter.TokenFeed feed = SentenceSplitter.standard().feed("Il dit.");
    isNull("type", () -> feed.token(0, 2, null));
    invalid("start, end", () -> feed.token(0, 0, TokenType.WORD));
    invalid("start, end", () -> feed.token(3, 8, TokenType.WORD));
    invalid("start, end", () -> feed.token(-1, 2, TokenType.WORD));
    feed.token(3, 6, TokenType.WORD);
    invalid("start, end", () -> feed.token(0, 2, TokenType.WORD)); // before the last one
    feed.token(6, 7, TokenType.PUNCTUATION);
    assertTrue(feed.finish().size() == 1);
    fails(IllegalStateException.class, "token", () -> feed.token(7, 7, TokenType.WORD));
    fails(IllegalStateException.class, "finish", feed::finish);
  }

  @Test
  void tokenCursor_refusesReadsWithoutACurrentToken() {
    TokenCursor c = FrenchTokenizer.standard().cursor("mot");
    for (Executable read : List.<Executable>of(c::start, c::end, c::type, c::length, c::token,
        c::toString, c::spaceAfter, () -> c.charAt(0), () -> c.appendText(new StringBuilder()))) {
      Throwable t = assertThrows(IllegalStateException.class, read);
      assertTrue(t.getMessage().contains("next()"), t.getMessage());
    }
    c.next();
    fails(IndexOutOfBoundsException.class, "index", () -> c.charAt(3));
    fails(IndexOutOfBoundsException.class, "index", () -> c.charAt(-1));
  }

  @Test
  void token_refusesNullAndReversedOffsets() {
    isNull("text", () -> new Token(null, TokenType.WORD, 0, 0, "", false));
    isNull("type", () -> new Token("", null, 0, 0, "", false));
    isNull("normalized", () -> new Token("", TokenType.WORD, 0, 0, null, false));
    invalid("start", () -> new Token("a", TokenType.WORD, -1, 0, "a", false));
    invalid("end", () -> new Token("a", TokenType.WORD, 2, 1, "a", false));
    isNull("map", () -> new Token("a", TokenType.WORD, 0, 1, "a", false).mapped(null));
  }

  // ------------------------------------------------------------------ dedup

  @Test
  void deduplicator_refusesNullArgumentsAndBadParagraphLists() {
    Deduplicator d = Deduplicator.exact();
    DuplicateIndex index = DuplicateIndex.create(10);
    isNull("text", () -> Deduplicator.exactKey(null));
    isNull("text", () -> d.deduplicate(null));
    isNull("text", () -> d.deduplicate(null, index));
    isNull("index", () -> d.deduplicate("a", (DuplicateIndex) null));
    isNull("text", () -> d.deduplicate(null, List.of()));
    isNull("paragraphs", () -> d.deduplicate("a", (List<Paragraph>) null));
    invalid("paragraphs[0]", () -> d.deduplicate("a", List.of(new Paragraph(0, "abc", Span.of(0, 3)))));
    isNull("paragraphs", () -> d.deduplicate("a", null, index));
    isNull("paragraphs[0]", () -> d.deduplicate("a", Arrays.asList((Paragraph) null), index));
    invalid("paragraphs[0]", () -> d.deduplicate("a", List.of(new Paragraph(0, "abc", Span.of(0, 3))), index));
    invalid("paragraphs[1]", () -> d.deduplicate("abcdef", List.of(new Paragraph(0, "abc", Span.of(2, 5)),
        new Paragraph(1, "a", Span.of(0, 1))), index));
    assertTrue(d.deduplicate("").removed().isEmpty());
  }

  @Test
  void deduplicatorBuilder_refusesOutOfRangeAndRepeatedSettings() {
    invalid("ngram", () -> Deduplicator.builder().near().ngram(0));
    invalid("ngram", () -> Deduplicator.builder().near().ngram(Deduplicator.MAX_NGRAM + 1));
    invalid("threshold", () -> Deduplicator.builder().near().threshold(-0.1));
    invalid("threshold", () -> Deduplicator.builder().near().threshold(1));
    invalid("threshold", () -> Deduplicator.builder().near().threshold(Double.NaN));
    invalid("minChars", () -> Deduplicator.builder().minChars(-1));
    isNull("policy", () -> Deduplicator.builder().policy(null));
    isNull("mode", () -> Deduplicator.builder().paragraphs(null));
    fails(IllegalStateException.class, "minChars", () -> Deduplicator.builder().minChars(1).minChars(2));
    fails(IllegalStateException.class, "near", () -> Deduplicator.builder().near().near());
    fails(IllegalStateException.class, "ngram", () -> Deduplicator.builder().ngram(3).build());
    fails(IllegalStateException.class, "threshold", () -> Deduplicator.builder().threshold(0.3).build());
    fails(IllegalStateException.class, "policy",
        () -> Deduplicator.builder().near().policy(DuplicatePolicy.dropAll()).build());
    invalid("repeats", () -> DuplicatePolicy.allowRepeats(-1));
  }

  @Test
  void duplicateIndex_refusesCapacitiesOutOfRange() {
    invalid("maxParagraphs", () -> DuplicateIndex.create(0));
    invalid("maxParagraphs", () -> DuplicateIndex.create(DuplicateIndex.MAX_CAPACITY + 1));
    invalid("maxNgrams", () -> DuplicateIndex.create(1, -1));
    invalid("maxNgrams", () -> DuplicateIndex.create(1, DuplicateIndex.MAX_CAPACITY + 1));
    invalid("maxParagraphs", () -> DuplicateIndex.maxBytes(0, 0));
  }

  @Test
  void dedupStream_refusesNullsAutoModeAndAppendsAfterFinish() {
    DuplicateIndex index = DuplicateIndex.create(10);
    Deduplicator lines = Deduplicator.builder().paragraphs(ParagraphMode.LINE).build();
    isNull("index", () -> lines.stream(null, v -> { }));
    isNull("listener", () -> lines.stream(index, null));
    fails(IllegalStateException.class, "paragraphs", () -> Deduplicator.exact().stream(index, v -> { }));
    fails(IllegalStateException.class, "policy", () -> Deduplicator.builder().paragraphs(ParagraphMode.LINE)
        .policy(DuplicatePolicy.dropAll()).build().stream(index, v -> { }));
    DedupStream s = lines.stream(index, v -> { });
    isNull("chars", () -> s.append((CharSequence) null));
    isNull("chars", () -> s.append((char[]) null, 0, 0));
    fails(IndexOutOfBoundsException.class, "offset", () -> s.append(new char[3], 2, 2));
    fails(IndexOutOfBoundsException.class, "offset", () -> s.append(new char[3], -1, 1));
    s.finish();
    fails(IllegalStateException.class, "stream", () -> s.append("a"));
  }

  @Test
  void dedupRecords_refuseInconsistentValues() {
    Paragraph p = new Paragraph(0, "abc", Span.of(0, 3));
    ParagraphRef ref = new ParagraphRef(0, 0, 3);
    invalid("paragraph ref", () -> new ParagraphRef(-1, 0, 0));
    invalid("paragraph ref", () -> new ParagraphRef(0, 2, 1));
    isNull("paragraph", () -> new Removal(null, Span.of(0, 3), ref, DuplicateKind.EXACT, 1));
    isNull("duplicateOf", () -> new Removal(p, Span.of(0, 3), null, DuplicateKind.EXACT, 1));
    invalid("removedSpan", () -> new Removal(p, Span.of(1, 3), ref, DuplicateKind.EXACT, 1));
    invalid("verdict", () -> new Verdict(-1, 0, false, null, 0, null));
    invalid("verdict", () -> new Verdict(0, 1, false, DuplicateKind.EXACT, 0, null));
    isNull("kind", () -> new Verdict(0, 1, true, null, 0, ref));
  }

  // ------------------------------------------------------------------ clean

  @Test
  void cleaner_refusesNullInputsAndSettings() {
    Cleaner c = Cleaner.defaults();
    isNull("raw", () -> c.clean((CharSequence) null));
    isNull("bytes", () -> c.clean((byte[]) null));
    isNull("bytes", () -> c.clean(null, StandardCharsets.UTF_8));
    isNull("charset", () -> c.clean(new byte[0], null));
    isNull("in", () -> c.reader(null));
    isNull("charset", () -> c.reader(new ByteArrayInputStream(new byte[0]), null));
    assertTrue(c.clean("").text().isEmpty());
    assertTrue(c.clean(new byte[0]).text().isEmpty());
    Cleaner.Builder b = Cleaner.builder();
    isNull("apostrophes", () -> b.apostrophes(null));
    isNull("quotes", () -> b.quotes(null));
    isNull("quoteSpace", () -> b.quoteSpace(null));
    isNull("spaces", () -> b.spaces(null));
    isNull("unpairedSurrogates", () -> b.unpairedSurrogates(null));
    isNull("undecodableBytes", () -> b.undecodableBytes(null));
    fails(IllegalStateException.class, "quoteSpace", () -> Cleaner.builder().quoteSpace(QuoteSpace.NONE).build());
    fails(IllegalStateException.class, "quoteSpace", () -> Cleaner.builder().quotes(Quotes.GUILLEMETS)
        .spaces(Spaces.FRENCH).quoteSpace(QuoteSpace.SPACE).build());
  }

  @Test
  void cleanOptions_refuseUnknownNamesAndListTheKnownOnes() {
    invalid("malformed", () -> Malformed.of("drop"));
    invalid("malformed", () -> Malformed.of(""));
    for (Executable e : List.<Executable>of(() -> Apostrophes.of("curly"), () -> Quotes.of("chevrons"),
        () -> Spaces.of("wide"), () -> QuoteSpace.of("thin"))) {
      Throwable t = assertThrows(IllegalArgumentException.class, e);
      assertTrue(t.getMessage().contains("expected"), t.getMessage());
    }
    isNull("change", () -> CleaningReport.empty().count(null));
    isNull("other", () -> CleaningReport.empty().plus(null));
    assertTrue(Malformed.of("KEEP") == Malformed.KEEP);
  }

  // ------------------------------------------------------------------ quote

  @Test
  void quoteExtractor_refusesNullAndBadParagraphs() {
    QuoteExtractor q = QuoteExtractor.standard();
    isNull("text", () -> q.extract(null));
    isNull("text", () -> q.extract(null, List.of()));
    isNull("paragraphs", () -> q.extract("a", null));
    isNull("paragraphs[0]", () -> q.extract("a", Arrays.asList((Paragraph) null)));
    invalid("paragraphs[0]", () -> q.extract("a", List.of(new Paragraph(0, "abc", Span.of(0, 3)))));
    assertTrue(q.extract("").isEmpty());
    isNull("mode", () -> QuoteExtractor.builder().paragraphMode(null));
    isNull("verbs", () -> QuoteExtractor.builder().reportingVerbs(null));
    isNull("text", () -> new Mention(null, Span.of(0, 0)));
    isNull("span", () -> new Mention("", null));
    isNull("map", () -> q.extract("« oui »").get(0).mapped(null));
    ReportingVerbs verbs = ReportingVerbs.standard();
    isNull("lemma", () -> verbs.withVerb(null, "er"));
    isNull("pattern", () -> verbs.withVerb("chuchoter", null));
    invalid("lemma", () -> verbs.withVerb("  ", "er"));
    Throwable t = assertThrows(IllegalArgumentException.class, () -> verbs.withVerb("chuchoter", "xyz"));
    assertTrue(t.getMessage().contains("xyz"), t.getMessage());
  }

  // ------------------------------------------------------------------ entry point

  @Test
  void pipeline_refusesNullInputsAndStages() {
    Pipeline p = Pipeline.defaults();
    isNull("raw", () -> Propre.process(null));
    isNull("raw", () -> p.process((CharSequence) null));
    isNull("raw", () -> p.process(null, DuplicateIndex.create(1)));
    isNull("index", () -> p.process("a", null));
    isNull("bytes", () -> p.process((byte[]) null));
    isNull("bytes", () -> p.process(null, StandardCharsets.UTF_8));
    isNull("charset", () -> p.process(new byte[0], null));
    assertTrue(Propre.process("").tokens().isEmpty());
    Pipeline.Builder b = Propre.pipeline();
    isNull("cleaner", () -> b.cleaner(null));
    isNull("apostrophes", () -> b.apostrophes(null));
    isNull("paragraphs", () -> b.paragraphs(null));
    isNull("deduplicator", () -> b.removeDuplicateParagraphs(null));
    isNull("tokenizer", () -> b.tokenizer(null));
    isNull("sentenceSplitter", () -> b.sentenceSplitter(null));
    isNull("quoteExtractor", () -> b.quoteExtractor(null));
  }
}
