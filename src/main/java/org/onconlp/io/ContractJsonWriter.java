package org.onconlp.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.StringArray;
import org.onconlp.types.Biomarker;
import org.onconlp.types.DocumentMetadata;
import org.onconlp.types.Event;
import org.onconlp.types.Mention;
import org.onconlp.types.Phi;
import org.onconlp.types.Stage;
import org.onconlp.types.Treatment;
import org.onconlp.types.Tumour;
import org.onconlp.types.Views;

/**
 * Turns a processed document into one object of the output contract ({@code output-format.md},
 * schema {@code onconlp-output.schema.json} beside this class).
 *
 * <p>Reads {@code id}, {@code patientId}, {@code type} and {@code date} from the {@link
 * DocumentMetadata} of the {@link Views#DEID} view (else of the original view); {@code text} is the
 * DEID view's text, never the original's, and a document without a DEID view is refused; {@code
 * phi} comes from the {@link Phi} annotations of the original view (offsets into the original text,
 * with {@code category}, {@code surrogate}); {@code tumours}, {@code stages}, {@code biomarkers}
 * {@code treatments} and {@code events} from the DEID view's annotations, in text order, each with {@code begin},
 * {@code end}, {@code text} (the covered text), the four context flags and its {@code component}
 * (provenance, an added field the contract allows).
 *
 * <p>The five arrays and {@code phi} are always present, empty when nothing was found, so consumers
 * need no null checks. Treatments also carry the added fields {@code components} (the INNs of a
 * regimen or combination), {@code doseGy}, {@code fractions} and {@code site} (radiotherapy);
 * an {@link Event}'s {@code eventType} feature is written as the contract's {@code type}.
 * Treatment dates are written as {@code startDate} and {@code endDate}: the
 * contract's {@code start}/{@code end} would collide with the {@code end} offset every mention
 * carries. Absent values (null or blank strings, the integer 0 of Gleason fields and of {@code
 * Treatment.line}) are omitted; vocabulary values such as {@code "unknown"} are written as set. A
 * biomarker {@code percent} of 0 is written only when its written value has a {@code %} sign, since
 * 0 is also the feature's unset default. Record attributes (e.g. a patient's name given for
 * de-identification) are never written.
 *
 * <p>Immutable and thread-safe.
 */
public final class ContractJsonWriter {
  /** Value of the contract's {@code schemaVersion}. */
  public static final String SCHEMA_VERSION = "1";

  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * Builds the contract object of a document.
   *
   * @param jcas any view of the document's CAS
   * @throws IllegalArgumentException when the CAS has no DEID view
   */
  public ObjectNode toJson(JCas jcas) {
    JCas original;
    JCas deid;
    try {
      original = jcas.getView(Views.ORIGINAL);
      deid = jcas.getView(Views.DEID);
    } catch (CASException | RuntimeException e) {
      throw new IllegalArgumentException(
          "The document has no de-identified view '" + Views.DEID + "'; refusing to write it", e);
    }
    ObjectNode json = mapper.createObjectNode();
    json.put("schemaVersion", SCHEMA_VERSION);
    DocumentMetadata meta = metadata(deid);
    if (meta == null) {
      meta = metadata(original);
    }
    if (meta != null) {
      put(json, "id", meta.getDocumentId());
      put(json, "patientId", meta.getPatientId());
      put(json, "type", meta.getDocumentType());
      put(json, "date", meta.getDocumentDate());
    }
    String text = deid.getDocumentText();
    json.put("text", text == null ? "" : text);

    ArrayNode phis = json.putArray("phi");
    for (Phi phi : JCasUtil.select(original, Phi.class)) {
      ObjectNode o = phis.addObject();
      o.put("begin", phi.getBegin());
      o.put("end", phi.getEnd());
      put(o, "category", phi.getCategory());
      put(o, "surrogate", phi.getSurrogate());
      put(o, "component", phi.getComponent());
    }
    ArrayNode tumours = json.putArray("tumours");
    for (Tumour t : JCasUtil.select(deid, Tumour.class)) {
      ObjectNode o = mention(tumours, t);
      put(o, "morphology", t.getMorphology());
      put(o, "topography", t.getTopography());
      put(o, "laterality", t.getLaterality());
      put(o, "adicap", t.getAdicap());
      put(o, "primarySite", t.getPrimarySite());
      if (present(t.getGradeValue())) {
        ObjectNode grade = o.putObject("grade");
        put(grade, "system", t.getGradeSystem());
        put(grade, "value", t.getGradeValue());
      }
      flags(o, t);
    }
    ArrayNode stages = json.putArray("stages");
    for (Stage s : JCasUtil.select(deid, Stage.class)) {
      ObjectNode o = mention(stages, s);
      put(o, "system", s.getSystem());
      put(o, "value", s.getValue());
      put(o, "prefix", s.getPrefix());
      put(o, "T", s.getT());
      put(o, "N", s.getN());
      put(o, "M", s.getM());
      put(o, "R", s.getR());
      put(o, "L", s.getL());
      put(o, "V", s.getV());
      put(o, "Pn", s.getPn());
      put(o, "G", s.getG());
      put(o, "edition", s.getEdition());
      putPositive(o, "primary", s.getGleasonPrimary());
      putPositive(o, "secondary", s.getGleasonSecondary());
      putPositive(o, "score", s.getGleasonScore());
      putPositive(o, "isup", s.getIsup());
      if (s.getNodesExamined() > 0) {
        o.put("nodesPositive", s.getNodesPositive());
        o.put("nodesExamined", s.getNodesExamined());
        // The annotation guidelines' single "nodes" value ("2/12"), next to the two numbers.
        o.put("nodes", s.getNodesPositive() + "/" + s.getNodesExamined());
      }
      put(o, "mSite", s.getMSite());
      flags(o, s);
    }
    ArrayNode biomarkers = json.putArray("biomarkers");
    for (Biomarker b : JCasUtil.select(deid, Biomarker.class)) {
      ObjectNode o = mention(biomarkers, b);
      put(o, "name", b.getName());
      put(o, "method", b.getMethod());
      put(o, "value", b.getValue());
      float percent = b.getPercent();
      if (Float.isFinite(percent)
          && (percent != 0f || (b.getValue() != null && b.getValue().indexOf('%') >= 0))) {
        BigDecimal exact = new BigDecimal(Float.toString(percent)).stripTrailingZeros();
        if (exact.scale() <= 0) {
          o.put("percent", exact.intValueExact());
        } else {
          o.put("percent", exact);
        }
      }
      put(o, "score", b.getScore());
      put(o, "variant", b.getVariant());
      put(o, "interpretation", b.getInterpretation());
      flags(o, b);
    }
    ArrayNode treatments = json.putArray("treatments");
    for (Treatment t : JCasUtil.select(deid, Treatment.class)) {
      ObjectNode o = mention(treatments, t);
      put(o, "category", t.getCategory());
      put(o, "agent", t.getAgent());
      put(o, "atc", t.getAtc());
      putPositive(o, "line", t.getLine());
      put(o, "status", t.getStatus());
      put(o, "setting", t.getSetting());
      // "startDate"/"endDate", not the contract's "start"/"end": "end" is already the offset.
      put(o, "startDate", t.getStartDate());
      put(o, "endDate", t.getEndDate());
      put(o, "stopReason", t.getStopReason());
      StringArray components = t.getComponents();
      if (components != null && components.size() > 0) {
        ArrayNode list = o.putArray("components");
        for (int i = 0; i < components.size(); i++) {
          list.add(components.get(i));
        }
      }
      putNumber(o, "doseGy", t.getDoseGy());
      putPositive(o, "fractions", t.getFractions());
      put(o, "site", t.getSite());
      flags(o, t);
    }
    ArrayNode events = json.putArray("events");
    for (Event e : JCasUtil.select(deid, Event.class)) {
      ObjectNode o = mention(events, e);
      // "type" in the contract; the feature is eventType because Annotation already has getType().
      put(o, "type", e.getEventType());
      put(o, "scale", e.getScale());
      put(o, "value", e.getValue());
      put(o, "response", e.getResponse());
      put(o, "site", e.getSite());
      put(o, "date", e.getDate());
      flags(o, e);
    }
    return json;
  }

  /** The contract object of a document as one compact line of JSON (no line break). */
  public String toJsonLine(JCas jcas) {
    return toJsonLine(toJson(jcas));
  }

  /** A contract object as one compact line of JSON (no line break). */
  public String toJsonLine(ObjectNode json) {
    try {
      return mapper.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree could not be serialised", e);
    }
  }

  private static DocumentMetadata metadata(JCas view) {
    for (DocumentMetadata meta : JCasUtil.select(view, DocumentMetadata.class)) {
      return meta;
    }
    return null;
  }

  private static ObjectNode mention(ArrayNode array, Mention m) {
    ObjectNode o = array.addObject();
    o.put("begin", m.getBegin());
    o.put("end", m.getEnd());
    o.put("text", m.getCoveredText());
    return o;
  }

  private static void flags(ObjectNode o, Mention m) {
    o.put("negated", m.getNegated());
    o.put("hypothetical", m.getHypothetical());
    o.put("family", m.getFamily());
    o.put("historical", m.getHistorical());
    put(o, "component", m.getComponent());
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static void put(ObjectNode o, String key, String value) {
    if (present(value)) {
      o.put(key, value);
    }
  }

  private static void putNumber(ObjectNode o, String key, float value) {
    if (Float.isFinite(value) && value > 0f) {
      BigDecimal exact = new BigDecimal(Float.toString(value)).stripTrailingZeros();
      if (exact.scale() <= 0) {
        o.put(key, exact.intValueExact());
      } else {
        o.put(key, exact);
      }
    }
  }

  private static void putPositive(ObjectNode o, String key, int value) {
    if (value > 0) {
      o.put(key, value);
    }
  }
}
