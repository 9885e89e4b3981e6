package io.github.propre.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.text.Paragraph;
import io.github.propre.text.ParagraphMode;
import io.github.propre.text.Paragraphs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A real novel (Madame Bovary, chapters I and II, bundled; the fr-litbank excerpts when
 * {@code ../shared/data} is there): nothing of it is removed, and copies injected into it are.
 */
class NovelTest {

  static final Deduplicator EXACT = Deduplicator.builder().paragraphs(ParagraphMode.BLANK_LINE)
      .build();
  static final Deduplicator NEAR = Deduplicator.builder().near()
      .paragraphs(ParagraphMode.BLANK_LINE).build();

  static String bovary() throws IOException {
    try (InputStream in = NovelTest.class.getResourceAsStream("madame-bovary-1-2.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static int words(String paragraph) {
    return paragraph.trim().split("\\s+").length;
  }

  @Test
  void novel_nothingIsRemoved() throws IOException {
    String text = bovary();
    assertEquals(0, EXACT.deduplicate(text).removed().size());
    DedupResult near = NEAR.deduplicate(text);
    assertEquals(List.of(), near.removed());
    assertEquals(text, near.text());
    assertEquals(80, near.paragraphs().size());
  }

  /** One injected copy: the original's index, and what the copy is. */
  record Injection(int original, String copy, boolean exact) {}

  @Test
  void novelWithInjectedCopies_losesExactlyTheCopies() throws IOException {
    String text = bovary();
    List<Paragraph> paragraphs = Paragraphs.split(text, ParagraphMode.BLANK_LINE);
    // every third paragraph of 30 words or more gets a copy further on, typed one of five ways
    List<Injection> injections = new ArrayList<>();
    int kind = 0;
    for (int i = 0; i < paragraphs.size(); i += 3) {
      String p = paragraphs.get(i).text();
      if (words(p) < 30) {
        continue;
      }
      String copy = switch (kind++ % 5) {
        case 0 -> p.replace('\'', '’').replace("«", "« ").replace("»", " »").replace(";", "\u202F;")
            .replace("  ", " ");
        case 1 -> p.toUpperCase(java.util.Locale.ROOT).replace("\n", " ") + "  ";
        case 2 -> replaceWord(p, words(p) / 2, "pourtant");
        case 3 -> dropWord(p, words(p) / 3);
        default -> p + " Il était tard.";
      };
      injections.add(new Injection(i, copy, kind % 5 == 1 || kind % 5 == 2));
    }
    assertEquals(16, injections.size());
    // rebuild the text: each copy six paragraphs after its original, and short repeats everywhere
    Map<Integer, List<String>> after = new HashMap<>();
    for (Injection inj : injections) {
      after.computeIfAbsent(Math.min(inj.original() + 6, paragraphs.size() - 1),
          k -> new ArrayList<>()).add(inj.copy());
    }
    StringBuilder sb = new StringBuilder();
    List<Integer> originalsInOrder = new ArrayList<>();
    List<Boolean> exactInOrder = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      sb.append(paragraphs.get(i).text()).append("\n\n");
      if (i % 3 == 0) {
        sb.append("— Oui.\n\n");
      }
      for (String copy : after.getOrDefault(i, List.of())) {
        sb.append(copy).append("\n\n");
        for (Injection inj : injections) {
          if (inj.copy().equals(copy)) {
            originalsInOrder.add(inj.original());
            exactInOrder.add(inj.exact());
          }
        }
      }
    }
    String injected = sb.toString();

    DedupResult near = NEAR.deduplicate(injected);
    assertEquals(injections.size(), near.removed().size());
    List<Paragraph> nearParagraphs = near.paragraphs();
    for (int k = 0; k < near.removed().size(); k++) {
      Removal r = near.removed().get(k);
      String original = paragraphs.get(originalsInOrder.get(k)).text();
      assertEquals(original, text(injected, r.duplicateOf()), "copy " + k + ": " + r.paragraph());
      assertEquals(exactInOrder.get(k) ? DuplicateKind.EXACT : DuplicateKind.NEAR, r.kind(),
          r.paragraph().text());
    }
    // what is left is the novel with its short repeats, and nothing else lost
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < paragraphs.size(); i++) {
      expected.append(paragraphs.get(i).text()).append("\n\n");
      if (i % 3 == 0) {
        expected.append("— Oui.\n\n");
      }
    }
    assertEquals(expected.toString(), near.text());
    assertEquals(27, nearParagraphs.stream().filter(p -> p.text().equals("— Oui.")).count());

    DedupResult exact = EXACT.deduplicate(injected);
    long exactCopies = exactInOrder.stream().filter(b -> b).count();
    assertEquals(exactCopies, exact.removed().size());
  }

  private static String text(String s, ParagraphRef ref) {
    return s.substring((int) ref.start(), (int) ref.end());
  }

  /** Replaces the {@code n}-th word (by white space) of {@code p}. */
  static String replaceWord(String p, int n, String with) {
    String[] w = p.split(" ", -1);
    w[n] = with;
    return String.join(" ", w);
  }

  static String dropWord(String p, int n) {
    List<String> w = new ArrayList<>(List.of(p.split(" ", -1)));
    w.remove(n);
    return String.join(" ", w);
  }

  @Test
  void litbankNovels_nothingIsRemoved() throws IOException {
    Path file = Path.of("../shared/data/fr-litbank-dev/citations.jsonl");
    Assumptions.assumeTrue(Files.isRegularFile(file), "fr-litbank not found at " + file);
    int documents = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String text = jsonString(line, "\"text\": ");
      for (Deduplicator d : List.of(Deduplicator.exact(), Deduplicator.near())) {
        DedupResult r = d.deduplicate(text);
        assertEquals(List.of(), r.removed(), d + " on document " + documents);
      }
      documents++;
    }
    assertEquals(6, documents);
  }

  /** Returns the JSON string that follows {@code key} in {@code line} (enough JSON for this file). */
  static String jsonString(String line, String key) {
    int i = line.indexOf(key) + key.length() + 1;
    StringBuilder sb = new StringBuilder();
    while (line.charAt(i) != '"') {
      char c = line.charAt(i++);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = line.charAt(i++);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'u' -> {
          sb.append((char) Integer.parseInt(line.substring(i, i + 4), 16));
          i += 4;
        }
        default -> sb.append(e);
      }
    }
    return sb.toString();
  }
}
