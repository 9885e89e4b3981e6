package io.github.propre.quote;

import io.github.propre.internal.WordLists;
import java.util.List;

/**
 * The closed word classes of {@code attribution-words.txt}, as one lookup from a word to the bit
 * set of its classes. Loaded once; immutable and thread-safe.
 */
final class WordClasses {
  static final int SUBJECT_PRONOUN = 1;
  static final int INVERTED_SUBJECT = 1 << 1;
  static final int OBJECT_CLITIC = 1 << 2;
  static final int DETERMINER = 1 << 3;
  static final int TITLE = 1 << 4;
  static final int NAME_PARTICLE = 1 << 5;
  static final int PRONOUN_NP = 1 << 6;
  static final int CONNECTOR = 1 << 7;
  static final int PREPOSITION = 1 << 8;
  static final int SUBORDINATOR = 1 << 9;
  static final int RELATIVE = 1 << 10;
  static final int NOT_PARTICIPLE = 1 << 11;
  static final int TIME_NOUN = 1 << 12;
  static final int ADVERB = 1 << 13;
  static final int QUANTIFIER = 1 << 14;
  static final int SPEECH_NOUN = 1 << 15;
  static final int INTERJECTION = 1 << 16;
  static final int INCISE_CLITIC = 1 << 17;
  static final int NARRATION_CLITIC = 1 << 18;
  static final int INTERPOSED_TIME = 1 << 19;
  static final int INTERPOSED_PREPOSITION = 1 << 20;
  static final int FAIRE_COMPLEMENT = 1 << 21;
  static final int GOES_ON = 1 << 22;

  private static final List<String> NAMES = List.of("subject-pronoun", "inverted-subject",
      "object-clitic", "determiner", "title", "name-particle", "pronoun-np", "connector",
      "preposition", "subordinator", "relative", "not-participle", "time-noun", "adverb", "quantifier", "speech-noun", "interjection",
      "incise-clitic", "narration-clitic", "interposed-time", "interposed-preposition",
      "faire-complement", "goes-on");

  private static final WordTable TABLE = load();

  /** Calls {@code action} with every word that has a class of {@code classes}, and all its classes. */
  static void forEachWord(int classes, java.util.function.ObjIntConsumer<String> action) {
    TABLE.forEach((w, v) -> {
      if ((v & classes) != 0) {
        action.accept(w, v);
      }
    });
  }

  private WordClasses() {}

  /** Returns the classes of the word {@code s[start, end)}, 0 if it is in none. */
  static int of(char[] s, int start, int end) {
    return TABLE.get(s, start, end);
  }

  private static WordTable load() {
    String name = "attribution-words.txt";
    WordTable t = new WordTable(1024);
    int current = 0;
    for (WordLists.Line line : WordLists.lines(WordClasses.class, name)) {
      int lineNo = line.number();
      String l = line.text();
      if (l.startsWith("[")) {
        int i = NAMES.indexOf(l.substring(1, l.length() - 1));
        if (!l.endsWith("]") || i < 0) {
          throw new IllegalStateException(name + ":" + lineNo + ": unknown class " + l + "; expected one of "
              + NAMES);
        }
        current = 1 << i;
        continue;
      }
      if (current == 0) {
        throw new IllegalStateException(name + ":" + lineNo + ": words before the first [class]");
      }
      for (String w : l.split("\\s+")) {
        t.merge(w, current, (a, b) -> a | b);
      }
    }
    return t;
  }
}
