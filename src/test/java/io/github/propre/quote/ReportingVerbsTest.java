package io.github.propre.quote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reporting-verb lexicon and the conjugator that generates its forms. */
class ReportingVerbsTest {
  private static final ReportingVerbs VERBS = ReportingVerbs.standard();

  private static void assertForms(String lemma, String... expected) {
    Set<String> forms = VERBS.forms(lemma);
    for (String f : expected) {
      assertTrue(forms.contains(f), lemma + " should have the form " + f + "; has " + forms);
    }
  }

  private static void assertNotForms(String lemma, String... unexpected) {
    Set<String> forms = VERBS.forms(lemma);
    for (String f : unexpected) {
      assertFalse(forms.contains(f), lemma + " should not have the form " + f);
    }
  }

  @Test
  public void lexicon_hasAtLeast150Verbs() {
    assertTrue(VERBS.lemmas().size() >= 150, "only " + VERBS.lemmas().size() + " verbs");
    assertTrue(VERBS.lemmas().containsAll(List.of("dire", "déclarer", "affirmer", "ajouter", "répondre",
        "répliquer", "s'écrier", "murmurer", "insister", "estimer", "qualifier")));
  }

  @Test
  public void firstGroup_allSimpleTensesAndParticiples() {
    assertForms("déclarer", "déclare", "déclares", "déclarons", "déclarez", "déclarent", // présent
        "déclarais", "déclarait", "déclarions", "déclariez", "déclaraient",              // imparfait
        "déclarai", "déclaras", "déclara", "déclarâmes", "déclarâtes", "déclarèrent",     // passé simple
        "déclarerai", "déclarera", "déclarerons", "déclareront",                          // futur
        "déclarerais", "déclarerait", "déclarerions", "déclareraient",                    // conditionnel
        "déclarasse", "déclarât", "déclarassent",                                         // subj. imparfait
        "déclaré", "déclarée", "déclarés", "déclarées", "déclarant", "déclarer");
  }

  @Test
  public void firstGroup_spellingRules() {
    assertForms("annoncer", "annonçait", "annonça", "annonçons", "annonce", "annoncèrent", "annoncé");
    assertForms("interroger", "interrogeait", "interrogea", "interrogeons", "interroge", "interrogé");
    assertForms("répéter", "répète", "répètent", "répétons", "répétait", "répéta", "répéterai",
        "répèterai", "répété");
    assertNotForms("répéter", "répétent");
    assertForms("relever", "relève", "relèvent", "relèvera", "relevons", "releva", "relevé");
    assertForms("alléguer", "allègue", "alléguait");
    assertForms("appeler", "appelle", "appellent", "appellera", "appelons", "appela", "appelé");
    assertForms("jeter", "jette", "jettera", "jetons", "jeta");
    assertForms("aboyer", "aboie", "aboiera", "aboyons", "aboya");
    assertForms("bégayer", "bégaie", "bégaye", "bégayait");
    assertForms("s'écrier", "écrie", "écria", "écrièrent", "écriait", "écrié", "écriée");
    assertForms("rétorquer", "rétorque", "rétorqua", "rétorquant");
    assertForms("protester", "proteste", "protesta");
    assertForms("maugréer", "maugrée", "maugréa", "maugréé");
  }

  @Test
  public void heavyStems_onlyBeforeOneConsonant() {
    assertArrayEquals(new String[] {"protest"}, Conjugator.heavyStems("protest", false));
    assertArrayEquals(new String[] {"célèbr"}, Conjugator.heavyStems("célébr", false));
    assertArrayEquals(new String[] {"rétorqu"}, Conjugator.heavyStems("rétorqu", false));
    assertArrayEquals(new String[] {"appell"}, Conjugator.heavyStems("appel", true));
    assertArrayEquals(new String[] {"cri"}, Conjugator.heavyStems("cri", false));
  }

  @Test
  public void secondGroup() {
    assertForms("gémir", "gémis", "gémit", "gémissons", "gémissent", "gémissait", "gémirent", "gémira",
        "gémirait", "gémisse", "gémît", "gémi", "gémie", "gémissant");
    assertForms("se réjouir", "réjouit", "réjouissait");
  }

  @Test
  public void thirdGroup_models() {
    assertForms("dire", "dis", "dit", "disons", "dites", "disent", "disait", "dirent", "dîmes", "dira",
        "dirait", "dise", "dît", "disant", "dite");
    assertForms("prédire", "prédisez", "prédit");
    assertForms("faire", "fait", "font", "faites", "fit", "firent", "fera", "fasse", "faisant");
    assertForms("répondre", "réponds", "répond", "répondons", "répondait", "répondit", "répondirent",
        "répondra", "réponde", "répondu", "répondant");
    assertForms("reprendre", "reprend", "reprennent", "reprenait", "reprit", "reprendra", "reprenne",
        "repris", "reprise");
    assertForms("interrompre", "interrompt", "interrompit", "interrompu");
    assertForms("conclure", "conclut", "conclu", "concluait");
    assertForms("reconnaître", "reconnaît", "reconnaissait", "reconnut", "reconnu");
    assertForms("se plaindre", "plaint", "plaignait", "plaignit", "plaindra");
    assertForms("soutenir", "soutient", "soutiennent", "soutenait", "soutint", "soutiendra", "soutenu");
    assertForms("démentir", "dément", "démentait", "démentit", "démenti");
    assertForms("poursuivre", "poursuit", "poursuivait", "poursuivit", "poursuivi");
    assertForms("s'enquérir", "enquiert", "enquièrent", "enquit", "enquerra", "enquis");
    assertForms("sourire", "sourit", "souriait", "souri", "souriant");
    assertForms("écrire", "écrit", "écrivait", "écrivit", "écrira");
    assertForms("lire", "lit", "lisait", "lut", "lu");
    assertForms("croire", "croit", "croyait", "croient", "crut", "cru");
    assertForms("admettre", "admet", "admit", "admis");
  }

  @Test
  public void lookup_foldsCaseAndFindsTheLemma() {
    assertEquals(Optional.of("répondre"), VERBS.lemma("Répondit"));
    assertEquals(Optional.of("s'écrier"), VERBS.lemma("ÉCRIA"));
    assertEquals(Optional.of("dire"), VERBS.lemma("dit"));
    assertEquals(Optional.empty(), VERBS.lemma("s’écria"));
    assertFalse(VERBS.isReportingVerb("considèrent"));
    assertFalse(VERBS.isReportingVerb("table"));
    assertTrue(VERBS.isReportingVerb("affirmé"));
  }

  @Test
  public void lookup_onARangeAllocatesNoString() {
    String s = "il a affirmé";
    int k = VERBS.kinds(s.toCharArray(), 5, 12);
    assertEquals(ReportingVerbs.PAST_PARTICIPLE, k & ReportingVerbs.PAST_PARTICIPLE);
    assertTrue(VERBS.isAuxiliary(s.toCharArray(), 3, 4));
    for (String aux : List.of("a", "avait", "aura", "aurait", "eut", "est", "était", "fut", "sera", "ont",
        "sont", "ayant", "soit")) {
      assertTrue(VERBS.isAuxiliary(aux.toCharArray(), 0, aux.length()), aux);
    }
    assertFalse(VERBS.isAuxiliary("dit".toCharArray(), 0, 3));
  }

  @Test
  public void withVerb_addsAllFormsOrFailsFast() {
    ReportingVerbs more = VERBS.withVerb("gazouiller", "er");
    assertEquals(Optional.of("gazouiller"), more.lemma("gazouilla"));
    assertFalse(VERBS.isReportingVerb("gazouilla"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VERBS.withVerb("gazouiller", "xx"));
    assertTrue(e.getMessage().startsWith("pattern: expected er, er2, ir or one of ["), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> VERBS.withVerb("courir", "er"));
    assertEquals("infinitive: pattern er expects a verb ending in -er, got 'courir'", e.getMessage());
    assertThrows(NullPointerException.class, () -> VERBS.withVerb(null, "er"));
    e = assertThrows(IllegalArgumentException.class, () -> VERBS.forms("chanter"));
    assertTrue(e.getMessage().startsWith("lemma: expected one of the "), e.getMessage());
  }
  @Test
  void inciseOpener_isOneLookupForEveryRole() {
    ReportingVerbs mine = VERBS.withVerb("bafouiller", "er");
    List<String> words = new java.util.ArrayList<>(List.of("a", "est", "été", "eu", "avait", "étant", "avoir",
        "être", "ayant", "lui", "le", "la", "les", "leur", "l'", "en", "n’", "nous", "s'", "s’", "Lui", "dit",
        "DIT", "Répondit", "maison", "il", "selon", "", "bafouilla", "bafouillé", "déjà", "aussi", "Ensuite"));
    for (String lemma : mine.lemmas()) {
      words.addAll(mine.forms(lemma));
    }
    for (ReportingVerbs v : List.of(VERBS, mine)) {
      for (String w : words) {
        int n = w.length();
        int classes = WordClasses.of(w.toCharArray(), 0, n);
        int expected = ((v.kinds(w.toCharArray(), 0, n) & ReportingVerbs.FINITE) != 0 ? ReportingVerbs.OPENS_AS_VERB : 0)
            | (v.isAuxiliary(w.toCharArray(), 0, n) ? ReportingVerbs.OPENS_AS_AUXILIARY : 0)
            | ((classes & WordClasses.INCISE_CLITIC) != 0 ? ReportingVerbs.OPENS_AS_CLITIC : 0)
            | ((v.kinds(w.toCharArray(), 0, n) & ReportingVerbs.PAST_PARTICIPLE) != 0 ? ReportingVerbs.PARTICIPLE : 0)
            | ((classes & WordClasses.ADVERB) != 0 ? ReportingVerbs.ADVERB : 0);
        assertEquals(expected, v.inciseOpener(w.toCharArray(), 0, n), w);
      }
    }
    assertEquals(ReportingVerbs.OPENS_AS_AUXILIARY, VERBS.inciseOpener("avait".toCharArray(), 0, 5));
    assertEquals(0, VERBS.inciseOpener("été".toCharArray(), 0, 3)); // a participle of être alone opens no tense
    assertEquals(ReportingVerbs.OPENS_AS_CLITIC, VERBS.inciseOpener("s’".toCharArray(), 0, 2));
    assertEquals(0, VERBS.inciseOpener("le".toCharArray(), 0, 2)); // after a comma, le opens a noun phrase
    assertEquals(ReportingVerbs.OPENS_AS_VERB | ReportingVerbs.PARTICIPLE, VERBS.inciseOpener("dit".toCharArray(), 0, 3));
    assertEquals(0, VERBS.inciseOpener("bafouilla".toCharArray(), 0, 9));
    assertEquals(ReportingVerbs.OPENS_AS_VERB, mine.inciseOpener("bafouilla".toCharArray(), 0, 9));
  }

  @Test
  void everyFormIsLettersOnly() {
    // Incises.mayStartIncise reads a word's letters to rule an incise out before tokenizing: sound only
    // if no form of a verb or an auxiliary holds anything but letters.
    for (String lemma : VERBS.lemmas()) {
      for (String form : VERBS.forms(lemma)) {
        assertTrue(form.chars().allMatch(Character::isLetter), lemma + ": " + form);
      }
    }
    Conjugator conjugator = Conjugator.load();
    for (String aux : List.of("avoir", "être")) {
      conjugator.conjugate(aux, aux, (form, kind) ->
          assertTrue(form.chars().allMatch(Character::isLetter), aux + ": " + form));
    }
  }
}
