package io.github.propre.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads the French word lists and tables that every stage keeps as commented resource files, and
 * holds the lists more than one stage needs.
 *
 * <p>Format: UTF-8, one entry per line, surrounding spaces trimmed; blank lines and lines whose first
 * non-space character is {@code #} are comments. Files are read once, by the class that owns them.
 */
public final class WordLists {
  private WordLists() {}

  /** One entry of a list and the line it came from, for error messages that name it. */
  public record Line(int number, String text) {}

  private static volatile List<String> elisions;

  /**
   * Returns the French words that elide their last vowel before an apostrophe ({@code l’}, {@code
   * qu’}, {@code jusqu’}, ...), lower case: the one list the cleaner, the tokenizer and the quote
   * extractor share.
   */
  public static List<String> elisions() {
    List<String> e = elisions;
    if (e == null) {
      elisions = e = Collections.unmodifiableList(words(WordLists.class, "elisions.txt"));
    }
    return e;
  }

  /** Returns the entries of resource {@code name} beside class {@code owner}. */
  public static List<String> words(Class<?> owner, String name) {
    List<String> out = new ArrayList<>();
    for (Line l : lines(owner, name)) {
      out.add(l.text());
    }
    return out;
  }

  /**
   * Returns the entries of resource {@code name} beside class {@code owner}, with their line numbers.
   *
   * @throws IllegalStateException if the resource is missing (a broken build, not a user error)
   */
  public static List<Line> lines(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Line> out = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        String text = line.strip();
        if (!text.isEmpty() && text.charAt(0) != '#') {
          out.add(new Line(number, text));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name + " beside " + owner.getName(), e);
    }
  }
}
