package io.github.propre.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import io.github.propre.token.FrenchTokenizer;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lucene is optional: the core runs with only Propre's classes and ICU4J on the class path, and no
 * class outside {@code io.github.propre.lucene} refers to Lucene.
 */
class CoreWithoutLuceneTest {
  private static final byte[] LUCENE = "org/apache/lucene".getBytes(StandardCharsets.US_ASCII);

  @Test
  void core_runsWithOnlyPropreAndIcuOnTheClassPath() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(
        new URL[] {location(FrenchTokenizer.class), location(UCharacter.class)},
        ClassLoader.getPlatformClassLoader())) {
      assertThrows(ClassNotFoundException.class,
          () -> Class.forName("org.apache.lucene.analysis.Tokenizer", false, loader));
      Class<?> tokenizer = Class.forName("io.github.propre.token.FrenchTokenizer", true, loader);
      assertEquals(loader, tokenizer.getClassLoader());
      Object standard = tokenizer.getMethod("standard").invoke(null);
      List<?> tokens = (List<?>) tokenizer.getMethod("tokenize", CharSequence.class)
          .invoke(standard, "L’AES a-t-il 80\u202F000 soldats ?");
      List<String> texts = new ArrayList<>();
      for (Object t : tokens) {
        Method text = t.getClass().getMethod("text");
        texts.add((String) text.invoke(t));
      }
      assertEquals(List.of("L’", "AES", "a", "-t-il", "80\u202F000", "soldats", "?"), texts);
      Class<?> cleaner = Class.forName("io.github.propre.clean.Cleaner", true, loader);
      Object cleaned = cleaner.getMethod("clean", CharSequence.class)
          .invoke(cleaner.getMethod("defaults").invoke(null), "lâ€™Ã©tÃ©");
      assertEquals("l’été", cleaned.getClass().getMethod("text").invoke(cleaned));
      // Every core class initializes without Lucene.
      for (String name : coreClassNames()) {
        Class.forName(name, true, loader);
      }
    }
  }

  @Test
  void core_classesNeverReferToLucene() throws IOException, URISyntaxException {
    Path classes = Path.of(location(FrenchTokenizer.class).toURI());
    List<String> offenders = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String rel = classes.relativize(f).toString().replace('\\', '/');
        if (!rel.endsWith(".class") || rel.startsWith("io/github/propre/lucene/")
            || rel.equals("module-info.class")) {
          continue;
        }
        checked++;
        if (contains(Files.readAllBytes(f), LUCENE)) {
          offenders.add(rel);
        }
      }
    }
    assertTrue(checked > 20, "only " + checked + " core classes found in " + classes);
    assertEquals(List.of(), offenders, "core classes that refer to Lucene");
  }

  @Test
  void check_findsAReferenceToLucene() throws IOException, URISyntaxException {
    // The byte check above would catch a core class that names Lucene: this adapter class does.
    Path self = Path.of(location(PropreTokenizer.class).toURI())
        .resolve("io/github/propre/lucene/PropreTokenizer.class");
    assertTrue(contains(Files.readAllBytes(self), LUCENE));
    assertFalse(contains("org/apache/lucen".getBytes(StandardCharsets.US_ASCII), LUCENE));
  }

  private static List<String> coreClassNames() throws IOException, URISyntaxException {
    Path classes = Path.of(location(FrenchTokenizer.class).toURI());
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String rel = classes.relativize(f).toString().replace('\\', '/');
        if (rel.endsWith(".class") && rel.startsWith("io/github/propre/")
            && !rel.startsWith("io/github/propre/lucene/")) {
          names.add(rel.substring(0, rel.length() - ".class".length()).replace('/', '.'));
        }
      }
    }
    return names;
  }

  private static URL location(Class<?> c) {
    return c.getProtectionDomain().getCodeSource().getLocation();
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
