package org.onconlp.deid;

import java.util.ArrayList;
import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;
import org.onconlp.types.Phi;
import org.onconlp.types.Views;

/**
 * The CAS side shared by the PHI finders: each reads the {@link Views#ORIGINAL} view, finds spans
 * on its OCR-repaired text ({@link OcrRepair}, same offsets; empty texts are skipped) and adds
 * {@link Phi} candidates there for {@link PhiResolver}.
 */
public abstract class PhiFinderAnnotator extends JCasAnnotator_ImplBase {
  @Override
  public final void process(JCas jcas) throws AnalysisEngineProcessException {
    JCas original;
    try {
      original = jcas.getView(Views.ORIGINAL);
    } catch (CASException e) {
      throw new AnalysisEngineProcessException(e);
    }
    String document = original.getDocumentText();
    if (document != null && !document.isEmpty()) {
      find(original, repaired(document));
    }
  }

  /**
   * The document's text with its OCR confusions undone; finders holding the shared lexicons
   * take it from there, so that it is computed once per document.
   */
  protected String repaired(String text) {
    return OcrRepair.repaired(text);
  }

  /**
   * Finds the PHI of one document.
   *
   * @param original the original view, where the candidates go
   * @param text its text with OCR confusions repaired (same length), never empty
   */
  protected abstract void find(JCas original, String text) throws AnalysisEngineProcessException;

  /** The Phi candidates already in a view, in index order. */
  static List<PhiSpan> candidates(JCas view) {
    List<PhiSpan> out = new ArrayList<>();
    for (Phi p : view.select(Phi.class)) {
      out.add(new PhiSpan(p.getBegin(), p.getEnd(), String.valueOf(p.getCategory())));
    }
    return out;
  }

  /** Adds one Phi candidate per span, {@code component} naming the finder. */
  static void add(JCas view, List<PhiSpan> spans, String component) {
    for (PhiSpan span : spans) {
      Phi phi = new Phi(view, span.begin(), span.end());
      phi.setCategory(span.category());
      phi.setComponent(component);
      phi.addToIndexes();
    }
  }
}
