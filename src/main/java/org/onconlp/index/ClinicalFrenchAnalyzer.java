package org.onconlp.index;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.onconlp.text.ResourceLines;

/**
 * The analyzer of the de-identified report text: StandardTokenizer → ElisionFilter (l', d', qu'…)
 * → LowerCase → ASCIIFolding → KeywordMarker (clinical abbreviations of {@code
 * protected-terms.txt}, so that "RE" or "HER2" are not stemmed) → FrenchLightStem. No stop words:
 * phrases such as "pas de" must stay searchable. The same instance analyses indexed text and
 * query phrases. Thread-safe (Lucene analyzers reuse per-thread token streams).
 */
public final class ClinicalFrenchAnalyzer extends Analyzer {
  private final CharArraySet protectedTerms;

  /** Creates the analyzer with the protected terms of the bundled data file. */
  public ClinicalFrenchAnalyzer() {
    List<String> terms = ResourceLines.load("/org/onconlp/index/protected-terms.txt");
    this.protectedTerms = CharArraySet.unmodifiableSet(new CharArraySet(terms, false));
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    stream = new SetKeywordMarkerFilter(stream, protectedTerms);
    stream = new FrenchLightStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
