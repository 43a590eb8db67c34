package org.onconlp.extract.treatment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.onconlp.types.Section;
import org.onconlp.types.Sentence;
import org.onconlp.types.Token;

/**
 * Reads the CAS text layer into the CAS-free inputs of the finders: {@link Words} from the
 * {@link Token} annotations and {@link Segment}s from the {@link Sentence} annotations (with the
 * label of the covering {@link Section}); shared by the treatment and event annotators.
 */
public final class CasWords {
  private CasWords() {}

  /** The view's tokens as words (empty when the view has no tokens). */
  public static Words of(JCas jcas) {
    Collection<Token> tokens = JCasUtil.select(jcas, Token.class);
    int n = tokens.size();
    int[] b = new int[n];
    int[] e = new int[n];
    String[] norm = new String[n];
    int i = 0;
    for (Token t : tokens) {
      b[i] = t.getBegin();
      e[i] = t.getEnd();
      norm[i] = t.getNorm() == null ? t.getCoveredText() : t.getNorm();
      i++;
    }
    return new Words(jcas.getDocumentText(), b, e, norm);
  }

  /**
   * The view's sentences as word ranges, in text order; fallback sentences when there is no
   * Sentence annotation. Words outside every sentence form no segment.
   */
  public static List<Segment> segments(JCas jcas, Words words) {
    Collection<Sentence> sentences = JCasUtil.select(jcas, Sentence.class);
    if (sentences.isEmpty()) {
      return Segment.split(words);
    }
    Map<Sentence, List<Section>> sections = JCasUtil.indexCovering(jcas, Sentence.class, Section.class);
    List<Segment> out = new ArrayList<>(sentences.size());
    int w = 0;
    for (Sentence s : sentences) {
      while (w < words.size() && words.begin(w) < s.getBegin()) {
        w++;
      }
      int first = w;
      int limit = first;
      while (limit < words.size() && words.end(limit) <= s.getEnd()) {
        limit++;
      }
      if (limit > first) {
        out.add(new Segment(first, limit, label(sections.get(s))));
      }
      w = limit;
    }
    return out;
  }

  private static String label(Collection<Section> covering) {
    if (covering == null) {
      return null;
    }
    for (Section s : covering) {
      return s.getLabel();
    }
    return null;
  }
}
