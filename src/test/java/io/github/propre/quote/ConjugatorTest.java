package io.github.propre.quote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.internal.WordLists;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The conjugator on whole paradigms: every form a verb gets, and nothing more, with its kind. The
 * expected forms are written out from the French conjugation tables, tense by tense, not generated.
 */
class ConjugatorTest {
  /**
   * Loaded by each test, not once for the class: a mutated conjugator must run in every test that
   * checks it (mutation testing swaps the code in a running JVM).
   */
  private static Conjugator standard() {
    return Conjugator.load();
  }

  /** Returns every form of {@code infinitive} and the kinds it was generated with (or-ed). */
  private static Map<String, Integer> paradigm(Conjugator c, String infinitive, String pattern) {
    Map<String, Integer> out = new TreeMap<>();
    c.conjugate(infinitive, pattern, (form, kind) -> out.merge(form, kind, (a, b) -> a | b));
    return out;
  }

  /**
   * Builds the expected paradigm: the finite forms (indicative, conditional, subjunctive), the four
   * past participle forms, the present participle, the infinitive; each a space-separated list.
   */
  private static Map<String, Integer> expected(String finite, String pastParticiples, String presentParticiple,
      String infinitive) {
    Map<String, Integer> out = new TreeMap<>();
    for (String f : finite.trim().split("\\s+")) {
      out.merge(f, Conjugator.FINITE, (a, b) -> a | b);
    }
    for (String f : pastParticiples.trim().split("\\s+")) {
      out.merge(f, Conjugator.PAST_PARTICIPLE, (a, b) -> a | b);
    }
    out.merge(presentParticiple, Conjugator.PRESENT_PARTICIPLE, (a, b) -> a | b);
    out.merge(infinitive, Conjugator.INFINITIVE, (a, b) -> a | b);
    return out;
  }

  @Test
  public void firstGroup_lever_heavyStemBeforeSilentEndings() {
    assertEquals(expected(
            "lève lèves lèvent levons levez"                          // présent (and subjonctif)
                + " levais levait levions leviez levaient"           // imparfait
                + " levai levas leva levâmes levâtes levèrent"       // passé simple
                + " lèverai lèveras lèvera lèverons lèverez lèveront" // futur
                + " lèverais lèverait lèverions lèveriez lèveraient"  // conditionnel
                + " levasse levasses levât levassions levassiez levassent", // subjonctif imparfait
            "levé levée levés levées", "levant", "lever"),
        paradigm(standard(), "lever", "er"));
  }

  @Test
  public void firstGroup_annoncer_cedillaBeforeAAndO() {
    assertEquals(expected(
            "annonce annonces annoncent annonçons annoncez"
                + " annonçais annonçait annoncions annonciez annonçaient"
                + " annonçai annonças annonça annonçâmes annonçâtes annoncèrent"
                + " annoncerai annonceras annoncera annoncerons annoncerez annonceront"
                + " annoncerais annoncerait annoncerions annonceriez annonceraient"
                + " annonçasse annonçasses annonçât annonçassions annonçassiez annonçassent",
            "annoncé annoncée annoncés annoncées", "annonçant", "annoncer"),
        paradigm(standard(), "annoncer", "er"));
  }

  @Test
  public void firstGroup_songer_eBeforeAAndO() {
    Map<String, Integer> p = paradigm(standard(), "songer", "er");
    for (String f : List.of("songeons", "songeais", "songeait", "songeaient", "songeai", "songea", "songeâmes",
        "songeasse", "songeât", "songeant")) {
      assertEquals(Integer.valueOf(f.equals("songeant") ? Conjugator.PRESENT_PARTICIPLE : Conjugator.FINITE),
          p.get(f), f);
    }
    // Before e and i the g stays alone.
    for (String f : List.of("songions", "songiez", "songèrent", "songerai", "songe", "songez", "songé")) {
      assertTrue(p.containsKey(f), f);
    }
    assertFalse(p.containsKey("songons"));
    assertFalse(p.containsKey("songeèrent"));
  }

  @Test
  public void firstGroup_répéter_bothFutureSpellings() {
    Map<String, Integer> p = paradigm(standard(), "répéter", "er");
    // 1990 spelling (è) and traditional spelling (é), all six persons of future and conditional.
    for (String stem : List.of("répèter", "répéter")) {
      for (String ending : List.of("ai", "as", "a", "ons", "ez", "ont", "ais", "ait", "ions", "iez", "aient")) {
        assertEquals(Integer.valueOf(Conjugator.FINITE), p.get(stem + ending), stem + ending);
      }
    }
    assertEquals(Integer.valueOf(Conjugator.FINITE), p.get("répètent"));
    assertFalse(p.containsKey("répétent"));
    assertFalse(p.containsKey("répètons"));
  }

  @Test
  public void firstGroup_élever_theTraditionalFutureOnlyForTheChangedVowel() {
    Map<String, Integer> p = paradigm(standard(), "élever", "er");
    assertEquals(Integer.valueOf(Conjugator.FINITE), p.get("élèverai"));
    assertEquals(Integer.valueOf(Conjugator.FINITE), p.get("élèveraient"));
    assertFalse(p.containsKey("éleverai"), "élever has no form éleverai");
    assertFalse(p.containsKey("éleveraient"));
    // A stem whose only é is not the changed vowel and none changes: one spelling (énoncerai).
    assertTrue(paradigm(standard(), "énoncer", "er").containsKey("énoncerai"));
  }

  @Test
  public void firstGroup_payer_twoSpellingsBeforeSilentEndings() {
    Map<String, Integer> p = paradigm(standard(), "payer", "er");
    for (String f : List.of("paie", "paies", "paient", "paierai", "paierait", "paieront", "paye", "payes",
        "payent", "payerai", "payerait", "payeront", "payons", "payais", "paya", "payèrent")) {
      assertEquals(Integer.valueOf(Conjugator.FINITE), p.get(f), f);
    }
    assertFalse(p.containsKey("paions"));
  }

  @Test
  public void firstGroup_appuyer_andEssuyer_yBecomesI() {
    Map<String, Integer> p = paradigm(standard(), "appuyer", "er");
    assertTrue(p.containsKey("appuie") && p.containsKey("appuieront") && p.containsKey("appuyons"), p::toString);
    assertFalse(p.containsKey("appuye"));
  }

  @Test
  public void secondGroup_gémir() {
    assertEquals(expected(
            "gémis gémit gémissons gémissez gémissent"
                + " gémissais gémissait gémissions gémissiez gémissaient"
                + " gémîmes gémîtes gémirent"
                + " gémirai gémiras gémira gémirons gémirez gémiront"
                + " gémirais gémirait gémirions gémiriez gémiraient"
                + " gémisse gémisses gémissent"
                + " gémît",
            "gémi gémie gémis gémies", "gémissant", "gémir"),
        paradigm(standard(), "gémir", "ir"));
  }

  @Test
  public void model_dire_withItsOwnSecondPlural() {
    assertEquals(expected(
            "dis dit disons dites disent"
                + " disais disait disions disiez disaient"
                + " dîmes dîtes dirent"
                + " disse disses dît dissions dissiez dissent"
                + " dirai diras dira dirons direz diront"
                + " dirais dirait dirions diriez diraient"
                + " dise dises",
            "dit dite dits dites", "disant", "dire"),
        paradigm(standard(), "dire", "dire"));
  }

  @Test
  public void model_prédire_isDireWithPrédisezAndAPrefix() {
    Map<String, Integer> p = paradigm(standard(), "prédire", "prédire");
    assertTrue(p.containsKey("prédisez"));
    // vous prédisez, not prédites: the form is only the participle.
    assertEquals(Integer.valueOf(Conjugator.PAST_PARTICIPLE), p.get("prédites"));
  }

  @Test
  public void model_soutenir_passéSimpleInIn() {
    assertEquals(expected(
            "soutiens soutient soutenons soutenez soutiennent"
                + " soutenais soutenait soutenions souteniez soutenaient"
                + " soutins soutint soutînmes soutîntes soutinrent"
                + " soutinsse soutinsses soutînt soutinssions soutinssiez soutinssent"
                + " soutiendrai soutiendras soutiendra soutiendrons soutiendrez soutiendront"
                + " soutiendrais soutiendrait soutiendrions soutiendriez soutiendraient"
                + " soutienne soutiennes",
            "soutenu soutenue soutenus soutenues", "soutenant", "soutenir"),
        paradigm(standard(), "soutenir", "tenir"));
  }

  @Test
  public void model_lire_passéSimpleInU() {
    Map<String, Integer> p = paradigm(standard(), "lire", "lire");
    for (String f : List.of("lus", "lut", "lûmes", "lûtes", "lurent", "lusse", "lût", "lussent", "lisons",
        "lisent", "lise", "lirai")) {
      assertTrue((p.get(f) & Conjugator.FINITE) != 0, f);
    }
    assertEquals(Integer.valueOf(Conjugator.PAST_PARTICIPLE), p.get("lu"));
    assertEquals(Integer.valueOf(Conjugator.FINITE | Conjugator.PAST_PARTICIPLE), p.get("lus"));
  }

  @Test
  public void model_faire_ownPluralsAndSubjunctiveStem() {
    Map<String, Integer> p = paradigm(standard(), "faire", "faire");
    for (String f : List.of("faisons", "faites", "font", "faisais", "fis", "fit", "fîmes", "firent", "fisse",
        "fît", "ferai", "ferais", "fasse", "fasses", "fassions", "fassiez", "fassent")) {
      assertTrue((p.get(f) & Conjugator.FINITE) != 0, f);
    }
    // 2pl= and 3pl= replace the regular plurals; subj= replaces the subjunctive from the plural stem.
    assertFalse(p.containsKey("faisez"));
    assertFalse(p.containsKey("faisent"));
    assertFalse(p.containsKey("faise"));
    assertEquals(Integer.valueOf(Conjugator.PRESENT_PARTICIPLE), p.get("faisant"));
  }

  @Test
  public void model_avoir_subjunctiveGivenWhole() {
    assertEquals(expected(
            "ai as a avons avez ont"
                + " avais avait avions aviez avaient"
                + " eus eut eûmes eûtes eurent"
                + " eusse eusses eût eussions eussiez eussent"
                + " aurai auras aura aurons aurez auront"
                + " aurais aurait aurions auriez auraient"
                + " aie aies ait ayons ayez aient",
            "eu eue eus eues", "ayant", "avoir"),
        paradigm(standard(), "avoir", "avoir"));
  }

  @Test
  public void model_être_presentAndImparfaitGivenWhole() {
    assertEquals(expected(
            "suis es est sommes êtes sont"
                + " étais était étions étiez étaient"
                + " fus fut fûmes fûtes furent"
                + " fusse fusses fût fussions fussiez fussent"
                + " serai seras sera serons serez seront"
                + " serais serait serions seriez seraient"
                + " sois soit soyons soyez soient",
            "été étée étés étées", "étant", "être"),
        paradigm(standard(), "être", "être"));
  }

  @Test
  public void knowsPattern_theThreeGroupsAndTheModels() {
    for (String p : List.of("er", "er2", "ir", "dire", "tenir", "avoir")) {
      assertTrue(standard().knowsPattern(p), p);
    }
    for (String p : List.of("", "re", "ER", "dir", "xx")) {
      assertFalse(standard().knowsPattern(p), p);
    }
  }

  @Test
  public void conjugate_patternThatDoesNotFitTheInfinitive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> standard().conjugate("courir", "er2", (f, k) -> { }));
    assertEquals("infinitive: pattern er2 expects a verb ending in -er, got 'courir'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> standard().conjugate("chanter", "ir", (f, k) -> { }));
    assertEquals("infinitive: pattern ir expects a verb ending in -ir, got 'chanter'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> standard().conjugate("chanter", "tenir", (f, k) -> { }));
    assertEquals("infinitive: pattern tenir expects a verb ending in -enir, got 'chanter'", e.getMessage());
  }

  @Test
  public void heavyStems_moreShapes() {
    assertArrayEquals(new String[] {"achèt"}, Conjugator.heavyStems("achet", false)); // one consonant
    assertArrayEquals(new String[] {"sèch"}, Conjugator.heavyStems("séch", false));   // é before two
    assertArrayEquals(new String[] {"vex"}, Conjugator.heavyStems("vex", false));     // x is two sounds
    assertArrayEquals(new String[] {"cré"}, Conjugator.heavyStems("cré", false));     // no consonant
    assertArrayEquals(new String[] {"appui"}, Conjugator.heavyStems("appuy", false));
    assertArrayEquals(new String[] {"nettoi"}, Conjugator.heavyStems("nettoy", true)); // oy wins over er2
    assertArrayEquals(new String[] {"pai", "pay"}, Conjugator.heavyStems("pay", false));
    assertArrayEquals(new String[] {"jett"}, Conjugator.heavyStems("jet", true));
    // gu and qu are consonants: the vowel before them is the one that changes.
    assertArrayEquals(new String[] {"allègu"}, Conjugator.heavyStems("allégu", false));
    assertArrayEquals(new String[] {"distingu"}, Conjugator.heavyStems("distingu", false));
    // A u that ends the stem without g or q before it is a vowel: nothing to change.
    assertArrayEquals(new String[] {"remu"}, Conjugator.heavyStems("remu", false));
    // The last vowel is the u of eu: no grave accent (pleurer: pleure).
    assertArrayEquals(new String[] {"pleur"}, Conjugator.heavyStems("pleur", false));
    // A vowel first in the stem: nothing before it to read (ôter: ôte).
    assertArrayEquals(new String[] {"ôt"}, Conjugator.heavyStems("ôt", false));
    assertArrayEquals(new String[] {"us"}, Conjugator.heavyStems("us", false)); // user: use
    // No vowel at all: nothing to change.
    assertArrayEquals(new String[] {"bl"}, Conjugator.heavyStems("bl", false));
    assertArrayEquals(new String[] {"qu"}, Conjugator.heavyStems("qu", false));
  }

  private static Conjugator parse(String... lines) {
    List<WordLists.Line> l = new java.util.ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      l.add(new WordLists.Line(i + 3, lines[i]));
    }
    return Conjugator.parse(l, "models.txt");
  }

  private static String parseError(String line) {
    return assertThrows(IllegalStateException.class, () -> parse(line)).getMessage();
  }

  @Test
  public void parse_aModelOfItsOwn() {
    // vouloir is not among the bundled models: its subjunctive has two stems (veuille, voulions).
    Conjugator c = parse("vouloir ouloir sg=eux,eux,eut pl=oul pl3=eul ps=oul:u fut=oudr pp=oulu "
        + "subj6=euille,euilles,euille,oulions,ouliez,euillent");
    assertEquals(expected(
            "veux veut voulons voulez veulent"
                + " voulais voulait voulions vouliez voulaient"
                + " voulus voulut voulûmes voulûtes voulurent"
                + " voulusse voulusses voulût voulussions voulussiez voulussent"
                + " voudrai voudras voudra voudrons voudrez voudront"
                + " voudrais voudrait voudrions voudriez voudraient"
                + " veuille veuilles veuillent",
            "voulu voulue voulus voulues", "voulant", "vouloir"),
        paradigm(c, "vouloir", "vouloir"));
    assertTrue(c.knowsPattern("vouloir"));
    assertFalse(c.knowsPattern("dire"));
    assertTrue(c.knowsPattern("er"));
  }

  @Test
  public void parse_dashIsAnEmptyPiece() {
    Conjugator c = parse("rendre re sg=s,s,- pl=- pl3=- ps=-:i fut=r pp=u");
    Map<String, Integer> p = paradigm(c, "tendre", "rendre");
    for (String f : List.of("tends", "tend", "tendons", "tendez", "tendent", "tendait", "tendis", "tendit",
        "tendra", "tende", "tendions")) {
      assertTrue((p.get(f) & Conjugator.FINITE) != 0, f);
    }
    assertEquals(Integer.valueOf(Conjugator.PAST_PARTICIPLE), p.get("tendu"));
    assertFalse(p.containsKey("tend-"));
  }

  @Test
  public void parse_malformedLinesNameTheLineAndTheProblem() {
    assertEquals("models.txt:3: expected a model name and a suffix", parseError("dire"));
    assertEquals("models.txt:3: expected key=value, got 'sg'", parseError("dire dire sg"));
    assertEquals("models.txt:3: expected key=value, got '=dis'", parseError("dire dire =dis"));
    assertEquals("models.txt:3: ps= expects stem:vowel, got 'di'", parseError("dire dire ps=di"));
    assertEquals("models.txt:3: passé simple vowel must be i, u or in, got 'a'", parseError("dire dire ps=d:a"));
    assertEquals("models.txt:3: passé simple vowel must be i, u or in, got ''", parseError("dire dire ps=d:"));
    assertEquals("models.txt:3: unknown key 'pp2'; expected sg, pl, pl3, ps, fut, pp, 2pl, 3pl, subj, subj6,"
        + " present, imp or ppr", parseError("dire dire pp2=dit"));
    assertEquals("models.txt:3: expected 3 comma-separated forms, got 'dis,dit'", parseError("dire dire sg=dis,dit"));
    assertEquals("models.txt:3: expected 3 comma-separated forms, got 'dis,dis,dit,'",
        parseError("dire dire sg=dis,dis,dit,"));
    assertEquals("models.txt:3: expected 6 comma-separated forms, got 'a,b'", parseError("dire dire subj6=a,b"));
    assertEquals("models.txt:3: expected 6 comma-separated forms, got 'a'", parseError("dire dire present=a"));
    // A name and a suffix alone are a model without its principal parts.
    assertEquals("models.txt:3: model dire needs sg=, pl=, pl3=, ps=, fut= and pp=", parseError("dire dire"));
    // An empty passé simple stem may be written without the dash.
    Map<String, Integer> lu = paradigm(parse("lire ire sg=is,is,it pl=is pl3=is ps=:u fut=ir pp=u"), "élire", "lire");
    assertEquals(Integer.valueOf(Conjugator.FINITE | Conjugator.PAST_PARTICIPLE), lu.get("élus"));
    // The passé simple vowels that are allowed.
    parse("m1 ire sg=is,is,it pl=is pl3=is ps=-:u fut=ir pp=u", "m2 enir sg=a,b,c pl=en pl3=en ps=-:in fut=x pp=y");
  }

  @Test
  public void parse_eachRequiredKeyMissing() {
    String[] keys = {"sg=dis,dis,dit", "pl=dis", "pl3=dis", "ps=d:i", "fut=dir", "pp=dit"};
    for (int missing = 0; missing < keys.length; missing++) {
      StringBuilder line = new StringBuilder("dire dire");
      for (int k = 0; k < keys.length; k++) {
        if (k != missing) {
          line.append(' ').append(keys[k]);
        }
      }
      assertEquals("models.txt:3: model dire needs sg=, pl=, pl3=, ps=, fut= and pp=", parseError(line.toString()),
          keys[missing]);
    }
  }
}
