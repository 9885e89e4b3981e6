package io.github.propre.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.internal.Json;
import io.github.propre.testing.LinearTime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed bytes through the command line, in-process: invalid UTF-8, mixed encodings, NUL and
 * control bytes, odd line ends. Every command finishes with exit code 0, says on standard error how
 * much it could not decode, writes well-formed output (valid UTF-8, JSON that parses), never prints
 * a stack trace, and takes time linear in the input.
 */
class CliHostileInputTest {
  static final Charset CP1252 = Charset.forName("windows-1252");

  /** The output of one in-process run. */
  record Run(int code, byte[] out, String err) {
    String outText() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  static Run run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      b.writeBytes(p);
    }
    return b.toByteArray();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  /** Invalid UTF-8 of every kind: stray continuation, truncated, overlong, surrogate, out of range. */
  static final byte[] INVALID = concat(
      utf8("L’homme a dit « oui ».\nUn octet seul "), bytes(0x80), utf8(" ici.\n"),
      utf8("Tronqué "), bytes(0xC3), utf8("\n"),
      utf8("Trop long "), bytes(0xC0, 0xAF), utf8(" et substitut "), bytes(0xED, 0xA0, 0x80), utf8(".\n"),
      utf8("Hors plage "), bytes(0xF5, 0x80, 0x80, 0x80), utf8(" et "), bytes(0xFF, 0xFE), utf8(".\n"),
      utf8("Emoji coupé "), bytes(0xF0, 0x9F, 0x98), utf8("\n\n"),
      utf8("« Fin », dit-il.\n"));

  /** The commands that read text, with their output formats. */
  static List<String[]> readingCommands() {
    return List.of(
        new String[] {"tokenize"}, new String[] {"tokenize", "--format", "jsonl"},
        new String[] {"sentences"}, new String[] {"sentences", "--format", "jsonl"},
        new String[] {"quotes"}, new String[] {"quotes", "--format", "jsonl"},
        new String[] {"clean"}, new String[] {"clean", "--undecodable", "replace"},
        new String[] {"clean", "--charset", "auto", "--summary"},
        new String[] {"dedup"}, new String[] {"dedup", "--near"},
        new String[] {"summary", "-"});
  }

  static Stream<Arguments> commandArguments() {
    return readingCommands().stream().map(c -> Arguments.of((Object) c));
  }

  @ParameterizedTest
  @MethodSource("commandArguments")
  void invalidUtf8_isProcessedAndReported(String[] command) throws Exception {
    Run r = run(INVALID, command);
    assertEquals(Main.OK, r.code, r.err);
    assertNoStackTrace(r.err);
    if (Arrays.asList(command).contains("auto")) {
      // Detection picks a charset in which every byte is valid; what it chose, and how sure it was,
      // is the report.
      assertTrue(r.err.matches("(?s).*charset \\S+ \\(detected, confidence \\d+\\).*"), r.err);
    } else {
      assertTrue(r.err.contains("not valid") && r.err.matches("(?s).*\\b[1-9][0-9]* (malformed|undecodable).*"),
          () -> "no count of what could not be decoded: " + r.err);
    }
    checkOutput(command, INVALID, r);
  }

  /** The count the warning gives for tokenize is the number of U+FFFD the JDK decoder puts in. */
  @Test
  void invalidUtf8_countIsTheNumberOfReplacedSequences() {
    String decoded = new String(INVALID, StandardCharsets.UTF_8);
    long replaced = decoded.chars().filter(c -> c == 0xFFFD).count();
    Run r = run(INVALID, "tokenize");
    assertTrue(r.err.contains(": " + replaced + " malformed byte sequence(s)"), r.err);
  }

  /**
   * One input in four encodings: a UTF-8 byte order mark, UTF-8, Latin-1 and windows-1252 lines,
   * and a stretch of UTF-16LE with its NUL bytes. Every command reports and goes on; the cleaner
   * turns the Latin-1 and windows-1252 bytes back into the right letters.
   */
  static final byte[] MIXED = concat(bytes(0xEF, 0xBB, 0xBF),
      utf8("Première ligne en UTF-8 : l’été.\n"),
      "Deuxième ligne en Latin-1 : l'été à Noël.\n".getBytes(StandardCharsets.ISO_8859_1),
      "Troisième en windows-1252 : l’été « déjà » – fin…\n".getBytes(CP1252),
      "Quatrième en UTF-16 : été\n".getBytes(StandardCharsets.UTF_16LE),
      utf8("Dernière ligne.\n"));

  @ParameterizedTest
  @MethodSource("commandArguments")
  void mixedEncodings_areProcessedAndReported(String[] command) throws Exception {
    Run r = run(MIXED, command);
    assertEquals(Main.OK, r.code, r.err);
    assertNoStackTrace(r.err);
    assertTrue(r.err.contains("not valid") || r.err.contains("(detected"), () -> "nothing reported: " + r.err);
    checkOutput(command, MIXED, r);
  }

  @Test
  void mixedEncodings_cleanRestoresTheLettersOfEachLine() {
    Run r = run(MIXED, "clean");
    String out = r.outText();
    assertTrue(out.contains("Deuxième ligne en Latin-1 : l’été à Noël."), out);
    assertTrue(out.contains("Troisième en windows-1252 : l’été « déjà » – fin…"), out);
    assertTrue(out.contains("Première ligne en UTF-8 : l’été."), out);
  }

  /** NUL and every other control byte, CR-only and mixed line ends, no final line break. */
  @ParameterizedTest
  @MethodSource("commandArguments")
  void controlBytesAndOddLineEnds_areProcessed(String[] command) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c = 0; c < 0x20; c++) {
      b.writeBytes(utf8("mot"));
      b.write(c);
    }
    b.writeBytes(utf8("\r« Oui »\r\r\nNon.\u2028Peut-être\u0085fin\u000B\u000C\u007F"));
    byte[] in = b.toByteArray();
    Run r = run(in, command);
    assertEquals(Main.OK, r.code, r.err);
    assertNoStackTrace(r.err);
    checkOutput(command, in, r);
  }

  /**
   * A seeded random harness: 300 inputs of random bytes, random UTF-8 pieces and hostile runs, each
   * through a random reading command. None may fail or print a stack trace.
   */
  @Test
  void randomBytes_neverFailTheCommandLine() throws Exception {
    Random random = new Random(8);
    List<String[]> commands = readingCommands();
    String[] pieces = {"« ", " »", "’", "—", "-t-il", "\n", "\n\n", "\r\n", "\u202F", "Ã©", "â€™", "&amp;",
        "M.", "80 000", "l’", "« Oui, dit-il. »", "\uFEFF", "\u0301"};
    for (int i = 0; i < 300; i++) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      int n = random.nextInt(60);
      for (int k = 0; k < n; k++) {
        switch (random.nextInt(3)) {
          case 0 -> b.write(random.nextInt(256));
          case 1 -> b.writeBytes(utf8(pieces[random.nextInt(pieces.length)]));
          default -> b.writeBytes(utf8(pieces[random.nextInt(pieces.length)].repeat(1 + random.nextInt(20))));
        }
      }
      byte[] in = b.toByteArray();
      String[] command = commands.get(random.nextInt(commands.size()));
      Run r = run(in, command);
      assertEquals(Main.OK, r.code, () -> Arrays.toString(command) + " on " + Arrays.toString(in) + ": " + r.err);
      assertNoStackTrace(r.err);
      checkOutput(command, in, r);
    }
  }

  /**
   * 4 MB of invalid bytes (stray continuation bytes and 0xFF, in short lines) against 512 KB,
   * through the streaming commands.
   */
  @Test
  @Tag("slow")
  void megabytesOfInvalidBytes_takeLinearTime() {
    for (String[] command : List.of(new String[] {"tokenize", "--format", "jsonl"}, new String[] {"sentences"},
        new String[] {"clean"}, new String[] {"dedup"})) {
      String unit = "\u0080\u00FF \u00C3\n";
      String large = unit.repeat((4 << 20) / unit.length());
      LinearTime.assertLinear(String.join(" ", command) + " on invalid bytes", large.substring(0, large.length() / 8),
          large, s -> run(s.toString().getBytes(StandardCharsets.ISO_8859_1), command).out.length);
    }
  }

  /** Checks that the output is what the command promises, whatever the input was. */
  static void checkOutput(String[] command, byte[] input, Run r) throws CharacterCodingException {
    if (command[0].equals("dedup")) {
      // Nothing in these inputs repeats: the output is the input, byte for byte.
      assertArrayEquals(input, r.out, "dedup changed bytes it should pass through");
      return;
    }
    String out = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(r.out)).toString();
    if (Arrays.asList(command).contains("jsonl")) {
      for (String line : out.split("\n")) {
        if (!line.isEmpty()) {
          Json.parse(line);
        }
      }
    }
  }

  static void assertNoStackTrace(String err) {
    CliErrorsTest.assertNoStackTrace(err);
  }
}
