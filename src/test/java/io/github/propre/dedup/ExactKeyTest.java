package io.github.propre.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ExactKeyTest {

  private static final String BASE =
      "L’Alliance des États du Sahel, « allié sincère » : 80 000 soldats ? Oui !";

  private static long key(String s) {
    return Deduplicator.exactKey(s);
  }

  private static int length(String s) {
    KeyHasher h = new KeyHasher();
    h.add(s, 0, s.length());
    h.finish();
    return h.length();
  }

  @Test
  void apostropheVariants_sameKey() {
    for (String a : new String[] {"'", "‘", "ʼ", "`", "´", "′", "＇"}) {
      assertEquals(key(BASE), key(BASE.replace("’", a)), a);
    }
  }

  @Test
  void quoteMarkVariants_sameKey() {
    assertEquals(key(BASE), key(BASE.replace("« ", "\"").replace(" »", "\"")));
    assertEquals(key(BASE), key(BASE.replace("« ", "«\u00A0").replace(" »", "\u202F»")));
    assertEquals(key(BASE), key(BASE.replace("« ", "“").replace(" »", "”")));
    assertEquals(key(BASE), key(BASE.replace("« ", "„").replace(" »", "“")));
    assertEquals(key(BASE), key(BASE.replace("« ", "‹").replace(" »", "›")));
    assertEquals(key(BASE), key(BASE.replace("« ", "＂").replace(" »", "＂")));
  }

  @Test
  void spaceVariants_sameKey() {
    assertEquals(key(BASE), key(BASE.replace("80 000", "80\u202F000")));
    assertEquals(key(BASE), key(BASE.replace("80 000", "80\u00A0000")));
    assertEquals(key(BASE), key(BASE.replace("80 000", "80\u2009000")));
    assertEquals(key(BASE), key(BASE.replace(" ?", "\u202F?").replace(" !", "\u00A0!")
        .replace(" :", "\u00A0:")));
    assertEquals(key(BASE), key(BASE.replace(" ?", "?").replace(" !", "!").replace(" :", ":")));
    assertEquals(key(BASE), key(BASE.replace(" ", "  ")));
    assertEquals(key(BASE), key("  \t" + BASE + "   \u00A0"));
    assertEquals(key(BASE), key(BASE.replace(" des ", " des\u200B ").replace("Sahel", "Sa\u00ADhel")));
    assertEquals(key(BASE), key(BASE.replace(", ", ",\n")));
  }

  @Test
  void caseAndCompatibilityForms_sameKey() {
    assertEquals(key(BASE), key(BASE.toUpperCase(java.util.Locale.ROOT)));
    assertEquals(key(BASE), key(BASE.toLowerCase(java.util.Locale.ROOT)));
    assertEquals(key("efficace"), key("eﬃcace"));
    assertEquals(key("grosse straße"), key("GROSSE STRASSE"));
    assertEquals(key("Il attendit..."), key("Il attendit…"));
  }

  @Test
  void decomposedAccents_sameKeyAsComposed() {
    assertEquals(key("États du Sahel, été"), key("E\u0301tats du Sahel, e\u0301te\u0301"));
  }

  @Test
  void dashVariants_sameKey() {
    assertEquals(key("Yevkurov – figure clé"), key("Yevkurov — figure clé"));
    assertEquals(key("Yevkurov – figure clé"), key("Yevkurov - figure clé"));
  }

  @Test
  void differentWordsOrAccents_differentKeys() {
    assertNotEquals(key(BASE), key(BASE.replace("80", "90")));
    assertNotEquals(key("été"), key("ete"));
    assertNotEquals(key("a b"), key("ab"));
    assertNotEquals(key("l'homme"), key("l homme"));
    assertNotEquals(key(""), key(" x"));
  }

  @Test
  void supplementaryAndLoneSurrogates_areHashed() {
    assertNotEquals(key("merci 😀"), key("merci 😁"));
    assertEquals(key("𝐀𝐁"), key("ab")); // mathematical bold letters fold to ASCII
    assertNotEquals(key("a\uD800b"), key("ab"));
    assertEquals(key("a\uD800b"), key("A\uD800B"));
  }

  @Test
  void length_countsKeyCodePoints() {
    assertEquals(6, length("  — Oui.  "));
    assertEquals(5, length("« Oui »"));
    assertEquals(3, length("a  b"));
    assertEquals(2, length("ﬁ"));
    assertEquals(0, length(" \u00A0\u200B\n"));
  }
}
