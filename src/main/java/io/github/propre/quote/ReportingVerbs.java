package io.github.propre.quote;

import io.github.propre.internal.WordLists;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The French reporting verbs ({@code dire}, {@code déclarer}, {@code s'écrier}, {@code murmurer},
 * ...) in all their conjugated forms, for recognising who says a quote.
 *
 * <p>The verbs and their conjugation patterns are the commented resource
 * {@code reporting-verbs.txt}; a small conjugator generates every simple-tense form (indicative,
 * conditional, subjunctive), both participles and the infinitive. Compound tenses are recognised as
 * an auxiliary ({@link #isAuxiliary}) followed by a past participle. Lookups fold case, read
 * {@code ’} as {@code '}, and allocate nothing.
 *
 * <p>Immutable and thread-safe; {@link #standard()} is loaded once.
 *
 * <pre>{@code
 * ReportingVerbs verbs = ReportingVerbs.standard();
 * verbs.lemma("répondit");         // Optional[répondre]
 * verbs.lemma("s’écria");          // Optional.empty: the pronoun is a word of its own
 * verbs.lemma("écria");            // Optional[s'écrier]
 * verbs.isReportingVerb("Ajouta"); // true
 * }</pre>
 */
public final class ReportingVerbs {
  static final int FINITE = Conjugator.FINITE;
  static final int PAST_PARTICIPLE = Conjugator.PAST_PARTICIPLE;
  static final int PRESENT_PARTICIPLE = Conjugator.PRESENT_PARTICIPLE;
  static final int INFINITIVE = Conjugator.INFINITIVE;
  /** The verb counts only in an incise or right after a quote, with an inverted subject. */
  static final int INCISE_ONLY = 16;
  /** The verb is reflexive ({@code s'écrier}): its pronoun belongs to the verb's mention. */
  static final int REFLEXIVE = 32;
  private static final int KIND_BITS = 6;
  /** The forms of avoir and être that can be a compound tense's auxiliary. */
  private static final int AUXILIARY_KINDS = FINITE | PRESENT_PARTICIPLE | INFINITIVE;

  /** Roles of {@link #inciseOpener}. */
  static final int OPENS_AS_VERB = 1;
  static final int OPENS_AS_AUXILIARY = 2;
  static final int OPENS_AS_CLITIC = 4;
  static final int PARTICIPLE = 8;
  static final int ADVERB = 16;

  private static final String RESOURCE = "reporting-verbs.txt";
  private static volatile ReportingVerbs standard;

  private final List<String> lemmas;
  private final List<String> patterns;
  private final List<Boolean> inciseOnly;
  private final WordTable forms;
  private final WordTable auxiliaries;
  /**
   * The words an incise can open with, by role ({@link #inciseOpener}): one lookup for the question
   * asked after every comma inside a quote, instead of three.
   */
  private final WordTable inciseOpeners;
  private final Conjugator conjugator;

  private ReportingVerbs(Conjugator conjugator, List<String> lemmas, List<String> patterns,
      List<Boolean> inciseOnly) {
    this.conjugator = conjugator;
    this.lemmas = List.copyOf(lemmas);
    this.patterns = List.copyOf(patterns);
    this.inciseOnly = List.copyOf(inciseOnly);
    this.forms = new WordTable(lemmas.size() * 80);
    for (int i = 0; i < lemmas.size(); i++) {
      int lemmaIndex = i;
      String lemma = lemmas.get(i).replace('\u2019', '\'');
      int flags = (inciseOnly.get(i) ? INCISE_ONLY : 0)
          | (lemma.startsWith("se ") || lemma.startsWith("s'") ? REFLEXIVE : 0);
      conjugator.conjugate(bareInfinitive(lemmas.get(i)), patterns.get(i), (form, kind) ->
          forms.merge(form, (lemmaIndex + 1) << KIND_BITS | kind | flags,
              (old, add) -> old & ~((1 << KIND_BITS) - 1) | (old | add) & ((1 << KIND_BITS) - 1)));
    }
    this.auxiliaries = new WordTable(200);
    for (String aux : new String[] {"avoir", "être"}) {
      conjugator.conjugate(aux, aux, (form, kind) -> auxiliaries.merge(form, kind, (a, b) -> a | b));
    }
    this.inciseOpeners = new WordTable(forms.size() + auxiliaries.size() + 512);
    forms.forEach((form, v) -> {
      int role = ((v & FINITE) != 0 ? OPENS_AS_VERB : 0) | ((v & PAST_PARTICIPLE) != 0 ? PARTICIPLE : 0);
      if (role != 0) {
        inciseOpeners.merge(form, role, (a, b) -> a | b);
      }
    });
    auxiliaries.forEach((form, v) -> {
      if ((v & AUXILIARY_KINDS) != 0) {
        inciseOpeners.merge(form, OPENS_AS_AUXILIARY, (a, b) -> a | b);
      }
    });
    WordClasses.forEachWord(WordClasses.INCISE_CLITIC,
        (w, v) -> inciseOpeners.merge(w, OPENS_AS_CLITIC, (a, b) -> a | b));
    WordClasses.forEachWord(WordClasses.ADVERB, (w, v) -> inciseOpeners.merge(w, ADVERB, (a, b) -> a | b));
  }

  /** Returns the verbs of the bundled resource. */
  public static ReportingVerbs standard() {
    ReportingVerbs s = standard;
    if (s == null) {
      synchronized (ReportingVerbs.class) {
        s = standard;
        if (s == null) {
          s = standard = load();
        }
      }
    }
    return s;
  }

  private static ReportingVerbs load() {
    return parse(Conjugator.load(), WordLists.lines(ReportingVerbs.class, RESOURCE));
  }

  /**
   * Returns the verbs of {@code lines}, read as lines of the bundled resource (which error messages
   * name). Package-private for the tests of a malformed resource.
   *
   * @throws IllegalStateException if a line has no pattern, an unknown pattern or an unknown flag
   */
  static ReportingVerbs parse(Conjugator conjugator, List<WordLists.Line> lines) {
    List<String> lemmas = new ArrayList<>();
    List<String> patterns = new ArrayList<>();
    List<Boolean> incise = new ArrayList<>();
    for (WordLists.Line line : lines) {
      int lineNo = line.number();
      String l = line.text();
      String[] cols = l.split("\\s+");
      int c = 0;
      String lemma = cols[c++];
      if ((lemma.equals("se") || lemma.equals("s'")) && cols.length > 1) {
        lemma = lemma + " " + cols[c++];
      }
      if (c >= cols.length) {
        throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected a pattern after " + lemma);
      }
      String pattern = cols[c++];
      boolean inciseOnly = false;
      for (; c < cols.length; c++) {
        if (!cols[c].equals("incise")) {
          throw new IllegalStateException(RESOURCE + ":" + lineNo + ": unknown flag '" + cols[c]
              + "'; expected incise");
        }
        inciseOnly = true;
      }
      if (!conjugator.knowsPattern(pattern)) {
        throw new IllegalStateException(RESOURCE + ":" + lineNo + ": unknown pattern '" + pattern + "'");
      }
      lemmas.add(lemma);
      patterns.add(pattern);
      incise.add(inciseOnly);
    }
    return new ReportingVerbs(conjugator, lemmas, patterns, incise);
  }

  /**
   * Returns a copy with one more verb.
   *
   * @param lemma the infinitive, with {@code se } or {@code s'} if reflexive
   * @param pattern {@code er}, {@code er2}, {@code ir} or a model of {@code conjugation-models.txt}
   *     such as {@code dire}, {@code prendre}, {@code rendre}
   * @throws IllegalArgumentException if the pattern is unknown or does not fit the infinitive
   */
  public ReportingVerbs withVerb(String lemma, String pattern) {
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pattern, "pattern");
    String bare = bareInfinitive(lemma.strip());
    if (bare.isEmpty()) {
      throw new IllegalArgumentException("lemma: expected an infinitive, got '" + lemma + "'");
    }
    conjugator.conjugate(bare, pattern, (f, k) -> { });
    List<String> l = new ArrayList<>(lemmas);
    List<String> p = new ArrayList<>(patterns);
    List<Boolean> i = new ArrayList<>(inciseOnly);
    l.add(lemma.strip().replace('\u2019', '\''));
    p.add(pattern);
    i.add(false);
    return new ReportingVerbs(conjugator, l, p, i);
  }

  private static String bareInfinitive(String lemma) {
    String l = lemma.replace('\u2019', '\'');
    if (l.startsWith("se ")) {
      return l.substring(3);
    }
    if (l.startsWith("s'")) {
      return l.substring(2).strip();
    }
    return l;
  }

  /** Returns the infinitives, in the order of the resource. */
  public List<String> lemmas() {
    return lemmas;
  }

  /** Returns true if {@code word} is a form of one of the verbs. */
  public boolean isReportingVerb(CharSequence word) {
    Objects.requireNonNull(word, "word");
    return forms.get(word) != 0;
  }

  /** Returns the infinitive of which {@code word} is a form, if any. */
  public Optional<String> lemma(CharSequence word) {
    Objects.requireNonNull(word, "word");
    int v = forms.get(word);
    return v == 0 ? Optional.empty() : Optional.of(lemmas.get((v >>> KIND_BITS) - 1));
  }

  /** Returns every generated form of {@code lemma} (one of {@link #lemmas()}), in generation order. */
  public Set<String> forms(String lemma) {
    Objects.requireNonNull(lemma, "lemma");
    int i = lemmas.indexOf(lemma);
    if (i < 0) {
      throw new IllegalArgumentException("lemma: expected one of the " + lemmas.size()
          + " reporting verbs, got '" + lemma + "'");
    }
    Set<String> out = new LinkedHashSet<>();
    conjugator.conjugate(bareInfinitive(lemma), patterns.get(i), (f, k) -> out.add(f));
    return Collections.unmodifiableSet(out);
  }

  /** Returns the kind bits of the word {@code s[start, end)} (0 if it is no form of these verbs). */
  int kinds(char[] s, int start, int end) {
    return forms.get(s, start, end) & ((1 << KIND_BITS) - 1);
  }

  /** Returns true if {@code s[start, end)} is a form of avoir or être (a compound tense's auxiliary). */
  boolean isAuxiliary(char[] s, int start, int end) {
    return (auxiliaries.get(s, start, end) & AUXILIARY_KINDS) != 0;
  }

  /**
   * Returns the roles {@code s[start, end)} can have at the start of an incise, 0 for none: {@link
   * #OPENS_AS_VERB} (a finite form of one of these verbs), {@link #OPENS_AS_AUXILIARY} ({@link
   * #isAuxiliary}), {@link #OPENS_AS_CLITIC} ({@link WordClasses#INCISE_CLITIC}), and, for the words
   * after an auxiliary, {@link #PARTICIPLE} (a past participle of one of these verbs) and {@link
   * #ADVERB} ({@link WordClasses#ADVERB}). One lookup.
   */
  int inciseOpener(char[] s, int start, int end) {
    return inciseOpeners.get(s, start, end);
  }

  /** Returns true if {@code s[start, end)} is a past participle of avoir or être ({@code eu}, {@code été}). */
  boolean isAuxiliaryParticiple(char[] s, int start, int end) {
    return (auxiliaries.get(s, start, end) & PAST_PARTICIPLE) != 0;
  }
}
