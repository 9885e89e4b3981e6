package io.github.propre.cli;

import java.io.IOException;
import java.util.List;

/** One sub-command of {@code propre}: its name, its help, and what it does. */
interface Command {

  /** Returns the word that selects this command, such as {@code tokenize}. */
  String name();

  /** Returns a one-line description for the command list. */
  String summary();

  /** Returns the full help: usage line, options, output format. */
  String help();

  /**
   * Runs the command with its own arguments (the command name removed).
   *
   * @return the exit code: 0 on success; usage problems are thrown as {@link UsageException}
   */
  int run(List<String> args, Terminal io) throws UsageException, IOException;
}
