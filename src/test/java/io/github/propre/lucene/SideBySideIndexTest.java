package io.github.propre.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.apache.lucene.util.QueryBuilder;
import org.junit.Test;

/**
 * A real index, searched side by side: the same French documents indexed once with
 * {@link PropreFrenchAnalyzer} and once with Lucene's {@link FrenchAnalyzer}, queried with the
 * typography the documents do not use, or with mojibake. Each test asserts both outcomes, including where
 * FrenchAnalyzer does as well.
 */
public class SideBySideIndexTest extends LuceneTestCase {
  static final String[] DOCS = {
    "L’avocat a plaidé aujourd’hui devant la cour.",
    "Vient-il souvent\u202F? «\u202FJamais\u202F», répond l’éditeur.",
    "Le budget atteint 80\u202F000 euros.",
    "C'est l'été à Paris.",
    "Le cafÃ© de la gare ouvre Ã  six heures.",
  };

  @Test
  public void otherApostropheInTheQuery_foundOnlyByPropre() throws IOException {
    // U+02BC is a letter for UAX #29 and ElisionFilter ignores U+2018: FrenchAnalyzer keeps one term.
    assertSearch("lʼavocat", List.of(0), List.of());
    assertSearch("l‘avocat", List.of(0), List.of());
    // ElisionFilter only strips articles: a lexicalized word keeps its apostrophe in the term.
    assertSearch("aujourd'hui", List.of(0), List.of());
  }

  @Test
  public void asciiVersusTypographicElision_foundByBoth() throws IOException {
    // ElisionFilter knows ' and ’: here FrenchAnalyzer does as well as Propre.
    assertSearch("l’été", List.of(3), List.of(3));
    assertSearch("L'avocat", List.of(0), List.of(0));
  }

  @Test
  public void narrowNoBreakSpaceInTheDocument_foundOnlyByPropre() throws IOException {
    // StandardTokenizer indexes "souvent\u202F" and "\u202Fjamais\u202F".
    assertSearch("souvent", List.of(1), List.of());
    assertSearch("jamais", List.of(1), List.of());
    assertSearch("80 000 euros", List.of(2), List.of());
  }

  @Test
  public void mojibake_foundOnlyByPropre() throws IOException {
    // UTF-8 read as windows-1252, in the query or in the document: the cleaner repairs both.
    assertSearch("lâ€™avocat", List.of(0), List.of());
    assertSearch("Ã©tÃ©", List.of(3), List.of());
    assertSearch("café gare", List.of(4), List.of());
  }

  @Test
  public void plainWords_foundByBoth() throws IOException {
    assertSearch("cour", List.of(0), List.of(0));
    assertSearch("Paris", List.of(3), List.of(3));
  }

  @Test
  public void highlightOffsets_coverTheWordWithPropreAndTheArticleWithFrenchAnalyzer()
      throws IOException {
    // What a postings highlighter marks for "avocat" in "L’avocat" (Elasticsearch issue #52264).
    assertEquals(List.of(2, 8), offsets(new PropreFrenchAnalyzer(), "avocat"));
    assertEquals(List.of(0, 8), offsets(new FrenchAnalyzer(), "avocat"));
    assertEquals(List.of(2, 5), offsetsIn(new PropreFrenchAnalyzer(), "l’été", "été"));
    assertEquals(List.of(0, 5), offsetsIn(new FrenchAnalyzer(), "l’été", "été"));
    // Repaired mojibake: the highlight covers the damaged source, "cafÃ©".
    assertEquals(List.of(3, 8), offsetsIn(new PropreFrenchAnalyzer(), DOCS[4], "café"));
  }

  /** Asserts which documents each analyzer's index returns for {@code query} (all terms required). */
  static void assertSearch(String query, List<Integer> propre, List<Integer> lucene) throws IOException {
    assertEquals("Propre, query " + query, propre, search(new PropreFrenchAnalyzer(), DOCS, query));
    assertEquals("FrenchAnalyzer, query " + query, lucene, search(new FrenchAnalyzer(), DOCS, query));
  }

  /** Returns the ids of the documents that contain every term of {@code query}, in id order. */
  static List<Integer> search(Analyzer analyzer, String[] docs, String query) throws IOException {
    try (analyzer; Directory dir = index(analyzer, docs); DirectoryReader reader = DirectoryReader.open(dir)) {
      Query q = new QueryBuilder(analyzer).createBooleanQuery("body", query, BooleanClause.Occur.MUST);
      List<Integer> ids = new ArrayList<>();
      if (q == null) {
        return ids;
      }
      IndexSearcher searcher = new IndexSearcher(reader);
      for (ScoreDoc sd : searcher.search(q, docs.length).scoreDocs) {
        ids.add(searcher.storedFields().document(sd.doc).getField("id").numericValue().intValue());
      }
      ids.sort(null);
      return ids;
    }
  }

  /** Returns [start, end] of the first occurrence of {@code word}'s term in document 0, as indexed. */
  static List<Integer> offsets(Analyzer analyzer, String word) throws IOException {
    return offsetsIn(analyzer, DOCS[0], word);
  }

  static List<Integer> offsetsIn(Analyzer analyzer, String doc, String word) throws IOException {
    try (analyzer; Directory dir = index(analyzer, new String[] {doc});
        DirectoryReader reader = DirectoryReader.open(dir)) {
      LeafReader leaf = reader.leaves().get(0).reader();
      PostingsEnum p = leaf.postings(new Term("body", term(analyzer, word)), PostingsEnum.OFFSETS);
      assertNotNull("no postings for " + word, p);
      assertNotEquals(DocIdSetIterator.NO_MORE_DOCS, p.nextDoc());
      p.nextPosition();
      return List.of(p.startOffset(), p.endOffset());
    }
  }

  private static String term(Analyzer analyzer, String word) throws IOException {
    try (TokenStream ts = analyzer.tokenStream("body", word)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      assertTrue(ts.incrementToken());
      String term = t.toString();
      ts.end();
      return term;
    }
  }

  private static Directory index(Analyzer analyzer, String[] docs) throws IOException {
    FieldType withOffsets = new FieldType(TextField.TYPE_STORED);
    withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    withOffsets.freeze();
    Directory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < docs.length; i++) {
        Document d = new Document();
        d.add(new StoredField("id", i));
        d.add(new Field("body", docs[i], withOffsets));
        w.addDocument(d);
      }
    }
    return dir;
  }
}
