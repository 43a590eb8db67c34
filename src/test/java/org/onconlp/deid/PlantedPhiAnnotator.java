package org.onconlp.deid;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;
import org.onconlp.types.Phi;

/** Test double for a later name component: plants Phi on fixed words of the test sentence. */
public class PlantedPhiAnnotator extends JCasAnnotator_ImplBase {
  @Override
  public void process(JCas jcas) {
    String text = jcas.getDocumentText();
    plant(jcas, text.indexOf("Jean"), "Jean".length(), "PRENOM");
    plant(jcas, text.indexOf("Dupontel 12"), "Dupontel 12".length(), "NOM");
  }

  private static void plant(JCas jcas, int begin, int length, String category) {
    if (begin >= 0) {
      Phi phi = new Phi(jcas, begin, begin + length);
      phi.setCategory(category);
      phi.setComponent("PlantedPhiAnnotator");
      phi.addToIndexes();
    }
  }
}
