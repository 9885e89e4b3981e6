package io.github.propre.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.internal.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The lines of reporting-verbs.txt as {@link ReportingVerbs#parse} reads them: lemma, reflexive
 * pronoun, pattern, the {@code incise} flag, and the errors a malformed line gives (the bundled file
 * is well formed, so only these tests run them).
 */
class ReportingVerbsResourceTest {
  private static ReportingVerbs parse(String... lines) {
    List<WordLists.Line> l = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      l.add(new WordLists.Line(10 + i, lines[i]));
    }
    // A new conjugator each time: mutation testing swaps code in a running JVM, and a mutant must
    // run in each test that checks it.
    return ReportingVerbs.parse(Conjugator.load(), l);
  }

  private static String parseError(String... lines) {
    return assertThrows(IllegalStateException.class, () -> parse(lines)).getMessage();
  }

  @Test
  public void parse_lemmaPatternAndFlag() {
    ReportingVerbs v = parse("crier er", "grogner er incise", "se plaindre craindre", "s' écrier er",
        "s'exclamer er");
    assertEquals(List.of("crier", "grogner", "se plaindre", "s' écrier", "s'exclamer"), v.lemmas());
    assertEquals(ReportingVerbs.FINITE, v.kinds("cria".toCharArray(), 0, 4));
    assertEquals(ReportingVerbs.FINITE | ReportingVerbs.INCISE_ONLY, v.kinds("grogna".toCharArray(), 0, 6));
    assertEquals(ReportingVerbs.FINITE | ReportingVerbs.REFLEXIVE, v.kinds("plaignit".toCharArray(), 0, 8));
    assertEquals(ReportingVerbs.FINITE | ReportingVerbs.REFLEXIVE, v.kinds("écria".toCharArray(), 0, 5));
    assertEquals(ReportingVerbs.PAST_PARTICIPLE | ReportingVerbs.REFLEXIVE, v.kinds("exclamé".toCharArray(), 0, 7));
    assertEquals(Optional.of("se plaindre"), v.lemma("plaint"));
    assertFalse(v.isReportingVerb("dit"));
    // The auxiliaries do not depend on the verbs read.
    assertTrue(v.isAuxiliary("avait".toCharArray(), 0, 5));
    assertTrue(v.isAuxiliaryParticiple("été".toCharArray(), 0, 3));
  }

  @Test
  public void parse_aFormOfTwoVerbsKeepsTheFirstLemmaAndOrsTheKinds() {
    // "suis" is a form of suivre and of être. The lookup gives the first lemma; kinds and flags are
    // or-ed, so the second verb's incise flag reaches the shared form (not the other forms).
    ReportingVerbs v = parse("suivre suivre", "être être incise");
    assertEquals(Optional.of("suivre"), v.lemma("suis"));
    assertEquals(ReportingVerbs.FINITE | ReportingVerbs.INCISE_ONLY, v.kinds("suis".toCharArray(), 0, 4));
    assertEquals(ReportingVerbs.FINITE, v.kinds("suivait".toCharArray(), 0, 7));
    assertEquals(Optional.of("être"), v.lemma("été"));
    assertEquals(ReportingVerbs.PAST_PARTICIPLE | ReportingVerbs.INCISE_ONLY, v.kinds("été".toCharArray(), 0, 3));
    // A verb form that is also an auxiliary opens an incise once.
    assertEquals(ReportingVerbs.OPENS_AS_VERB | ReportingVerbs.OPENS_AS_AUXILIARY, v.inciseOpener("est".toCharArray(), 0, 3));
    assertEquals(ReportingVerbs.OPENS_AS_VERB, v.inciseOpener("suivit".toCharArray(), 0, 6));
  }

  @Test
  public void parse_auxiliaryFormsOfTwoKinds() {
    // "eus" is a passé simple (j'eus dit) and a past participle of avoir: both kinds are kept.
    ReportingVerbs v = parse("crier er");
    assertTrue(v.isAuxiliary("eus".toCharArray(), 0, 3));
    assertTrue(v.isAuxiliaryParticiple("eus".toCharArray(), 0, 3));
    assertTrue(v.isAuxiliaryParticiple("été".toCharArray(), 0, 3));
    assertFalse(v.isAuxiliary("été".toCharArray(), 0, 3));
    assertFalse(v.isAuxiliaryParticiple("avait".toCharArray(), 0, 5));
    assertEquals(ReportingVerbs.OPENS_AS_AUXILIARY, v.inciseOpener("eus".toCharArray(), 0, 3));
    assertEquals(0, v.inciseOpener("eu".toCharArray(), 0, 2));
  }

  @Test
  public void parse_errorsNameTheLine() {
    assertEquals("reporting-verbs.txt:10: expected a pattern after crier", parseError("crier"));
    assertEquals("reporting-verbs.txt:11: expected a pattern after se plaindre",
        parseError("crier er", "se plaindre"));
    // "se" alone is read as a lemma, which then lacks its pattern.
    assertEquals("reporting-verbs.txt:10: expected a pattern after se", parseError("se"));
    assertEquals("reporting-verbs.txt:10: expected a pattern after s'", parseError("s'"));
    assertEquals("reporting-verbs.txt:10: unknown flag 'discours'; expected incise",
        parseError("crier er discours"));
    assertEquals("reporting-verbs.txt:10: unknown flag 'x'; expected incise", parseError("crier er incise x"));
    assertEquals("reporting-verbs.txt:10: unknown pattern 'ger'", parseError("crier ger"));
    assertEquals("reporting-verbs.txt:10: unknown pattern 'ger'", parseError("se crier ger"));
  }

  @Test
  public void standard_readsTheBundledResource() {
    ReportingVerbs s = ReportingVerbs.standard();
    assertTrue(s == ReportingVerbs.standard(), "loaded once");
    // faire is in the resource with the incise flag: « Oui, fit-il » but not « Il fit : ».
    assertEquals(ReportingVerbs.FINITE | ReportingVerbs.INCISE_ONLY, s.kinds("fit".toCharArray(), 0, 3));
    assertEquals(ReportingVerbs.FINITE | ReportingVerbs.REFLEXIVE, s.kinds("écria".toCharArray(), 0, 5));
    assertEquals(ReportingVerbs.FINITE, s.kinds("déclara".toCharArray(), 0, 7));
  }
}
