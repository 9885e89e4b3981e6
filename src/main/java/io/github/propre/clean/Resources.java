package io.github.propre.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads this package's data files: UTF-8 lines, {@code #} starts a comment, blank lines skipped. */
final class Resources {
  private Resources() {}

  /** Returns the non-blank, non-comment lines of resource {@code name}, trimmed. */
  static List<String> lines(String name) {
    try (InputStream in = Resources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource io/github/propre/clean/" + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        int hash = line.indexOf('#');
        String content = (hash >= 0 ? line.substring(0, hash) : line).trim();
        if (!content.isEmpty()) {
          out.add(content);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }
}
