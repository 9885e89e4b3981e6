package io.github.propre.clean;

import io.github.propre.internal.WordLists;
import java.util.List;

/** Reads this package's data files (see {@link WordLists} for the format). */
final class Resources {
  private Resources() {}

  /** Returns the entries of resource {@code name} beside this class. */
  static List<String> lines(String name) {
    return WordLists.words(Resources.class, name);
  }
}
