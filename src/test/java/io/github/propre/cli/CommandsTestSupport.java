package io.github.propre.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and keeps what it printed. */
final class CommandsTestSupport {
  final int code;
  final String out;
  final String err;

  private CommandsTestSupport(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  static CommandsTestSupport run(String stdin, String... args) {
    return run(false, stdin, args);
  }

  /** Runs as if standard error were a terminal, where commands show progress and summaries. */
  static CommandsTestSupport runOnATerminal(String stdin, String... args) {
    return run(true, stdin, args);
  }

  private static CommandsTestSupport run(boolean errIsTerminal, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        errIsTerminal);
    return new CommandsTestSupport(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
