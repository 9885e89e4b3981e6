package io.github.propre.quote;

import io.github.propre.internal.WordLists;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A small French conjugator: every simple-tense form and participle of a verb, from its infinitive
 * and its conjugation pattern.
 *
 * <p>First-group verbs ({@code er}) follow the spelling rules of the infinitive: {@code c} becomes
 * {@code ç} and {@code g} becomes {@code ge} before {@code a} and {@code o} ({@code annonça},
 * {@code songeait}); a last {@code e} or {@code é} before one consonant becomes {@code è} before a
 * silent ending ({@code lève}, {@code répète}); {@code oy}/{@code uy} become {@code oi}/{@code ui}
 * and {@code ay} has both spellings ({@code aboie}, {@code bégaie}/{@code bégaye}). The pattern
 * {@code er2} doubles the consonant instead ({@code appelle}, {@code jette}). Pattern {@code ir}
 * is the second group ({@code gémissait}). Any other pattern names a third-group model of
 * {@code conjugation-models.txt} given by its principal parts.
 *
 * <p>Tenses: indicative present, imparfait, passé simple and future, conditional, subjunctive present
 * and imperfect, the participles and the infinitive (the imperative's forms are present forms).
 * Compound tenses are an auxiliary form followed by a past participle; the auxiliaries {@code avoir}
 * and {@code être} are models too.
 *
 * <p>Immutable and thread-safe once loaded.
 */
final class Conjugator {
  /** A finite form: indicative, conditional or subjunctive. */
  static final int FINITE = 1;
  /** A past participle, in any gender and number. */
  static final int PAST_PARTICIPLE = 2;
  /** A present participle ({@code disant}). */
  static final int PRESENT_PARTICIPLE = 4;
  /** The infinitive. */
  static final int INFINITIVE = 8;

  /** Receives each generated form with its kind. */
  interface Sink {
    void accept(String form, int kind);
  }

  private static final String[] IMPARFAIT = {"ais", "ais", "ait", "ions", "iez", "aient"};
  private static final String[] FUTURE = {"ai", "as", "a", "ons", "ez", "ont"};
  private static final String[] SUBJUNCTIVE = {"e", "es", "e", "ions", "iez", "ent"};

  private final Map<String, Model> models;

  private Conjugator(Map<String, Model> models) {
    this.models = models;
  }

  /** Returns the conjugator with the models of {@code conjugation-models.txt}. */
  static Conjugator load() {
    String name = "conjugation-models.txt";
    return parse(WordLists.lines(Conjugator.class, name), name);
  }

  /**
   * Returns the conjugator with the models of {@code lines}, read as lines of the resource {@code name}
   * (which error messages name). Package-private for the tests of a malformed resource.
   *
   * @throws IllegalStateException if a line is no well-formed model
   */
  static Conjugator parse(List<WordLists.Line> lines, String name) {
    Map<String, Model> models = new HashMap<>();
    for (WordLists.Line line : lines) {
      Model m = Model.parse(line.text(), name + ":" + line.number());
      models.put(m.name, m);
    }
    return new Conjugator(models);
  }

  /** Returns true if {@code pattern} is {@code er}, {@code er2}, {@code ir} or a model name. */
  boolean knowsPattern(String pattern) {
    return pattern.equals("er") || pattern.equals("er2") || pattern.equals("ir")
        || models.containsKey(pattern);
  }

  /**
   * Sends every form of {@code infinitive} (without a reflexive {@code se}/{@code s'}) to {@code out}.
   *
   * @throws IllegalArgumentException if the pattern is unknown or does not fit the infinitive
   */
  void conjugate(String infinitive, String pattern, Sink out) {
    Objects.requireNonNull(infinitive, "infinitive");
    Objects.requireNonNull(pattern, "pattern");
    switch (pattern) {
      case "er", "er2" -> {
        requireSuffix(infinitive, "er", pattern);
        firstGroup(infinitive, pattern.equals("er2"), out);
      }
      case "ir" -> {
        requireSuffix(infinitive, "ir", pattern);
        secondGroup(infinitive, out);
      }
      default -> {
        Model m = models.get(pattern);
        if (m == null) {
          throw new IllegalArgumentException("pattern: expected er, er2, ir or one of "
              + new java.util.TreeSet<>(models.keySet()) + ", got '" + pattern + "' for " + infinitive);
        }
        requireSuffix(infinitive, m.suffix, pattern);
        m.conjugate(infinitive.substring(0, infinitive.length() - m.suffix.length()), out);
      }
    }
    out.accept(infinitive, INFINITIVE);
  }

  private static void requireSuffix(String infinitive, String suffix, String pattern) {
    if (!infinitive.endsWith(suffix)) {
      throw new IllegalArgumentException("infinitive: pattern " + pattern + " expects a verb ending in -"
          + suffix + ", got '" + infinitive + "'");
    }
  }

  private static void firstGroup(String inf, boolean doubleConsonant, Sink out) {
    String stem = inf.substring(0, inf.length() - 2);
    // Before a, â, o: ç and ge keep the soft sound.
    String soft = stem.endsWith("c") ? stem.substring(0, stem.length() - 1) + "ç"
        : stem.endsWith("g") ? stem + "e" : stem;
    String[] heavies = heavyStems(stem, doubleConsonant);
    for (String heavy : heavies) {
      // Present singular and third plural, and the same forms of the subjunctive.
      emit(out, FINITE, heavy + "e", heavy + "es", heavy + "ent");
      emitAll(out, FINITE, heavy + "er", FUTURE, 0, 6);
      emitAll(out, FINITE, heavy + "er", IMPARFAIT, 0, 6);
    }
    // Future and conditional: where the é of the stem became è (répète), the traditional spelling
    // keeps é (répéterai), the 1990 one has è. Not for another é of the stem (élever: élèverai only).
    if (!heavies[0].equals(stem) && heavies[0].replace('è', 'é').equals(stem)) {
      emitAll(out, FINITE, stem + "er", FUTURE, 0, 6);
      emitAll(out, FINITE, stem + "er", IMPARFAIT, 0, 6);
    }
    emit(out, FINITE, soft + "ons", stem + "ez");
    emit(out, FINITE, soft + "ais", soft + "ait", stem + "ions", stem + "iez", soft + "aient");
    emit(out, FINITE, soft + "ai", soft + "as", soft + "a", soft + "âmes", soft + "âtes", stem + "èrent");
    emit(out, FINITE, soft + "asse", soft + "asses", soft + "ât", soft + "assions", soft + "assiez",
        soft + "assent");
    participles(out, stem + "é");
    out.accept(soft + "ant", PRESENT_PARTICIPLE);
  }

  /**
   * Returns the stems used before a silent ending: {@code lèv}, {@code répèt}, {@code appell},
   * {@code aboi}; two for {@code -ayer} verbs ({@code bégai}, {@code bégay}); the stem itself if
   * nothing changes.
   */
  static String[] heavyStems(String stem, boolean doubleConsonant) {
    int n = stem.length();
    if (stem.endsWith("oy") || stem.endsWith("uy")) {
      return new String[] {stem.substring(0, n - 1) + "i"};
    }
    if (stem.endsWith("ay")) {
      return new String[] {stem.substring(0, n - 1) + "i", stem};
    }
    if (doubleConsonant) {
      return new String[] {stem + stem.charAt(n - 1)};
    }
    // Find the last vowel, reading "gu" and "qu" as consonants.
    int i = n - 1;
    int consonants = 0;
    while (i >= 0) {
      char c = stem.charAt(i);
      if (c == 'u' && i > 0 && (stem.charAt(i - 1) == 'g' || stem.charAt(i - 1) == 'q')) {
        consonants++;
        i -= 2;
        continue;
      }
      if (isVowel(c)) {
        break;
      }
      consonants++;
      i--;
    }
    if (i < 0 || consonants == 0) {
      return new String[] {stem};
    }
    char v = stem.charAt(i);
    boolean digraph = i > 0 && isVowel(stem.charAt(i - 1));
    boolean singleConsonant = consonants == 1 && stem.charAt(n - 1) != 'x';
    if (v == 'é' || v == 'e' && singleConsonant && !digraph) {
      return new String[] {stem.substring(0, i) + "è" + stem.substring(i + 1)};
    }
    return new String[] {stem};
  }

  private static boolean isVowel(char c) {
    return "aeiouyéèêëàâîïôûùü".indexOf(c) >= 0;
  }

  private static void secondGroup(String inf, Sink out) {
    String stem = inf.substring(0, inf.length() - 2);
    emit(out, FINITE, stem + "is", stem + "it", stem + "issons", stem + "issez", stem + "issent");
    emitAll(out, FINITE, stem + "iss", IMPARFAIT, 0, 6);
    emit(out, FINITE, stem + "îmes", stem + "îtes", stem + "irent");
    emitAll(out, FINITE, inf, FUTURE, 0, 6);
    emitAll(out, FINITE, inf, IMPARFAIT, 0, 6);
    emitAll(out, FINITE, stem + "iss", SUBJUNCTIVE, 0, 6);
    out.accept(stem + "ît", FINITE);
    participles(out, stem + "i");
    out.accept(stem + "issant", PRESENT_PARTICIPLE);
  }

  /** Sends the four forms of a past participle: {@code dit dite dits dites}, {@code pris prise}. */
  static void participles(Sink out, String pp) {
    out.accept(pp, PAST_PARTICIPLE);
    out.accept(pp + "e", PAST_PARTICIPLE);
    out.accept(pp.endsWith("s") || pp.endsWith("x") ? pp : pp + "s", PAST_PARTICIPLE);
    out.accept(pp + "es", PAST_PARTICIPLE);
  }

  private static void emit(Sink out, int kind, String... forms) {
    for (String f : forms) {
      out.accept(f, kind);
    }
  }

  private static void emitAll(Sink out, int kind, String stem, String[] endings, int from, int to) {
    for (int i = from; i < to; i++) {
      out.accept(stem + endings[i], kind);
    }
  }

  /** A third-group model given by its principal parts (see conjugation-models.txt). */
  private static final class Model {
    final String name;
    final String suffix;
    String[] singular;
    String plural;
    String plural3;
    String psStem;
    String psVowel;
    String future;
    String pastParticiple;
    String secondPlural;
    String thirdPlural;
    String subjunctiveStem;
    String[] subjunctive6;
    String[] present6;
    String imparfaitStem;
    String presentParticiple;

    private Model(String name, String suffix) {
      this.name = name;
      this.suffix = suffix;
    }

    static Model parse(String line, String where) {
      String[] cols = line.split("\\s+");
      if (cols.length < 2) {
        throw new IllegalStateException(where + ": expected a model name and a suffix");
      }
      Model m = new Model(cols[0], cols[1]);
      for (int i = 2; i < cols.length; i++) {
        int eq = cols[i].indexOf('=');
        if (eq <= 0) {
          throw new IllegalStateException(where + ": expected key=value, got '" + cols[i] + "'");
        }
        String key = cols[i].substring(0, eq);
        String value = piece(cols[i].substring(eq + 1));
        switch (key) {
          case "sg" -> m.singular = pieces(value, 3, where);
          case "pl" -> m.plural = value;
          case "pl3" -> m.plural3 = value;
          case "ps" -> {
            int colon = value.indexOf(':');
            if (colon < 0) {
              throw new IllegalStateException(where + ": ps= expects stem:vowel, got '" + value + "'");
            }
            m.psStem = piece(value.substring(0, colon));
            m.psVowel = value.substring(colon + 1);
            if (!m.psVowel.equals("i") && !m.psVowel.equals("u") && !m.psVowel.equals("in")) {
              throw new IllegalStateException(where + ": passé simple vowel must be i, u or in, got '"
                  + m.psVowel + "'");
            }
          }
          case "fut" -> m.future = value;
          case "pp" -> m.pastParticiple = value;
          case "2pl" -> m.secondPlural = value;
          case "3pl" -> m.thirdPlural = value;
          case "subj" -> m.subjunctiveStem = value;
          case "subj6" -> m.subjunctive6 = pieces(value, 6, where);
          case "present" -> m.present6 = pieces(value, 6, where);
          case "imp" -> m.imparfaitStem = value;
          case "ppr" -> m.presentParticiple = value;
          default -> throw new IllegalStateException(where + ": unknown key '" + key
              + "'; expected sg, pl, pl3, ps, fut, pp, 2pl, 3pl, subj, subj6, present, imp or ppr");
        }
      }
      if (m.singular == null || m.plural == null || m.plural3 == null || m.psStem == null
          || m.future == null || m.pastParticiple == null) {
        throw new IllegalStateException(where + ": model " + m.name
            + " needs sg=, pl=, pl3=, ps=, fut= and pp=");
      }
      return m;
    }

    private static String piece(String s) {
      return s.equals("-") ? "" : s;
    }

    private static String[] pieces(String value, int count, String where) {
      String[] p = value.split(",", -1);
      if (p.length != count) {
        throw new IllegalStateException(where + ": expected " + count + " comma-separated forms, got '"
            + value + "'");
      }
      for (int i = 0; i < p.length; i++) {
        p[i] = piece(p[i]);
      }
      return p;
    }

    void conjugate(String prefix, Sink out) {
      String pl = prefix + plural;
      if (present6 != null) {
        for (String f : present6) {
          out.accept(prefix + f, FINITE);
        }
      } else {
        for (String s : singular) {
          out.accept(prefix + s, FINITE);
        }
        out.accept(pl + "ons", FINITE);
        out.accept(secondPlural != null ? prefix + secondPlural : pl + "ez", FINITE);
        out.accept(thirdPlural != null ? prefix + thirdPlural : prefix + plural3 + "ent", FINITE);
      }
      String imp = imparfaitStem != null ? prefix + imparfaitStem : pl;
      emitAll(out, FINITE, imp, IMPARFAIT, 0, 6);
      String ps = prefix + psStem;
      String v = psVowel;
      String hat = v.equals("i") ? "î" : v.equals("u") ? "û" : "în";
      emit(out, FINITE, ps + v + "s", ps + v + "t", ps + hat + "mes", ps + hat + "tes",
          ps + v + "rent");
      emit(out, FINITE, ps + v + "sse", ps + v + "sses", ps + hat + "t", ps + v + "ssions",
          ps + v + "ssiez", ps + v + "ssent");
      emitAll(out, FINITE, prefix + future, FUTURE, 0, 6);
      emitAll(out, FINITE, prefix + future, IMPARFAIT, 0, 6);
      if (subjunctive6 != null) {
        for (String f : subjunctive6) {
          out.accept(prefix + f, FINITE);
        }
      } else if (subjunctiveStem != null) {
        emitAll(out, FINITE, prefix + subjunctiveStem, SUBJUNCTIVE, 0, 6);
      } else {
        emitAll(out, FINITE, prefix + plural3, SUBJUNCTIVE, 0, 3);
        out.accept(prefix + plural3 + "ent", FINITE);
        out.accept(pl + "ions", FINITE);
        out.accept(pl + "iez", FINITE);
      }
      participles(out, prefix + pastParticiple);
      out.accept(presentParticiple != null ? prefix + presentParticiple : pl + "ant",
          PRESENT_PARTICIPLE);
    }
  }
}
