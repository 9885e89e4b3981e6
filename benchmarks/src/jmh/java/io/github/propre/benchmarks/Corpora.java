package io.github.propre.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import io.github.propre.text.ParagraphMode;
import io.github.propre.text.Paragraphs;

/**
 * The texts the benchmarks run on.
 *
 * <p>Real French text that does not repeat within 100 K characters: a short text repeated lets the
 * CPU's branch predictors learn it and inflates every figure (the plain char loop ran twice as fast
 * on the sample article repeated as on varied UD sentences). The varied corpus is the sentences of
 * UD French-GSD and Sequoia dev, 20 to a paragraph, followed by the six fr-litbank novel excerpts, all
 * read from {@code ../shared/data} (about 0.6 M characters before it repeats). The dialogue corpus is
 * the novel excerpts alone. Without {@code ../shared/data}, both fall back to the bundled sample
 * article, which repeats every 4.5 K characters: the run says so and its figures are not comparable.
 *
 * <p>Paragraphs are separated by a blank line throughout, so that {@link ParagraphMode#AUTO} finds
 * in the whole corpus the paragraphs each part has alone. Three of the excerpts put one paragraph per
 * line, and so did the UD part, while the other excerpts use blank lines: joined as they came, the
 * blank lines decided for the whole text, and each run of one-line paragraphs became a single
 * paragraph of up to 235 K characters, with the unpaired quotation marks of shuffled sentences open
 * across it. Text that large in one paragraph is what {@code HostileBenchmark}'s {@code oneParagraph}
 * input measures.
 */
public final class Corpora {
  private Corpora() {}

  /** Where the shared data lives, relative to the project root (the working directory of a run). */
  static final Path DATA = Path.of(System.getProperty("propre.data", "../shared/data"));

  private static String variedBase;
  private static String dialogueBase;

  /** Returns the named corpus ({@code varied} or {@code dialogue}) cut or repeated to {@code size} chars. */
  public static synchronized String get(String name, int size) {
    String base = switch (name) {
      case "varied" -> varied();
      case "dialogue" -> dialogue();
      default -> throw new IllegalArgumentException("corpus: expected varied or dialogue, got " + name);
    };
    return toSize(base, size);
  }

  /** Returns {@code base} repeated and cut to exactly {@code size} characters, at a paragraph end if possible. */
  static String toSize(String base, int size) {
    StringBuilder sb = new StringBuilder(size + 16);
    while (sb.length() < size) {
      sb.append(base);
      if (sb.length() < size && sb.charAt(sb.length() - 1) != '\n') {
        sb.append('\n');
      }
    }
    sb.setLength(size);
    if (Character.isHighSurrogate(sb.charAt(size - 1))) {
      sb.setCharAt(size - 1, ' ');
    }
    return sb.toString();
  }

  private static String varied() {
    if (variedBase == null) {
      StringBuilder sb = new StringBuilder(1 << 20);
      List<String> sentences = new ArrayList<>();
      sentences.addAll(udSentences(DATA.resolve("ud-fr-gsd/dev.jsonl")));
      sentences.addAll(udSentences(DATA.resolve("ud-fr-sequoia/dev.jsonl")));
      for (int i = 0; i < sentences.size(); i++) {
        sb.append(sentences.get(i)).append(i % 20 == 19 || i == sentences.size() - 1 ? "\n\n" : " ");
      }
      sb.append(dialogue());
      variedBase = sentences.isEmpty() ? fallback() : sb.toString();
    }
    return variedBase;
  }

  private static String dialogue() {
    if (dialogueBase == null) {
      StringBuilder sb = new StringBuilder(1 << 19);
      for (String line : lines(DATA.resolve("fr-litbank-dev/citations.jsonl"))) {
        sb.append(blankLineParagraphs(JsonField.string(line, "text"))).append("\n\n");
      }
      dialogueBase = sb.length() == 0 ? fallback() : sb.toString();
    }
    return dialogueBase;
  }

  /**
   * Returns {@code text} with a blank line between its paragraphs: as it is if it has blank lines
   * (they separate its paragraphs), else with each line made a paragraph, as AUTO reads it alone.
   */
  static String blankLineParagraphs(String text) {
    String t = text.strip();
    return Paragraphs.resolve(t, ParagraphMode.AUTO) == ParagraphMode.BLANK_LINE ? t
        : t.replace("\n", "\n\n");
  }

  private static List<String> udSentences(Path file) {
    List<String> out = new ArrayList<>();
    for (String line : lines(file)) {
      out.add(JsonField.string(line, "text"));
    }
    return out;
  }

  private static List<String> lines(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fallback() {
    System.err.println("benchmarks: " + DATA.toAbsolutePath() + " not found; using the bundled sample"
        + " article, which repeats every few K characters: figures are inflated and not comparable");
    try (var in = Corpora.class.getResourceAsStream("/io/github/propre/cli/sample/aes-russie.txt")) {
      if (in == null) {
        throw new IllegalStateException("the bundled sample article is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Hostile inputs: what a scanner with backtracking or nested loops would choke on. */
  public static String hostile(String kind, int size) {
    StringBuilder sb = new StringBuilder(size + 16);
    switch (kind) {
      case "guillemets" -> repeat(sb, "«", size);
      case "apostrophes" -> repeat(sb, "'", size);
      case "hyphens" -> repeat(sb, "-", size);
      case "oneParagraph" -> sb.append(get("varied", size).replace('\n', ' '));
      case "nbspDigits" -> repeat(sb, "123\u00A0", size);
      default -> throw new IllegalArgumentException("kind: expected guillemets, apostrophes, hyphens,"
          + " oneParagraph or nbspDigits, got " + kind);
    }
    sb.setLength(size);
    return sb.toString();
  }

  private static void repeat(StringBuilder sb, String unit, int size) {
    while (sb.length() < size) {
      sb.append(unit);
    }
  }

  /** Reads one string field of a flat JSON line; enough for the data files' {@code "text"} field. */
  static final class JsonField {
    private JsonField() {}

    static String string(String json, String field) {
      String key = "\"" + field + "\"";
      int k = json.indexOf(key);
      if (k < 0) {
        throw new IllegalArgumentException("no field " + field);
      }
      int i = json.indexOf('"', json.indexOf(':', k + key.length()) + 1) + 1;
      StringBuilder sb = new StringBuilder();
      while (true) {
        char c = json.charAt(i++);
        if (c == '"') {
          return sb.toString();
        }
        if (c == '\\') {
          char e = json.charAt(i++);
          switch (e) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'r' -> sb.append('\r');
            case 'u' -> {
              sb.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
              i += 4;
            }
            default -> sb.append(e);
          }
        } else {
          sb.append(c);
        }
      }
    }
  }
}
