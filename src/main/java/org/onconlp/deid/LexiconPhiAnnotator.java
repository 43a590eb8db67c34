package org.onconlp.deid;

import java.util.List;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.onconlp.deid.person.PersonNameFinder;
import org.onconlp.deid.place.PlaceFinder;
import org.onconlp.deid.record.RecordExportFinder;
import org.onconlp.types.DocumentMetadata;
import org.onconlp.types.Phi;
import org.onconlp.types.Views;

/**
 * Adds the lexicon-based {@link Phi} annotations to the {@link Views#ORIGINAL} view: person
 * names (NOM, PRENOM, and DATE_NAISSANCE for the patient's known birth date) by {@link
 * PersonNameFinder}, places (ADRESSE, VILLE, ZIP, HOPITAL) by {@link PlaceFinder}, the fields of
 * pasted structured records (CSV, KEY=value, HL7, DICOM) by {@link RecordExportFinder}. The first
 * two read the same tokens, computed once per document; {@code component} names the finder (provenance).
 * Reads the patient's identity from the {@link DocumentMetadata} features {@code patientName},
 * {@code patientFirstName}, {@code birthDate} when present. The lexicons are the shared {@link
 * PhiLexiconResource}.
 */
@TypeCapability(
    inputs = {"org.onconlp.types.DocumentMetadata"},
    outputs = {"org.onconlp.types.Phi"})
public class LexiconPhiAnnotator extends LexiconFinderAnnotator {
  /** Key of the external resource holding the shared {@link PhiLexiconResource}. */
  public static final String RES_LEXICONS = "phiLexicons";

  private PersonNameFinder names;
  private PlaceFinder places;
  private RecordExportFinder exports;

  /** Description with the default lexicons (one shared copy per pipeline). */
  public static AnalysisEngineDescription description() throws ResourceInitializationException {
    return AnalysisEngineFactory.createEngineDescription(
        LexiconPhiAnnotator.class, RES_LEXICONS, PhiLexiconResources.description());
  }

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    names = new PersonNameFinder(lexicons());
    places = new PlaceFinder(lexicons());
    exports = new RecordExportFinder();
  }

  @Override
  protected void find(JCas original, String text) throws AnalysisEngineProcessException {
    PhiTokens tokens = lexicons().tokens(text);
    List<PhiSpan> persons = names.find(tokens, identity(original));
    add(original, persons, "PersonNameFinder");
    add(original, places.find(tokens, persons), "PlaceFinder");
    add(original, exports.find(text), "RecordExportFinder");
  }

  private static PatientIdentity identity(JCas original) {
    DocumentMetadata meta =
        JCasUtil.select(original, DocumentMetadata.class).stream().findFirst().orElse(null);
    return meta == null
        ? PatientIdentity.NONE
        : PatientIdentity.of(meta.getPatientName(), meta.getPatientFirstName(), meta.getBirthDate());
  }
}
