package org.onconlp.extract.stage;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.onconlp.types.Stage;

/**
 * Creates a {@link Stage} for every staging expression {@link StageFinder} finds in the view it
 * runs on (the de-identified view in the standard pipeline): TNM with its fields, node counts
 * and edition, stage groups, FIGO, Gleason/ISUP, Ann Arbor, ISS, Binet, Breslow and Clark.
 * Context flags are left to the context annotator that runs after the extractors.
 */
@TypeCapability(outputs = {"org.onconlp.types.Stage"})
public class StageAnnotator extends JCasAnnotator_ImplBase {
  private StageFinder finder;

  /** Description of the stage annotator (no parameters). */
  public static AnalysisEngineDescription description() throws ResourceInitializationException {
    return AnalysisEngineFactory.createEngineDescription(StageAnnotator.class);
  }

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    finder = new StageFinder();
  }

  @Override
  public void process(JCas jcas) {
    for (StageMention found : finder.find(jcas.getDocumentText())) {
      Stage stage = new Stage(jcas, found.begin(), found.end());
      stage.setSystem(found.system());
      stage.setComponent(StageAnnotator.class.getSimpleName());
      stage.setValue(found.get("value"));
      stage.setPrefix(found.get("prefix"));
      stage.setT(found.get("T"));
      stage.setN(found.get("N"));
      stage.setM(found.get("M"));
      stage.setR(found.get("R"));
      stage.setL(found.get("L"));
      stage.setV(found.get("V"));
      stage.setPn(found.get("Pn"));
      stage.setG(found.get("G"));
      stage.setEdition(found.get("edition"));
      stage.setMSite(found.get("mSite"));
      stage.setGleasonPrimary(number(found.get("primary")));
      stage.setGleasonSecondary(number(found.get("secondary")));
      stage.setGleasonScore(number(found.get("score")));
      stage.setIsup(number(found.get("isup")));
      stage.setNodesPositive(number(found.get("nodesPositive")));
      stage.setNodesExamined(number(found.get("nodesExamined")));
      stage.addToIndexes();
    }
  }

  /** Parsers only store digit strings in numeric fields; absent gives 0 (the CAS default). */
  private static int number(String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }
}
