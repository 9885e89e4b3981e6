package io.github.propre.reliability;

import io.github.propre.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Varied French documents for the concurrency and hostile-input suites: slices of the bundled
 * <i>Madame Bovary</i> chapters (re-typeset with typographic apostrophes, guillemets and narrow
 * no-break spaces, with paragraphs repeated inside and across documents), generated French-like
 * prose with dialogue and quotes, slices of the fr-litbank novels when {@code ../shared/data} is
 * there, and a few hostile documents. Deterministic for a seed.
 */
final class Corpus {
  private Corpus() {}

  static final Path LITBANK = Path.of("../shared/data/fr-litbank-dev/citations.jsonl");

  private static final String[] WORDS = {
      "le", "la", "les", "un", "une", "des", "homme", "femme", "maison", "ville", "ministre", "accord",
      "défense", "été", "hiver", "soldats", "Sahel", "Russie", "France", "coopération", "énergie", "mines",
      "agriculture", "a", "est", "sont", "fut", "était", "dit", "répondit", "déclare", "pense", "voit",
      "va", "vient", "très", "bien", "peut-être", "aujourd’hui", "quelqu’un", "jusqu’à", "lorsqu’il",
      "l’homme", "d’un", "qu’elle", "c’est-à-dire", "M.", "Mme", "etc.", "80 000", "1 000,50", "3,5",
      "12 %", "XIXe", "1er", "vice-ministre", "États-Unis", "a-t-il", "dit-elle", "donne-le-moi",
      "https://exemple.fr/page", "jean@exemple.fr", "#Sahel", "@Moscou",
  };

  private static final String[] SPEAKERS = {"Emma", "Charles", "le ministre", "elle", "il", "Mme Bovary"};

  private static final String[] VERBS = {"dit", "répondit", "déclara", "murmura", "s’écria", "ajouta"};

  /** Returns {@code count} documents built from {@code seed}. */
  static List<String> documents(int count, long seed) {
    Random random = new Random(seed);
    List<String> bovary = paragraphs(bovary());
    List<String> litbank = litbankParagraphs();
    List<String> docs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String doc = switch (i % 10) {
        case 0, 1, 2, 3 -> slice(bovary, random, i % 2 == 0);
        case 4, 5, 6 -> generated(random);
        case 7 -> litbank.isEmpty() ? slice(bovary, random, true) : slice(litbank, random, false);
        case 8 -> mixed(bovary, random);
        default -> hostile(random);
      };
      docs.add(doc);
    }
    return docs;
  }

  /** Returns the bundled Madame Bovary chapters. */
  static String bovary() {
    try (InputStream in = Corpus.class.getResourceAsStream("/io/github/propre/dedup/madame-bovary-1-2.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the texts of the fr-litbank novels, or an empty list without {@code ../shared/data}. */
  static List<String> litbankTexts() {
    if (!Files.isRegularFile(LITBANK)) {
      return List.of();
    }
    try {
      List<String> texts = new ArrayList<>();
      for (String line : Files.readAllLines(LITBANK, StandardCharsets.UTF_8)) {
        texts.add((String) Json.object(Json.parse(line)).get("text"));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> litbankParagraphs() {
    List<String> out = new ArrayList<>();
    for (String t : litbankTexts()) {
      out.addAll(paragraphs(t));
    }
    return out;
  }

  /** Cuts at blank lines; keeps the paragraphs' inner line breaks. */
  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String p : text.split("\n\\s*\n")) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }

  /** A run of consecutive paragraphs, some repeated, optionally re-typeset the French way. */
  private static String slice(List<String> paragraphs, Random random, boolean retypeset) {
    int n = 1 + random.nextInt(12);
    int from = random.nextInt(Math.max(1, paragraphs.size() - n));
    List<String> chosen = new ArrayList<>(paragraphs.subList(from, Math.min(paragraphs.size(), from + n)));
    if (random.nextInt(3) == 0 && !chosen.isEmpty()) {
      chosen.add(random.nextInt(chosen.size() + 1), chosen.get(random.nextInt(chosen.size())));
    }
    String sep = random.nextBoolean() ? "\n\n" : "\n";
    String text = String.join(sep, chosen);
    return retypeset ? retypeset(text) : text;
  }

  /** ASCII typing made French: ’ for ', « » for "--" dialogue, narrow no-break spaces before ; : ! ?. */
  static String retypeset(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        sb.append('’');
      } else if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
        sb.append('—');
        i++;
      } else if ((c == ';' || c == ':' || c == '!' || c == '?') && sb.length() > 0
          && sb.charAt(sb.length() - 1) == ' ') {
        sb.setCharAt(sb.length() - 1, '\u202F');
        sb.append(c);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Generated French-like prose: narration, quotes with incises, dialogue turns, lists of numbers. */
  static String generated(Random random) {
    StringBuilder sb = new StringBuilder();
    int paragraphs = 1 + random.nextInt(8);
    for (int p = 0; p < paragraphs; p++) {
      int kind = random.nextInt(4);
      if (kind == 0) {
        sb.append("— ").append(sentence(random)).append(" ").append(VERBS[random.nextInt(VERBS.length)])
            .append(" ").append(SPEAKERS[random.nextInt(SPEAKERS.length)]).append('.');
      } else if (kind == 1) {
        sb.append(capital(SPEAKERS[random.nextInt(SPEAKERS.length)])).append(' ')
            .append(VERBS[random.nextInt(VERBS.length)]).append("\u00A0: « ").append(sentence(random))
            .append(random.nextBoolean() ? " »" : " » " + sentence(random));
      } else if (kind == 2) {
        sb.append("« ").append(sentence(random)).append(", ").append(VERBS[random.nextInt(VERBS.length)])
            .append("-il, ").append(sentence(random)).append(" »");
      } else {
        int sentences = 1 + random.nextInt(5);
        for (int s = 0; s < sentences; s++) {
          sb.append(sentence(random)).append(' ');
        }
      }
      sb.append(random.nextInt(4) == 0 ? "\n" : "\n\n");
    }
    return sb.toString();
  }

  private static String sentence(Random random) {
    StringBuilder sb = new StringBuilder();
    int words = 3 + random.nextInt(14);
    for (int w = 0; w < words; w++) {
      String word = WORDS[random.nextInt(WORDS.length)];
      sb.append(w == 0 ? capital(word) : word);
      sb.append(w + 1 < words ? (random.nextInt(9) == 0 ? ", " : " ") : "");
    }
    sb.append(".!?…".charAt(random.nextInt(4)));
    return sb.toString();
  }

  private static String capital(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** Bovary paragraphs and generated ones, with copies across the document. */
  private static String mixed(List<String> bovary, Random random) {
    StringBuilder sb = new StringBuilder();
    String repeated = bovary.get(random.nextInt(bovary.size()));
    for (int i = 0; i < 6; i++) {
      sb.append(i % 2 == 0 ? repeated : generated(random).strip()).append("\n\n");
    }
    return sb.toString();
  }

  /** Short hostile documents: runs of marks, spaces of every kind, controls, broken surrogates. */
  static String hostile(Random random) {
    StringBuilder sb = new StringBuilder();
    int pieces = 1 + random.nextInt(40);
    for (int i = 0; i < pieces; i++) {
      if (random.nextBoolean()) {
        char c = FuzzText.HOSTILE[random.nextInt(FuzzText.HOSTILE.length)];
        sb.append(String.valueOf(c).repeat(1 + random.nextInt(50)));
      } else {
        sb.append(FuzzText.FRAGMENTS[random.nextInt(FuzzText.FRAGMENTS.length)]);
      }
    }
    return sb.toString();
  }
}
