package org.onconlp.deid;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.onconlp.types.DocumentMetadata;
import org.onconlp.types.Phi;
import org.onconlp.types.Views;

/**
 * Adds {@link Phi} NOM and PRENOM annotations (and DATE_NAISSANCE for the patient's known
 * birth date) to the {@link Views#ORIGINAL} view, with {@code component} = this class's simple
 * name. Reads the patient's identity from the {@link DocumentMetadata} features {@code
 * patientName}, {@code patientFirstName}, {@code birthDate} when present. The algorithm is
 * {@link PersonNameFinder}; the lexicons are the shared {@link PhiLexiconResource}.
 */
@TypeCapability(
    inputs = {"org.onconlp.types.DocumentMetadata"},
    outputs = {"org.onconlp.types.Phi"})
public class NameAnnotator extends JCasAnnotator_ImplBase {
  /** Key of the external resource holding the shared {@link PhiLexiconResource}. */
  public static final String RES_LEXICONS = "phiLexicons";

  @ExternalResource(key = RES_LEXICONS)
  private PhiLexiconResource lexicons;

  private PersonNameFinder finder;

  /** Description with the default lexicons (one shared copy per pipeline). */
  public static AnalysisEngineDescription description() throws ResourceInitializationException {
    return AnalysisEngineFactory.createEngineDescription(
        NameAnnotator.class, RES_LEXICONS, PhiLexiconResources.description());
  }

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    finder = new PersonNameFinder(lexicons.lexicons());
  }

  @Override
  public void process(JCas jcas) throws AnalysisEngineProcessException {
    JCas original;
    try {
      original = jcas.getView(Views.ORIGINAL);
    } catch (CASException e) {
      throw new AnalysisEngineProcessException(e);
    }
    String text = original.getDocumentText();
    if (text == null || text.isEmpty()) {
      return;
    }
    DocumentMetadata meta =
        JCasUtil.select(original, DocumentMetadata.class).stream().findFirst().orElse(null);
    PatientIdentity identity =
        meta == null
            ? PatientIdentity.NONE
            : PatientIdentity.of(meta.getPatientName(), meta.getPatientFirstName(), meta.getBirthDate());
    String component = getClass().getSimpleName();
    for (PhiSpan span : finder.find(lexicons.lexicons().tokens(text), identity)) {
      Phi phi = new Phi(original, span.begin(), span.end());
      phi.setCategory(span.category());
      phi.setComponent(component);
      phi.addToIndexes();
    }
  }
}
