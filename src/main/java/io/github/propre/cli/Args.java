package io.github.propre.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options and operands of one command, checked against what the command accepts.
 *
 * <p>Options are {@code --name value}, {@code --name=value} or, for flags, {@code --name}; {@code --}
 * ends the options. Unknown options and missing values are usage errors that name the option.
 */
final class Args {
  private final Map<String, String> values = new HashMap<>();
  private final Set<String> flags = new HashSet<>();
  private final List<String> operands = new ArrayList<>();

  private Args() {}

  /**
   * Parses {@code argv}.
   *
   * @param valued options that take a value, without the leading dashes
   * @param flagNames options that take none
   */
  static Args parse(List<String> argv, Set<String> valued, Set<String> flagNames)
      throws UsageException {
    Args a = new Args();
    boolean optionsDone = false;
    for (int i = 0; i < argv.size(); i++) {
      String arg = argv.get(i);
      if (optionsDone || !arg.startsWith("--") || arg.equals("-")) {
        if (!optionsDone && arg.startsWith("-") && arg.length() > 1 && !arg.equals("-")) {
          throw new UsageException("unknown option '" + arg + "'; options start with --");
        }
        a.operands.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsDone = true;
        continue;
      }
      String name = arg.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (flagNames.contains(name)) {
        if (value != null) {
          throw new UsageException("option --" + name + " takes no value, got '" + value + "'");
        }
        a.flags.add(name);
      } else if (valued.contains(name)) {
        if (value == null) {
          if (i + 1 >= argv.size()) {
            throw new UsageException("option --" + name + " needs a value");
          }
          value = argv.get(++i);
        }
        a.values.put(name, value);
      } else {
        List<String> known = new ArrayList<>();
        valued.forEach(v -> known.add("--" + v));
        flagNames.forEach(f -> known.add("--" + f));
        known.sort(null);
        throw new UsageException("unknown option --" + name
            + (known.isEmpty() ? "; this command takes no options" : "; expected one of " + known));
      }
    }
    return a;
  }

  boolean flag(String name) {
    return flags.contains(name);
  }

  String value(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  String value(String name) {
    return values.get(name);
  }

  /** Returns the value of {@code name} as a number in {@code [min, max]}, or {@code fallback}. */
  double number(String name, double fallback, double min, double max) throws UsageException {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new UsageException("option --" + name + ": expected a number, got '" + v + "'");
    }
    if (!(d >= min && d <= max)) {
      throw new UsageException("option --" + name + ": expected a number from " + min + " to " + max
          + ", got " + v);
    }
    return d;
  }

  /** Returns the value of {@code name} as a whole number in {@code [min, max]}, or {@code fallback}. */
  int integer(String name, int fallback, int min, int max) throws UsageException {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    int d;
    try {
      d = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new UsageException("option --" + name + ": expected a whole number, got '" + v + "'");
    }
    if (d < min || d > max) {
      throw new UsageException("option --" + name + ": expected a whole number from " + min + " to "
          + max + ", got " + v);
    }
    return d;
  }

  /** Returns the value of {@code name}, which must be one of {@code allowed}, or {@code fallback}. */
  String choice(String name, String fallback, List<String> allowed) throws UsageException {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    if (!allowed.contains(v)) {
      throw new UsageException("option --" + name + ": expected one of " + allowed + ", got '" + v + "'");
    }
    return v;
  }

  List<String> operands() {
    return operands;
  }

  /** Returns the single optional file operand (null for standard input). */
  String optionalFile() throws UsageException {
    if (operands.size() > 1) {
      throw new UsageException("expected at most one FILE, got " + operands.size() + ": " + operands);
    }
    return operands.isEmpty() || operands.get(0).equals("-") ? null : operands.get(0);
  }
}
