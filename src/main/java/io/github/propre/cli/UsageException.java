package io.github.propre.cli;

/** A mistake in the command line or an unreadable input: reported in one line, exit code 2. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
