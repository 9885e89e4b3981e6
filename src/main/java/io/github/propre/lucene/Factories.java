package io.github.propre.lucene;

import java.util.Locale;
import java.util.Map;

/** Argument checks shared by the factories, with messages that name the argument and allowed values. */
final class Factories {
  private Factories() {}

  static void rejectUnknown(Map<String, String> args) {
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Removes {@code name} from {@code args} and returns the enum constant it names (case-insensitive). */
  static <E extends Enum<E>> E choice(Map<String, String> args, String name, Class<E> type, E dflt) {
    String v = args.remove(name);
    if (v == null) {
      return dflt;
    }
    StringBuilder allowed = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(v.trim())) {
        return e;
      }
      allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
    }
    throw new IllegalArgumentException(name + ": expected one of " + allowed + ", got \"" + v + "\"");
  }
}
