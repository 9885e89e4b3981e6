package io.github.propre.cli;

import io.github.propre.internal.Json;
import io.github.propre.text.Span;
import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.SentenceSplitter;
import io.github.propre.token.TokenCursor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores the tokenizer and the sentence splitter against a UD JSON Lines file, as
 * {@code ../shared/data/README.md} defines: token precision, recall and F1 over character spans (gold
 * spans rebuilt from {@code tokens} and {@code spaces_after}), each gold sentence tokenized alone; and
 * sentence F1 with the gold sentences joined {@value #SENTENCES_PER_PARAGRAPH} per paragraph by one
 * space. Keeps up to {@code show} disagreements of each kind. Not thread-safe.
 */
final class UdEvaluation {
  static final int SENTENCES_PER_PARAGRAPH = 20;

  private final boolean retypeset;
  private final int show;
  private final TokenCursor cursor = FrenchTokenizer.standard().cursor("");
  private final SentenceSplitter splitter = SentenceSplitter.standard();

  long sentences;
  long goldTokens;
  long systemTokens;
  long correctTokens;
  long goldSentences;
  long systemSentences;
  long correctSentences;
  final List<String> tokenDisagreements = new ArrayList<>();
  final List<String> sentenceDisagreements = new ArrayList<>();

  private final StringBuilder paragraph = new StringBuilder();
  private final List<Span> paragraphGold = new ArrayList<>();

  UdEvaluation(boolean retypeset, int show) {
    this.retypeset = retypeset;
    this.show = show;
  }

  /** Scores one JSON Lines record; throws IllegalArgumentException naming the problem if malformed. */
  void addJson(String line) {
    Map<String, Object> o = Json.object(Json.parse(line));
    Object text = o.get("text");
    if (!(text instanceof String)) {
      throw new IllegalArgumentException("expected a \"text\" string");
    }
    List<String> tokens = new ArrayList<>();
    for (Object t : Json.array(o.get("tokens"))) {
      if (!(t instanceof String s)) {
        throw new IllegalArgumentException("expected \"tokens\" to hold strings");
      }
      tokens.add(s);
    }
    List<Boolean> spaces = new ArrayList<>();
    Object sa = o.get("spaces_after");
    if (sa != null) {
      for (Object b : Json.array(sa)) {
        spaces.add(Boolean.TRUE.equals(b));
      }
    }
    Object id = o.get("id");
    add(id == null ? "#" + (sentences + 1) : id.toString(), (String) text, tokens, spaces);
  }

  /** Scores one gold sentence (re-typeset first if this evaluation was asked to). */
  void add(String id, String text, List<String> tokens, List<Boolean> spacesAfter) {
    add(id, text, tokens, spacesAfter, retypeset ? retypeset(text) : text);
  }

  /**
   * Scores one gold sentence whose tokens and spaces refer to {@code text}, tokenizing {@code input}
   * instead: a variant of {@code text} of the same length (re-typeset one character for one).
   */
  void add(String id, String text, List<String> tokens, List<Boolean> spacesAfter, String input) {
    if (input.length() != text.length()) {
      throw new IllegalArgumentException(id + ": the input must have the length of the gold text");
    }
    sentences++;
    List<Span> gold = goldSpans(id, text, tokens, spacesAfter);
    Set<Span> goldSet = new HashSet<>(gold);
    List<Span> system = new ArrayList<>();
    cursor.reset(input);
    while (cursor.next()) {
      system.add(Span.of(cursor.start(), cursor.end()));
    }
    int correct = 0;
    for (Span s : system) {
      if (goldSet.contains(s)) {
        correct++;
      }
    }
    goldTokens += gold.size();
    systemTokens += system.size();
    correctTokens += correct;
    if (correct != gold.size() || correct != system.size()) {
      describeTokens(id, input, gold, system);
    }
    addToParagraph(input);
    if (sentences % SENTENCES_PER_PARAGRAPH == 0) {
      flushParagraph();
    }
  }

  /** Scores the last, incomplete paragraph. */
  void finish() {
    flushParagraph();
  }

  private static List<Span> goldSpans(String id, String text, List<String> tokens, List<Boolean> spaces) {
    List<Span> out = new ArrayList<>(tokens.size());
    int p = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      while (!text.startsWith(t, p) && p < text.length() && Character.isWhitespace(text.charAt(p))) {
        p++;
      }
      if (t.isEmpty() || !text.startsWith(t, p)) {
        throw new IllegalArgumentException(id + ": gold token " + (i + 1) + " '" + t
            + "' is not in the text at offset " + p);
      }
      out.add(Span.of(p, p + t.length()));
      p += t.length();
      if (i < spaces.size() && spaces.get(i) && p < text.length() && text.charAt(p) == ' ') {
        p++;
      }
    }
    return out;
  }

  private void describeTokens(String id, String text, List<Span> gold, List<Span> system) {
    if (tokenDisagreements.size() >= show) {
      return;
    }
    Set<Span> g = new HashSet<>(gold);
    Set<Span> s = new HashSet<>(system);
    TreeSet<Span> wrong = new TreeSet<>();
    gold.stream().filter(x -> !s.contains(x)).forEach(wrong::add);
    system.stream().filter(x -> !g.contains(x)).forEach(wrong::add);
    // merge overlapping wrong spans into regions and show each region's gold and system tokens
    int regionStart = -1;
    int regionEnd = -1;
    for (Span w : wrong) {
      if (regionStart >= 0 && w.start() < regionEnd) {
        regionEnd = Math.max(regionEnd, w.end());
        continue;
      }
      if (regionStart >= 0) {
        region(id, text, gold, system, regionStart, regionEnd);
      }
      regionStart = w.start();
      regionEnd = w.end();
    }
    if (regionStart >= 0) {
      region(id, text, gold, system, regionStart, regionEnd);
    }
  }

  private void region(String id, String text, List<Span> gold, List<Span> system, int from, int to) {
    if (tokenDisagreements.size() >= show) {
      return;
    }
    tokenDisagreements.add(id + "  gold: " + join(text, gold, from, to) + "   system: "
        + join(text, system, from, to) + "   in: " + context(text, from, to));
  }

  private static String join(String text, List<Span> spans, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) {
      if (s.start() >= from && s.end() <= to) {
        if (sb.length() > 0) {
          sb.append(" · ");
        }
        sb.append(visible(text.substring(s.start(), s.end())));
      }
    }
    return sb.length() == 0 ? "(none)" : sb.toString();
  }

  private static String context(String text, int from, int to) {
    int a = Math.max(0, from - 25);
    int b = Math.min(text.length(), to + 25);
    return "«" + (a > 0 ? "…" : "") + visible(text.substring(a, b)) + (b < text.length() ? "…" : "") + "»";
  }

  private static String visible(String s) {
    return s.replace("\u202F", "⍽").replace("\u00A0", "⍽").replace("\n", "⏎");
  }

  private void addToParagraph(String text) {
    if (paragraph.length() > 0) {
      paragraph.append(' ');
    }
    int base = paragraph.length();
    paragraph.append(text);
    int s = 0;
    int e = text.length();
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      paragraphGold.add(Span.of(base + s, base + e));
    }
  }

  private void flushParagraph() {
    if (paragraph.length() == 0) {
      return;
    }
    String text = paragraph.toString();
    List<Span> system = splitter.split(text);
    Set<Span> gold = new HashSet<>(paragraphGold);
    int correct = 0;
    for (Span s : system) {
      if (gold.contains(s)) {
        correct++;
      }
    }
    goldSentences += paragraphGold.size();
    systemSentences += system.size();
    correctSentences += correct;
    Set<Integer> goldBreaks = new TreeSet<>();
    for (int i = 0; i + 1 < paragraphGold.size(); i++) {
      goldBreaks.add(paragraphGold.get(i).end());
    }
    Set<Integer> systemBreaks = new TreeSet<>();
    for (int i = 0; i + 1 < system.size(); i++) {
      systemBreaks.add(system.get(i).end());
    }
    for (int b : goldBreaks) {
      if (!systemBreaks.contains(b) && sentenceDisagreements.size() < show) {
        sentenceDisagreements.add("missed break: " + around(text, b));
      }
    }
    for (int b : systemBreaks) {
      if (!goldBreaks.contains(b) && sentenceDisagreements.size() < show) {
        sentenceDisagreements.add("false break:  " + around(text, b));
      }
    }
    paragraph.setLength(0);
    paragraphGold.clear();
  }

  private static String around(String text, int at) {
    int a = Math.max(0, at - 40);
    int b = Math.min(text.length(), at + 30);
    return "«" + (a > 0 ? "…" : "") + visible(text.substring(a, at)) + " ‖ "
        + visible(text.substring(at, b)).stripLeading() + (b < text.length() ? "…" : "") + "»";
  }

  /** Returns precision, recall, F1 in percent. */
  static double[] prf(long gold, long system, long correct) {
    double p = system == 0 ? 0 : 100.0 * correct / system;
    double r = gold == 0 ? 0 : 100.0 * correct / gold;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f};
  }

  double tokenF1() {
    return prf(goldTokens, systemTokens, correctTokens)[2];
  }

  double sentenceF1() {
    return prf(goldSentences, systemSentences, correctSentences)[2];
  }

  /**
   * Returns {@code text} typeset as French publishers do, one character for one so offsets hold: every
   * {@code '} becomes {@code ’}; the space before {@code ; : ! ? » % €}, after {@code «} and between
   * digit groups becomes a narrow no-break space (U+202F).
   */
  static String retypeset(String text) {
    char[] c = text.toCharArray();
    int n = c.length;
    for (int i = 0; i < n; i++) {
      char x = text.charAt(i);
      if (x == '\'') {
        c[i] = '’';
      } else if (x == ' ') {
        char next = i + 1 < n ? text.charAt(i + 1) : 0;
        char prev = i > 0 ? text.charAt(i - 1) : 0;
        if (next != 0 && ";:!?»%€".indexOf(next) >= 0 || prev == '«') {
          c[i] = '\u202F';
        } else if (isDigit(prev) && i + 3 < n && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))
            && isDigit(text.charAt(i + 3)) && (i + 4 >= n || !isDigit(text.charAt(i + 4)))) {
          c[i] = '\u202F';
        }
      }
    }
    return new String(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
