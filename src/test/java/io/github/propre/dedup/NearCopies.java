package io.github.propre.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated text of paragraphs of 30 to 60 words, with near copies of some: one word replaced,
 * one word dropped, or a short sentence appended, the edits of issue 5. Each copy comes after its
 * original. Every item says what it is, so a test knows which paragraphs near mode must remove.
 *
 * <p>Words are drawn at random from {@link #WORDS}, so two originals share almost no 7-gram (one
 * chance in 83<sup>7</sup>, about 3 × 10<sup>13</sup>, per pair of 7-grams), while each edit spoils at most 7 of an
 * original's at least 24: a copy shares more than 0.7 of its 7-grams with its original and nothing
 * with the others. Built from a {@link Random} rather than from jqwik's shrinkable parts: shrinking
 * word lists towards their first element would make every original the same text.
 *
 * @param text the paragraphs joined by {@code separator}, with a final line break
 * @param items the paragraphs in text order
 */
record NearCopies(String text, List<Item> items) {

  /** What a paragraph of the text is. */
  enum Kind { ORIGINAL, WORD_REPLACED, WORD_DROPPED, SENTENCE_APPENDED }

  /** One paragraph: which original it copies (its group), how, and where it lies in the text. */
  record Item(int group, Kind kind, int start, int end) {
    String textIn(String text) {
      return text.substring(start, end);
    }
  }

  /** Distinct words (distinct once case-folded too), none cut by the tokenizer. */
  static final String[] WORDS = ("ministre accord défense région pays gouvernement économie "
      + "énergie développement agriculture partenariat rencontre délégation capitale réunion "
      + "soldats crise frontières échanges présidence annonce signature sommet coopération "
      + "sécurité alliance souveraineté terrorisme contexte forces relations domaines volonté "
      + "questions parties mines village rivière maison jardin chemin fenêtre médecin notaire "
      + "pharmacien curé diligence auberge marché foire dimanche soir matin hiver printemps "
      + "récolte blé avoine cheval voiture lettre journal roman musique église école collège "
      + "élève maître bibliothèque tableau fleuve montagne plaine forêt port navire voyage "
      + "habitants citoyens avenir passé histoire").split(" ");

  static NearCopies generate(Random random) {
    int groups = 1 + random.nextInt(5);
    List<List<String>> originals = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      originals.add(words(random, 30 + random.nextInt(31)));
    }
    String separator = random.nextBoolean() ? "\n" : "\n\n";
    int count = 1 + random.nextInt(12);
    boolean[] placed = new boolean[groups];
    StringBuilder text = new StringBuilder();
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int g = random.nextInt(groups);
      Kind kind = placed[g] ? Kind.values()[1 + random.nextInt(3)] : Kind.ORIGINAL;
      placed[g] = true;
      if (i > 0) {
        text.append(separator);
      }
      int start = text.length();
      text.append(edit(random, originals.get(g), kind));
      items.add(new Item(g, kind, start, text.length()));
    }
    return new NearCopies(text.append('\n').toString(), List.copyOf(items));
  }

  private static List<String> words(Random random, int n) {
    List<String> words = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      words.add(WORDS[random.nextInt(WORDS.length)]);
    }
    return words;
  }

  /** Returns {@code original} as a sentence, edited as {@code kind} says. */
  private static String edit(Random random, List<String> original, Kind kind) {
    List<String> words = new ArrayList<>(original);
    int at = random.nextInt(words.size());
    String appended = "";
    switch (kind) {
      case WORD_REPLACED -> {
        String other;
        do {
          other = WORDS[random.nextInt(WORDS.length)];
        } while (other.equals(words.get(at)));
        words.set(at, other);
      }
      case WORD_DROPPED -> words.remove(at);
      case SENTENCE_APPENDED -> appended = " " + sentence(words(random, 2 + random.nextInt(5)));
      case ORIGINAL -> { }
    }
    return sentence(words) + appended;
  }

  private static String sentence(List<String> words) {
    String s = String.join(" ", words);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
  }

  /** Returns the length of {@code paragraph}'s exact key in code points, what minChars compares. */
  static int keyLength(String paragraph) {
    KeyHasher h = new KeyHasher();
    h.add(paragraph, 0, paragraph.length());
    h.finish();
    return h.length();
  }
}
