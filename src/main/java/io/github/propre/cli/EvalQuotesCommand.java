package io.github.propre.cli;

import io.github.propre.internal.Json;
import io.github.propre.quote.Quote;
import io.github.propre.quote.QuoteExtractor;
import io.github.propre.text.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code propre eval-quotes FILE}: scores the quote extractor on gold quotations (the JSON Lines
 * format of {@code fr-litbank-dev/citations.jsonl}) and lists what it got wrong.
 */
final class EvalQuotesCommand implements Command {

  @Override
  public String name() {
    return "eval-quotes";
  }

  @Override
  public String summary() {
    return "score quote extraction against gold quotations (F1, speaker accuracy)";
  }

  @Override
  public String help() {
    return """
        Usage: propre eval-quotes FILE [--min-f1-80 X] [--min-exact-f1 Y] [--min-speaker Z] [--show N]

        Scores the quotes found by the extractor against the gold quotations of FILE, JSON Lines with
        one document a line: {"id", "text", "quotes": [{"fragments": [[start, end], ...],
        "source": {"fragments": ...} or null, "introducer": ... or null}, ...]}.

        Each quote is reduced to the characters of its parts, each part trimmed of spaces, quotation
        marks, dashes and edge punctuation. Gold and predicted quotes are matched one to one, best
        overlap first; the overlap of two quotes is their shared characters over the size of the
        larger one. Precision, recall and F1 are given at overlap >= 0.3, >= 0.8 and exact. Speaker
        accuracy is the share of quotes matched at >= 0.3 with a gold speaker whose predicted speaker
        overlaps it. Fragments (titles, terms) are not claimed to be speech and are not scored, so
        unannotated guillemets cost only when the extractor calls them speech.

        Options (percentages, 0 to 100; exit code 3 if a result is below its target):
          --min-f1-80 X     F1 at overlap >= 0.8
          --min-exact-f1 Y  F1 on exact matches
          --min-speaker Z   speaker accuracy
          --show N          list at most N quotes of each kind of error (default 10; 0 for none)
        """;
  }

  @Override
  public int run(List<String> argv, Terminal io) throws UsageException, IOException {
    Args a = Args.parse(argv, Set.of("min-f1-80", "min-exact-f1", "min-speaker", "show"), Set.of());
    if (a.operands().size() != 1) {
      throw new UsageException("eval-quotes: expected one FILE, got " + a.operands().size());
    }
    double minF1 = a.number("min-f1-80", 0, 0, 100);
    double minExact = a.number("min-exact-f1", 0, 0, 100);
    double minSpeaker = a.number("min-speaker", 0, 0, 100);
    int show = a.integer("show", 10, 0, Integer.MAX_VALUE);
    List<Doc> docs = read(io, a.operands().get(0));
    Report r = evaluate(QuoteExtractor.standard(), docs);
    r.print(io, show);
    List<String> below = new ArrayList<>();
    if (r.f1(1) < minF1) {
      below.add(String.format(Locale.ROOT, "F1 at 0.8 %.1f < %.1f", r.f1(1), minF1));
    }
    if (r.f1(2) < minExact) {
      below.add(String.format(Locale.ROOT, "exact F1 %.1f < %.1f", r.f1(2), minExact));
    }
    if (r.speakerAccuracy() < minSpeaker) {
      below.add(String.format(Locale.ROOT, "speaker accuracy %.1f < %.1f", r.speakerAccuracy(), minSpeaker));
    }
    if (!below.isEmpty()) {
      io.err.println("propre: eval-quotes: below target: " + String.join("; ", below));
      return Main.BELOW_TARGET;
    }
    return Main.OK;
  }

  /** One gold document. */
  record Doc(String id, String text, List<QuoteScorer.Item> gold) {}

  static List<Doc> read(Terminal io, String file) throws UsageException, IOException {
    List<Doc> docs = new ArrayList<>();
    try (Terminal.Utf8Input in = io.open(file)) {
      String line;
      int lineNo = 0;
      while ((line = in.reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          docs.add(parse(Json.object(Json.parse(line))));
        } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
          throw new UsageException("cannot read " + file + " line " + lineNo
              + ": expected a gold document {\"id\", \"text\", \"quotes\"}: " + e.getMessage());
        }
      }
      in.reportMalformed(io);
    }
    if (docs.isEmpty()) {
      throw new UsageException("cannot read " + file + ": no documents");
    }
    return docs;
  }

  private static Doc parse(Map<String, Object> o) {
    String id = String.valueOf(o.get("id"));
    String text = (String) o.get("text");
    if (text == null) {
      throw new IllegalArgumentException("missing \"text\"");
    }
    List<QuoteScorer.Item> gold = new ArrayList<>();
    for (Object qo : Json.array(o.get("quotes"))) {
      Map<String, Object> q = Json.object(qo);
      List<Span> frags = spans(q.get("fragments"));
      int[] iv = QuoteScorer.intervals(text, frags);
      Span span = new Span(frags.get(0).start(), frags.get(frags.size() - 1).end());
      gold.add(new QuoteScorer.Item(iv, QuoteScorer.size(iv), span, role(q.get("source")),
          role(q.get("introducer")), "gold"));
    }
    return new Doc(id, text, gold);
  }

  private static Span role(Object o) {
    if (o == null) {
      return null;
    }
    List<Span> s = spans(Json.object(o).get("fragments"));
    return s.isEmpty() ? null : new Span(s.get(0).start(), s.get(s.size() - 1).end());
  }

  private static List<Span> spans(Object o) {
    List<Span> out = new ArrayList<>();
    for (Object f : Json.array(o)) {
      List<Object> pair = Json.array(f);
      out.add(new Span(Json.integer(pair.get(0)), Json.integer(pair.get(1))));
    }
    out.sort(null);
    return out;
  }

  /** Scores {@code extractor} on {@code docs}. */
  static Report evaluate(QuoteExtractor extractor, List<Doc> docs) {
    Report r = new Report();
    for (Doc d : docs) {
      List<QuoteScorer.Item> pred = new ArrayList<>();
      for (Quote q : extractor.extract(d.text)) {
        if (q.kind() == Quote.Kind.FRAGMENT) {
          r.fragments++;
          continue;
        }
        pred.add(QuoteScorer.predicted(d.text, q));
      }
      r.add(d, pred);
    }
    return r;
  }

  /** The scores and error lists of one evaluation. */
  static final class Report {
    final int[] matched = new int[3];
    int gold;
    int predicted;
    int fragments;
    int withSpeaker;
    int speakerRight;
    int withVerb;
    int verbRight;
    final List<String> missed = new ArrayList<>();
    final List<String> inexact = new ArrayList<>();
    final List<String> spurious = new ArrayList<>();
    final List<String> wrongSpeaker = new ArrayList<>();

    void add(Doc d, List<QuoteScorer.Item> pred) {
      gold += d.gold.size();
      predicted += pred.size();
      int[][] m = new int[3][];
      for (int t = 0; t < 3; t++) {
        m[t] = QuoteScorer.match(d.gold, pred, QuoteScorer.THRESHOLDS[t]);
        for (int p : m[t]) {
          if (p >= 0) {
            matched[t]++;
          }
        }
      }
      boolean[] predMatched = new boolean[pred.size()];
      for (int g = 0; g < d.gold.size(); g++) {
        QuoteScorer.Item gi = d.gold.get(g);
        int p = m[0][g];
        if (p >= 0) {
          predMatched[p] = true;
          QuoteScorer.Item pi = pred.get(p);
          if (gi.speaker() != null) {
            withSpeaker++;
            if (pi.speaker() != null && pi.speaker().overlaps(gi.speaker())) {
              speakerRight++;
            } else {
              wrongSpeaker.add(d.id + " " + show(d.text, gi) + "\n      gold speaker: "
                  + text(d.text, gi.speaker()) + "; predicted: " + text(d.text, pi.speaker())
                  + context(d.text, pi));
            }
          }
          if (gi.verb() != null) {
            withVerb++;
            if (pi.verb() != null && pi.verb().overlaps(gi.verb())) {
              verbRight++;
            }
          }
        }
        if (m[1][g] < 0) {
          missed.add(d.id + " " + show(d.text, gi) + (p >= 0 ? "\n      best: " + show(d.text, pred.get(p))
              : ""));
        } else if (m[2][g] < 0) {
          inexact.add(d.id + " gold " + show(d.text, gi) + "\n      got  " + show(d.text, pred.get(m[1][g])));
        }
      }
      for (int p = 0; p < pred.size(); p++) {
        if (!predMatched[p]) {
          spurious.add(d.id + " " + show(d.text, pred.get(p)) + context(d.text, pred.get(p)));
        }
      }
    }

    private static String text(String text, Span s) {
      return s == null ? "(none)" : "'" + s.textIn(text) + "' " + s;
    }

    private static String context(String text, QuoteScorer.Item i) {
      int a = Math.max(0, i.span().start() - 60);
      int b = Math.min(text.length(), i.span().end() + 60);
      return "\n      in: " + flat(text.substring(a, b));
    }

    private static String show(String text, QuoteScorer.Item i) {
      StringBuilder sb = new StringBuilder(i.label()).append(' ').append(i.span()).append(' ');
      int[] iv = i.intervals();
      for (int k = 0; k < iv.length; k += 2) {
        if (k > 0) {
          sb.append(" | ");
        }
        sb.append(text, iv[k], iv[k + 1]);
      }
      return flat(sb.length() > 220 ? sb.substring(0, 200) + " …" : sb.toString());
    }

    private static String flat(String s) {
      return s.replace('\n', '¶');
    }

    double precision(int t) {
      return predicted == 0 ? 0 : 100.0 * matched[t] / predicted;
    }

    double recall(int t) {
      return gold == 0 ? 0 : 100.0 * matched[t] / gold;
    }

    double f1(int t) {
      double p = precision(t);
      double r = recall(t);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double speakerAccuracy() {
      return withSpeaker == 0 ? 0 : 100.0 * speakerRight / withSpeaker;
    }

    void print(Terminal io, int show) {
      io.out.printf(Locale.ROOT, "%d gold quotes, %d predicted (speech and dialogue), %d fragments not scored%n",
          gold, predicted, fragments);
      String[] names = {"overlap >= 0.3", "overlap >= 0.8", "exact         "};
      for (int t = 0; t < 3; t++) {
        io.out.printf(Locale.ROOT, "%s  P %5.1f  R %5.1f  F1 %5.1f%n", names[t], precision(t), recall(t), f1(t));
      }
      io.out.printf(Locale.ROOT, "speaker right for %.1f %% of %d matched quotes with a gold speaker"
          + " (verb right for %.1f %% of %d)%n", speakerAccuracy(), withSpeaker,
          withVerb == 0 ? 0.0 : 100.0 * verbRight / withVerb, withVerb);
      list(io, "missed (no predicted quote at overlap >= 0.8)", missed, show);
      list(io, "inexact (matched at >= 0.8, not exactly)", inexact, show);
      list(io, "spurious (no gold quote at overlap >= 0.3)", spurious, show);
      list(io, "wrong speaker", wrongSpeaker, show);
    }

    private static void list(Terminal io, String title, List<String> items, int show) {
      if (show == 0 || items.isEmpty()) {
        return;
      }
      io.out.printf(Locale.ROOT, "%n%s: %d%n", title, items.size());
      for (int i = 0; i < Math.min(show, items.size()); i++) {
        io.out.println("  " + items.get(i));
      }
    }
  }
}
