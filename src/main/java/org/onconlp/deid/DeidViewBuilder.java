package org.onconlp.deid;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.onconlp.deid.surrogate.SurrogateSecret;
import org.onconlp.deid.surrogate.SurrogateStrategy;
import org.onconlp.types.DocumentMetadata;
import org.onconlp.types.Phi;
import org.onconlp.types.Views;

/**
 * Creates the {@link Views#DEID} view: the original text with every PHI span replaced by its
 * surrogate. Runs after every PHI annotator (structured patterns, names, places, models) and is
 * the only place where they meet: the {@link Phi} annotations of the original view are first
 * arbitrated by {@link PhiResolver} (the losers, any span outside the text and any span inside a
 * stretch that holds no PHI, see {@link NonPhiZones}, and any word or notation that is none, see {@link NonPhiWords}, are removed from the index, so what remains
 * is non-overlapping), then each kept Phi gets its {@code surrogate}
 * from the {@link SurrogateStrategy} of {@link #PARAM_MODE}.
 *
 * <p>Invariant: the de-identified text is the original with each kept Phi {@code [begin,end)}
 * replaced by its surrogate, in order; {@link OffsetMap#fromPhi} maps offsets between the two.
 * The {@link DocumentMetadata} of the original view is copied to the new view, covering its
 * whole text, with the document date de-identified by the same strategy. The builder runs once
 * per CAS: a CAS that already has a {@code deid} view is an error.
 */
@TypeCapability(
    inputs = {"org.onconlp.types.Phi", "org.onconlp.types.DocumentMetadata"},
    outputs = {"org.onconlp.types.Phi:surrogate", "org.onconlp.types.DocumentMetadata"})
public class DeidViewBuilder extends JCasAnnotator_ImplBase {
  /** How PHI is replaced: a {@link DeidMode} (default MASK). */
  public static final String PARAM_MODE = "mode";

  @ConfigurationParameter(name = PARAM_MODE, mandatory = true, defaultValue = "MASK")
  private DeidMode mode;

  /**
   * File holding the surrogate secret (SURROGATE mode); when absent the secret is read from the
   * environment variable {@value SurrogateSecret#ENV}. The descriptor holds only the path.
   */
  public static final String PARAM_SECRET_FILE = "secretFile";

  @ConfigurationParameter(name = PARAM_SECRET_FILE, mandatory = false)
  private String secretFile;

  /** Key of the optional shared {@link PhiLexiconResource} (needed in SURROGATE mode). */
  public static final String RES_LEXICONS = "phiLexicons";

  @ExternalResource(key = RES_LEXICONS, mandatory = false)
  private PhiLexiconResource lexicons;

  private SurrogateStrategy strategy;
  private PhiResolver resolver;
  private NonPhiZones nonPhi;
  private NonPhiWords nonPhiWords;

  /** Description in MASK mode. */
  public static AnalysisEngineDescription description() throws ResourceInitializationException {
    return description(DeidMode.MASK);
  }

  /** Description in the given mode; in SURROGATE mode the secret comes from the environment. */
  public static AnalysisEngineDescription description(DeidMode mode)
      throws ResourceInitializationException {
    return description(mode, null);
  }

  /**
   * Description in the given mode.
   *
   * @param secretFile file holding the surrogate secret, or null to read {@value
   *     SurrogateSecret#ENV}
   */
  public static AnalysisEngineDescription description(DeidMode mode, Path secretFile)
      throws ResourceInitializationException {
    List<Object> params = new ArrayList<>(List.of(PARAM_MODE, mode.name()));
    if (secretFile != null) {
      params.add(PARAM_SECRET_FILE);
      params.add(secretFile.toString());
    }
    if (mode.needsSecret()) {
      params.add(RES_LEXICONS);
      params.add(PhiLexiconResources.description());
    }
    return AnalysisEngineFactory.createEngineDescription(DeidViewBuilder.class, params.toArray());
  }

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    SurrogateSecret secret = null;
    if (mode.needsSecret()) {
      try {
        secret = SurrogateSecret.load(secretFile == null ? null : Path.of(secretFile), System.getenv());
      } catch (IllegalStateException e) {
        throw new ResourceInitializationException(e);
      }
    }
    if (mode.needsSecret() && lexicons == null) {
      throw new ResourceInitializationException(
          new IllegalStateException("Mode " + mode + " needs the PHI lexicons: build with DeidViewBuilder.description(mode)"));
    }
    strategy = mode.strategy(secret, lexicons == null ? null : lexicons.lexicons());
    resolver = new PhiResolver();
    nonPhi = new NonPhiZones();
    nonPhiWords = new NonPhiWords();
  }

  @Override
  public void process(JCas jcas) throws AnalysisEngineProcessException {
    JCas original;
    JCas deid;
    try {
      original = jcas.getView(Views.ORIGINAL);
      deid = jcas.createView(Views.DEID);
    } catch (CASException e) {
      throw new AnalysisEngineProcessException(e);
    }
    String text = original.getDocumentText() == null ? "" : original.getDocumentText();
    DocumentMetadata metadata =
        JCasUtil.select(original, DocumentMetadata.class).stream().findFirst().orElse(null);
    String patientId = metadata == null ? null : metadata.getPatientId();

    // A span outside the text (a faulty upstream component) cannot be replaced: it is dropped,
    // and so is a candidate of any finder inside a stretch that holds no PHI (a law, a score).
    List<int[]> zones = nonPhi.zones(text);
    List<Phi> valid = new ArrayList<>();
    List<Phi> dropped = new ArrayList<>();
    for (Phi phi : JCasUtil.select(original, Phi.class)) {
      boolean inText = phi.getBegin() >= 0 && phi.getEnd() <= text.length();
      boolean keep =
          inText
              && !nonPhi.isNotPhi(text, zones, phi.getBegin(), phi.getEnd(), phi.getCategory())
              && !nonPhiWords.isNotPhi(text, phi.getBegin(), phi.getEnd(), phi.getCategory());
      (keep ? valid : dropped).add(phi);
    }
    List<Phi> kept = resolver.resolve(valid, Phi::getBegin, Phi::getEnd, Phi::getCategory);
    Set<Phi> keptSet = Collections.newSetFromMap(new IdentityHashMap<>());
    keptSet.addAll(kept);
    for (Phi phi : valid) {
      if (!keptSet.contains(phi)) {
        dropped.add(phi);
      }
    }
    dropped.forEach(Phi::removeFromIndexes);
    birthDateRecurrences(kept);

    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    for (Phi phi : kept) {
      String surrogate = strategy.surrogate(phi.getCategory(), phi.getCoveredText(), patientId);
      phi.setSurrogate(surrogate);
      out.append(text, last, phi.getBegin()).append(surrogate);
      last = phi.getEnd();
    }
    out.append(text, last, text.length());
    deid.setDocumentText(out.toString());
    deid.setDocumentLanguage(original.getDocumentLanguage());

    if (metadata != null) {
      DocumentMetadata copy = new DocumentMetadata(deid, 0, out.length());
      copy.setDocumentId(metadata.getDocumentId());
      copy.setPatientId(metadata.getPatientId());
      copy.setDocumentType(metadata.getDocumentType());
      copy.setDocumentDate(strategy.documentDate(metadata.getDocumentDate(), patientId));
      copy.setSourcePosition(metadata.getSourcePosition());
      copy.addToIndexes();
    }
  }

  /**
   * A date written exactly as the birth date found elsewhere in the document (a page header
   * "DUPONT Marie – 14/11/1967", a table row) is the birth date too, so that it gets the same
   * surrogate. A birth year alone does not spread: "(1921-1979)" in a family tree is no
   * recurrence of a brother's "né en 1979".
   */
  private static void birthDateRecurrences(List<Phi> kept) {
    Set<String> birthDates = new HashSet<>();
    for (Phi phi : kept) {
      if ("DATE_NAISSANCE".equals(phi.getCategory()) && !isBareYear(phi.getCoveredText())) {
        birthDates.add(phi.getCoveredText());
      }
    }
    if (birthDates.isEmpty()) {
      return;
    }
    for (Phi phi : kept) {
      if ("DATE".equals(phi.getCategory()) && birthDates.contains(phi.getCoveredText())) {
        phi.setCategory("DATE_NAISSANCE");
      }
    }
  }

  private static boolean isBareYear(String written) {
    return written.length() == 4 && written.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
