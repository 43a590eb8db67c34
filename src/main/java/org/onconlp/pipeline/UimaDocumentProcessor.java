package org.onconlp.pipeline;

import java.io.IOException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.onconlp.deid.PatientIdentity;
import org.onconlp.deid.surrogate.ReidentificationTable;
import org.onconlp.io.ContractJsonWriter;
import org.onconlp.io.Record;
import org.onconlp.io.XmiWriter;
import org.onconlp.types.DocumentMetadata;

/**
 * A {@link DocumentProcessor} running one UIMA aggregate on one reused CAS: fills the original
 * view with the record, runs the pipeline, optionally writes the XMI, and returns the contract
 * JSON. One instance per thread.
 */
public final class UimaDocumentProcessor implements DocumentProcessor {
  private final AnalysisEngine engine;
  private final JCas jcas;
  private final ContractJsonWriter json;
  private final XmiWriter xmi;
  private final ReidentificationTable mapping;

  /**
   * @param engine the pipeline, owned (and destroyed) by this processor
   * @param json the shared, thread-safe contract writer
   * @param xmi the shared XMI writer, or null to write no XMI
   */
  public UimaDocumentProcessor(AnalysisEngine engine, ContractJsonWriter json, XmiWriter xmi)
      throws ResourceInitializationException {
    this(engine, json, xmi, null);
  }

  /**
   * @param engine the pipeline, owned (and destroyed) by this processor
   * @param json the shared, thread-safe contract writer
   * @param xmi the shared XMI writer, or null to write no XMI
   * @param mapping the shared re-identification table, or null to write none
   */
  public UimaDocumentProcessor(
      AnalysisEngine engine, ContractJsonWriter json, XmiWriter xmi, ReidentificationTable mapping)
      throws ResourceInitializationException {
    this.mapping = mapping;
    this.engine = engine;
    this.json = json;
    this.xmi = xmi;
    try {
      this.jcas = engine.newJCas();
    } catch (ResourceInitializationException e) {
      engine.destroy();
      throw e;
    }
  }

  @Override
  public String process(Record record) throws AnalysisEngineProcessException, IOException {
    run(record);
    if (xmi != null) {
      xmi.write(jcas);
    }
    if (mapping != null) {
      mapping.write(jcas);
    }
    return json.toJsonLine(jcas);
  }

  /**
   * Runs the pipeline on a record and leaves the result in this processor's CAS, which stays
   * valid until the next call. For callers that read the CAS themselves (evaluation, indexing).
   */
  public JCas run(Record record) throws AnalysisEngineProcessException {
    jcas.reset();
    jcas.setDocumentText(record.text());
    jcas.setDocumentLanguage("fr");
    DocumentMetadata meta = new DocumentMetadata(jcas, 0, record.text().length());
    meta.setDocumentId(record.id());
    meta.setPatientId(record.patientId());
    meta.setDocumentType(record.type());
    meta.setDocumentDate(record.date());
    meta.setSourcePosition(record.position());
    meta.setPatientName(record.attributes().get(PatientIdentity.FIELD_NAME));
    meta.setPatientFirstName(record.attributes().get(PatientIdentity.FIELD_FIRST_NAME));
    meta.setBirthDate(record.attributes().get(PatientIdentity.FIELD_BIRTH_DATE));
    meta.addToIndexes();
    engine.process(jcas);
    return jcas;
  }

  @Override
  public void close() {
    engine.destroy();
  }
}
