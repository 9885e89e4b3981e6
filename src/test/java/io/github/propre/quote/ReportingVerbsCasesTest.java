package io.github.propre.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Verbs added with {@link ReportingVerbs#withVerb} and reflexive verbs, as the extractor uses them: in
 * an incise, after a quote, before a quote, in a compound tense.
 */
class ReportingVerbsCasesTest {
  private static final ReportingVerbs CUSTOM = ReportingVerbs.standard()
      .withVerb("gazouiller", "er").withVerb("se gausser", "er").withVerb("s’ébaubir", "ir");
  private static final QuoteExtractor WITH_CUSTOM = QuoteExtractor.builder().reportingVerbs(CUSTOM).build();

  private static List<String> describe(QuoteExtractor e, String text) {
    List<String> out = new ArrayList<>();
    for (Quote q : e.extract(text)) {
      out.add("[" + q.start() + "," + q.end() + ") " + q.text() + " | "
          + q.speaker().map(m -> m.text() + "@" + m.start() + "-" + m.end()).orElse("-") + " | "
          + q.verb().map(m -> m.text() + "@" + m.start() + "-" + m.end()).orElse("-"));
    }
    return out;
  }

  @Test
  public void withVerb_lemmaAndFormsAreKnown() {
    assertEquals(Optional.of("gazouiller"), CUSTOM.lemma("gazouilla"));
    assertEquals(Optional.of("se gausser"), CUSTOM.lemma("gaussèrent"));
    assertEquals(Optional.of("s'ébaubir"), CUSTOM.lemma("ébaubissait"));
    assertEquals("s'ébaubir", CUSTOM.lemmas().get(CUSTOM.lemmas().size() - 1));
    assertTrue(CUSTOM.isReportingVerb("gazouillé"));
    assertFalse(ReportingVerbs.standard().isReportingVerb("gazouillé"));
  }

  @Test
  public void withVerb_inAnIncise() {
    String text = "« Oui, gazouilla Marie, je viens. »";
    assertEquals(List.of("[0,35) Oui, je viens. | Marie@17-22 | gazouilla@7-16"),
        describe(WITH_CUSTOM, text));
    // Unknown to the standard lexicon, the verb opens no incise: the words stay quoted.
    assertEquals(List.of("[0,35) Oui, gazouilla Marie, je viens. | - | -"),
        describe(QuoteExtractor.standard(), text));
  }

  @Test
  public void withVerb_afterTheQuote() {
    String text = "« Oui », gazouilla Marie.";
    assertEquals(List.of("[0,7) Oui | Marie@19-24 | gazouilla@9-18"), describe(WITH_CUSTOM, text));
    assertEquals(List.of("[0,7) Oui | - | -"), describe(QuoteExtractor.standard(), text));
  }

  @Test
  public void withVerb_beforeTheQuoteSimpleAndCompound() {
    assertEquals(List.of("[18,31) Je viens. | Marie@0-5 | gazouilla@6-15"),
        describe(WITH_CUSTOM, "Marie gazouilla : « Je viens. »"));
    assertEquals(List.of("[20,33) Je viens. | Marie@0-5 | a gazouillé@6-17"),
        describe(WITH_CUSTOM, "Marie a gazouillé : « Je viens. »"));
    // Without the verb, the subject of the clause before the colon is still the speaker.
    assertEquals(List.of("[18,31) Je viens. | Marie@0-5 | -"),
        describe(QuoteExtractor.standard(), "Marie gazouilla : « Je viens. »"));
  }

  @Test
  public void reflexive_verbIncludesItsPronoun() {
    assertEquals(List.of("[17,26) Oui ! | Paul@0-4 | se gaussa@5-14"),
        describe(WITH_CUSTOM, "Paul se gaussa : « Oui ! »"));
    assertEquals(List.of("[0,25) Oui ! | Paul@18-22 | se gaussa@8-17"),
        describe(WITH_CUSTOM, "« Oui ! se gaussa Paul. »"));
    assertEquals(List.of("[17,36) J'étais malade. | Il@0-2 | se justifia@3-14"),
        describe(QuoteExtractor.standard(), "Il se justifia : « J'étais malade. »"));
    assertEquals(List.of("[0,18) J'étais malade | il@34-36 | se justifia@20-31"),
        describe(QuoteExtractor.standard(), "« J'étais malade », se justifia-t-il."));
  }

  @Test
  public void reflexive_typographicApostropheInLemmaAndText() {
    assertEquals(List.of("[18,26) Oh ! | Marie@0-5 | s’ébaubit@6-15"),
        describe(WITH_CUSTOM, "Marie s’ébaubit : « Oh ! »"));
    assertEquals(List.of("[0,8) Oh ! | Marie@19-24 | s’ébaubit@9-18"),
        describe(WITH_CUSTOM, "« Oh ! » s’ébaubit Marie."));
  }

  @Test
  public void inciseOnlyVerb_countsOnlyInAnIncise() {
    // "faire" reports speech only in an incise (fit-il); before a colon it is an ordinary verb.
    QuoteExtractor standard = QuoteExtractor.standard();
    assertEquals(List.of("[9,17) Oui. | Il@0-2 | -"), describe(standard, "Il fit : « Oui. »"));
    assertEquals(List.of("[0,7) Oui | il@13-15 | fit@9-12"), describe(standard, "« Oui », fit-il."));
  }
}
