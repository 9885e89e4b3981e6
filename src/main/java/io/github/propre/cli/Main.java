package io.github.propre.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code propre} command line: {@code java -jar propre-cli.jar [COMMAND] [OPTIONS] [FILE]}.
 *
 * <p>Exit codes: 0 success, 1 internal error, 2 usage error or unreadable input, 3 an evaluation
 * below its {@code --min-*} target.
 */
public final class Main {

  /** Exit code of a successful run. */
  static final int OK = 0;
  /** Exit code of a bug: the message asks for a report. */
  static final int INTERNAL_ERROR = 1;
  /** Exit code of a usage mistake or an unreadable input. */
  static final int USAGE = 2;
  /** Exit code of an evaluation that scored below a target given with {@code --min-*}. */
  static final int BELOW_TARGET = 3;

  private Main() {}

  /** Returns every command, in the order {@code --help} lists them. */
  static List<Command> commands() {
    List<Command> all = new ArrayList<>();
    all.add(new SummaryCommand());
    all.add(new CleanCommand());
    all.add(new TokenizeCommand());
    all.add(new SentencesCommand());
    all.add(new EvalUdCommand());
    all.add(new DedupCommand());
    all.add(new QuotesCommand());
    all.add(new EvalQuotesCommand());
    return all;
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    int code = run(args, System.in, System.out, System.err, stderrIsTerminal());
    System.exit(code);
  }

  /** Runs the command line on the given streams and returns the exit code. */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean errIsTerminal) {
    Terminal io = new Terminal(in, out, err, errIsTerminal);
    try {
      return dispatch(Arrays.asList(args), io);
    } catch (UsageException e) {
      io.err.println("propre: " + e.getMessage());
      io.err.println("Try 'propre --help'.");
      return USAGE;
    } catch (IOException | UncheckedIOException e) {
      io.err.println("propre: input/output error: " + e.getMessage());
      return USAGE;
    } catch (RuntimeException | Error e) {
      io.err.println("propre: internal error, please report it with the input that caused it:");
      e.printStackTrace(io.err);
      return INTERNAL_ERROR;
    } finally {
      io.out.flush();
      io.err.flush();
    }
  }

  private static int dispatch(List<String> args, Terminal io) throws UsageException, IOException {
    List<Command> commands = commands();
    if (args.isEmpty()) {
      return find(commands, "summary").run(List.of(), io);
    }
    String first = args.get(0);
    if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
      if (args.size() > 1) {
        io.out.print(find(commands, args.get(1)).help());
      } else {
        io.out.print(overview(commands));
      }
      return OK;
    }
    if (first.equals("--version")) {
      io.out.println("propre " + version());
      return OK;
    }
    Command c = find(commands, first);
    List<String> rest = args.subList(1, args.size());
    if (rest.contains("--help") || rest.contains("-h")) {
      io.out.print(c.help());
      return OK;
    }
    return c.run(rest, io);
  }

  private static Command find(List<Command> commands, String name) throws UsageException {
    for (Command c : commands) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    List<String> names = new ArrayList<>();
    commands.forEach(c -> names.add(c.name()));
    throw new UsageException("unknown command '" + name + "'; expected one of " + names);
  }

  private static String overview(List<Command> commands) {
    StringBuilder sb = new StringBuilder();
    sb.append("Propre ").append(version()).append(": cleans and analyses French text.\n\n")
        .append("Usage: java -jar propre-cli.jar [COMMAND] [OPTIONS] [FILE]\n\n")
        .append("With no command, runs the whole pipeline on the bundled sample article.\n")
        .append("Commands read UTF-8 from FILE or standard input and write to standard output.\n\n")
        .append("Commands:\n");
    for (Command c : commands) {
      sb.append(String.format("  %-12s %s%n", c.name(), c.summary()));
    }
    sb.append("\n'propre COMMAND --help' describes a command.\n")
        .append("Exit codes: 0 success, 1 internal error, 2 usage error or unreadable input,\n")
        .append("3 evaluation below its --min-* target.\n");
    return sb.toString();
  }

  /**
   * Returns true if standard error is a terminal, so progress is worth showing. Java 17 cannot ask
   * for one stream alone; on Linux, /proc says where file descriptor 2 leads. Elsewhere, fall back to
   * {@link System#console()}, which needs both stdin and stdout on a terminal.
   */
  static boolean stderrIsTerminal() {
    try {
      java.nio.file.Path fd2 = java.nio.file.Path.of("/proc/self/fd/2");
      if (java.nio.file.Files.isSymbolicLink(fd2)) {
        String target = java.nio.file.Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or not allowed: fall back
    }
    return System.console() != null;
  }

  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "(development build)" : v;
  }
}
