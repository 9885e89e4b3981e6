package io.github.propre.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Parses the lower-case names of the option enums, with errors that list the allowed values. */
final class Options {
  private Options() {}

  /** Returns the constant of {@code type} named {@code value} (any case). */
  static <E extends Enum<E>> E parse(Class<E> type, String setting, String value) {
    Objects.requireNonNull(value, setting);
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.trim())) {
        return e;
      }
    }
    throw new IllegalArgumentException(setting + ": expected one of " + names(type) + ", got '"
        + value + "'");
  }

  /** Returns the lower-case names of {@code type}'s constants, in declaration order. */
  static <E extends Enum<E>> List<String> names(Class<E> type) {
    List<String> out = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      out.add(e.name().toLowerCase(Locale.ROOT));
    }
    return List.copyOf(out);
  }
}
