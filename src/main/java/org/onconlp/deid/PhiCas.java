package org.onconlp.deid;

import java.util.ArrayList;
import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.apache.uima.jcas.JCas;
import org.onconlp.types.Phi;
import org.onconlp.types.Views;

/**
 * The CAS side shared by the PHI finders: they read the {@link Views#ORIGINAL} view, find spans on
 * its OCR-repaired text ({@link OcrRepair}, same offsets) and add {@link Phi} candidates there.
 */
final class PhiCas {
  private PhiCas() {}

  /** The original view of a CAS. */
  static JCas original(JCas jcas) throws AnalysisEngineProcessException {
    try {
      return jcas.getView(Views.ORIGINAL);
    } catch (CASException e) {
      throw new AnalysisEngineProcessException(e);
    }
  }

  /** The text the finders read: the original text, OCR confusions repaired (null when none). */
  static String text(JCas original) {
    return OcrRepair.repaired(original.getDocumentText());
  }

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
