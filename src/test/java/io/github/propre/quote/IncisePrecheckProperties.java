package io.github.propre.quote;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Incises.mayStartIncise rules an incise out from the letters alone, before the window is
 * tokenized. It must never rule out one that the parse finds: that would change answers, silently.
 */
class IncisePrecheckProperties {
  private static final ReportingVerbs VERBS = ReportingVerbs.standard();

  /** Words the parse reads at the start of an incise, right and wrong for each slot, in both cases. */
  private static final List<String> CLITICS = List.of("lui", "leur", "l'", "l’", "s'", "s’", "n'", "n’", "m'",
      "me", "te", "se", "en", "y", "ne", "nous", "vous", "le", "la", "les", "Lui", "il", "qu'", "jusqu’");
  private static final List<String> VERBS_AND_AUXILIARIES = List.of("dit", "répondit", "cria", "ajouta",
      "écria", "exclama", "disait", "répliqua", "hasarda", "a", "est", "avait", "ont", "était", "sont",
      "eut", "ayant", "soit", "fit", "pensa", "dis", "dites", "informez", "ministre", "maison", "effet",
      "Dit", "A", "demain");
  private static final List<String> PRONOUNS = List.of("-il", "-t-il", "-t-elle", "-elle", "-on", "-nous",
      "-vous", "-je", "-même", "-ce", "");
  private static final List<String> ADVERBS = List.of("déjà", "aussi", "alors", "bien", "également",
      "simplement", "ensuite", "peut-être", "aujourd'hui", "toujours", "");
  private static final List<String> PARTICIPLES = List.of("dit", "répondu", "déclaré", "crié", "écrié",
      "ajouté", "été", "eu", "mangé", "fait", "");
  private static final List<String> SUBJECTS = List.of("Marie", "le vieux", "sa mère", "il", "M. Dupont",
      "la foule", "", "en souriant", "que non");
  private static final List<String> SEPARATORS = List.of(" ", " ", " ", "\u00A0", "\u202F", "  ", "\n",
      "", ",", "’", "-", "2", ".", "...", ". ");

  @Provide
  Arbitrary<String> incises() {
    Arbitrary<String> sep = Arbitraries.of(SEPARATORS);
    Arbitrary<String> clitics = Combinators.combine(Arbitraries.of(CLITICS), sep).as(String::concat)
        .list().ofMaxSize(4).map(l -> String.join("", l));
    Arbitrary<String> adverbs = Combinators.combine(Arbitraries.of(ADVERBS), sep).as(String::concat)
        .list().ofMaxSize(3).map(l -> String.join("", l));
    return Combinators.combine(clitics, Arbitraries.of(VERBS_AND_AUXILIARIES), Arbitraries.of(PRONOUNS),
            sep, adverbs, Arbitraries.of(PARTICIPLES), sep, Arbitraries.of(SUBJECTS))
        .as((c, v, p, s1, a, pp, s2, subject) -> c + v + p + s1 + a + pp + s2 + subject);
  }

  @Property(tries = 3000)
  void aWindowTheParseReadsAsAnInciseIsNeverRuledOut(@ForAll("incises") String words,
      @ForAll("endings") String ending) {
    String text = "« Oui, " + words + ending + " »";
    Incises incises = incises(text);
    int q = 7;
    int limit = text.length() - 2;
    boolean parsed = q < limit && incises.parseWindowAt(q, limit);
    boolean allowed = q < limit && incises.mayStartIncise(q, limit);
    Statistics.label("parsed").collect(parsed);
    Statistics.label("ruled out").collect(!allowed);
    // Not vacuous: incises are found, and windows are ruled out.
    Statistics.label("parsed").coverage(c -> c.check(true).percentage(p -> p > 3));
    Statistics.label("ruled out").coverage(c -> c.check(true).percentage(p -> p > 20));
    if (parsed) {
      assertTrue(allowed, () -> "ruled out, but the parse finds an incise: " + text);
    }
  }

  @Provide
  Arbitrary<String> endings() {
    return Arbitraries.of("", ", je viens.", ". Je viens", " !", ", qu'il dit", "; et puis");
  }

  @Test
  void theCheckRulesOutTheCommonCommasAfterWhichNoInciseCanStart() {
    // The commas that cost a tokenized window before the check: a noun phrase, a clitic before a
    // noun, an auxiliary before anything but a reporting verb's participle.
    for (String words : List.of("le ministre", "les autres", "la maison", "en effet", "l'homme",
        "nous verrons", "se taire", "est-ce", "a faim", "est parti", "avait déjà mangé", "ne sais pas",
        "lui-même", "y a", "inquiet.", "que...", "France. Il", "lui. Il")) {
      Incises incises = incises("« Oui, " + words + " »");
      boolean expected = words.contains("-"); // a hyphen leaves the question to the parse
      if (expected) {
        assertTrue(incises.mayStartIncise(7, 7 + words.length()), words);
      } else {
        assertFalse(incises.mayStartIncise(7, 7 + words.length()), words);
      }
    }
    for (String words : List.of("dit-il", "lui dit Marie", "s’écria-t-elle", "lui en a déjà bien dit",
        "n'a-t-il pas dit", "a simplement répondu", "avait toujours dit", "se sont écriés", "dit.", "répondit...")) {
      assertTrue(incises("« Oui, " + words + " »").mayStartIncise(7, 7 + words.length()), words);
    }
  }

  private static Incises incises(String text) {
    char[] chars = text.toCharArray();
    return new Incises(text, chars, new int[] {0}, new Grammar(text, chars, VERBS), true);
  }
}
