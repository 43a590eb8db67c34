package org.onconlp.eval;

import org.onconlp.deid.DeidOffsetMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;
import org.onconlp.types.Views;

/**
 * Reads gold annotations from UIMA XMI files, as exported by INCEpTION ("UIMA CAS XMI") or written
 * by the onconlp pipeline.
 *
 * <ul>
 *   <li>{@code org.onconlp.types.Phi} annotations of the original (default) view become PHI
 *       entities labelled by their {@code category}.
 *   <li>{@code org.onconlp.types.Mention} subtypes ({@code Tumour}, {@code Stage} …) become
 *       entities labelled by their short type name. When the CAS has a {@code deid} view (an XMI
 *       written by the pipeline) the mentions are read there and mapped back to the original text
 *       through the Phi surrogates ({@link DeidOffsetMapper}); mentions annotated directly on the
 *       original view (INCEpTION) are read as they are.
 *   <li>Layers of other type systems (INCEpTION's {@code webanno.custom.*} span layers) are read as
 *       follows: a layer named in the map given to the constructor takes its label from the named
 *       feature; a custom layer named like a mention label ({@code webanno.custom.Tumour}, {@code
 *       …Stage}, {@code …Biomarker}, {@code …Treatment}, {@code …Event}) is labelled by that name;
 *       any other custom layer takes its label from a feature {@code label} or else {@code value}
 *       (e.g. a PHI layer whose {@code value} tag set is the PHI categories). Their other primitive
 *       features become attributes.
 * </ul>
 *
 * <p>Features become attributes named like contract fields ({@code t} → {@code T}, {@code
 * gradeValue} → {@code grade.value}, {@code gleasonScore} → {@code score} …). UIMA numbers cannot
 * be absent, so numeric features equal to 0 are read as unset (the type system's convention: {@code
 * line} 0 = unknown). Every {@code TypeSystem.xml} (any case) in the folder (INCEpTION exports put
 * one beside each document) is merged with the onconlp type system, and XMI is read leniently:
 * types unknown to both are skipped. A document's id is the onconlp {@code
 * DocumentMetadata.documentId} when present, else the DKPro/INCEpTION {@code
 * DocumentMetaData.documentTitle} without extension, else the file's path relative to the folder
 * without {@code .xmi}.
 */
public final class XmiReader {
  private static final String ONCO_TYPES = "/org/onconlp/types/OncoTypeSystem.xml";
  private static final String PHI = "org.onconlp.types.Phi";
  private static final String MENTION = "org.onconlp.types.Mention";
  private static final String METADATA = "org.onconlp.types.DocumentMetadata";
  private static final String DKPRO_METADATA =
      "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData";
  private static final String CUSTOM_PREFIX = "webanno.custom.";
  private static final Set<String> MENTION_LABELS =
      Set.of(Labels.TUMOUR, Labels.STAGE, Labels.BIOMARKER, Labels.TREATMENT, "Event");
  private static final Set<String> NUMERIC_RANGES =
      Set.of(
          CAS.TYPE_NAME_INTEGER,
          CAS.TYPE_NAME_FLOAT,
          CAS.TYPE_NAME_DOUBLE,
          CAS.TYPE_NAME_LONG,
          CAS.TYPE_NAME_SHORT,
          CAS.TYPE_NAME_BYTE);
  private static final Set<String> SKIPPED_FEATURES = Set.of("sofa", "begin", "end", "component");

  /** Type-system feature names that differ from the contract field names. */
  private static final Map<String, String> CONTRACT_NAMES =
      Map.ofEntries(
          Map.entry("t", "T"),
          Map.entry("n", "N"),
          Map.entry("m", "M"),
          Map.entry("r", "R"),
          Map.entry("l", "L"),
          Map.entry("v", "V"),
          Map.entry("pn", "Pn"),
          Map.entry("g", "G"),
          Map.entry("gleasonPrimary", "primary"),
          Map.entry("gleasonSecondary", "secondary"),
          Map.entry("gleasonScore", "score"),
          Map.entry("gradeSystem", "grade.system"),
          Map.entry("gradeValue", "grade.value"),
          Map.entry("startDate", "start"),
          Map.entry("endDate", "end"));

  private final Map<String, String> layers;

  /** A reader with the default handling of custom layers. */
  public XmiReader() {
    this(Map.of());
  }

  /**
   * @param layers type name → name of the feature holding the entity label, for layers of other
   *     type systems (INCEpTION custom layers)
   */
  public XmiReader(Map<String, String> layers) {
    this.layers = Map.copyOf(layers);
  }

  /** Reads one {@code .xmi} file, or every {@code .xmi} under a folder. */
  public Corpus read(Path path) throws IOException {
    boolean folder = Files.isDirectory(path);
    Path base = folder ? path : path.toAbsolutePath().getParent();
    List<Path> files;
    if (folder) {
      try (Stream<Path> s = Files.walk(path)) {
        files = s.filter(p -> p.toString().endsWith(".xmi")).sorted().toList();
      }
    } else {
      files = List.of(path);
    }
    CAS cas = createCas(base);
    List<EvalDocument> docs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      String rel = base.relativize(file.toAbsolutePath()).toString().replace('\\', '/');
      String fallbackId = rel.substring(0, rel.length() - ".xmi".length());
      cas.reset();
      try (InputStream in = Files.newInputStream(file)) {
        XmiCasDeserializer.deserialize(in, cas, true);
      } catch (org.xml.sax.SAXException | RuntimeException e) {
        problems.add(rel + ": not a readable XMI file");
        continue;
      }
      docs.add(toDocument(cas, fallbackId));
    }
    return new Corpus(docs, problems);
  }

  /** Converts a loaded CAS (any view) into a gold document. */
  public EvalDocument toDocument(CAS anyView, String fallbackId) {
    CAS original = anyView.getView(Views.ORIGINAL);
    TypeSystem ts = original.getTypeSystem();
    String text = original.getDocumentText() == null ? "" : original.getDocumentText();
    String id = fallbackId;
    boolean ownId = false;
    List<EvalEntity> entities = new ArrayList<>();
    List<DeidOffsetMapper.Phi> phis = new ArrayList<>();
    Type phiType = ts.getType(PHI);
    Type mentionType = ts.getType(MENTION);
    Type metadataType = ts.getType(METADATA);
    for (AnnotationFS a : original.getAnnotationIndex()) {
      Type t = a.getType();
      if (a.getBegin() < 0 || a.getEnd() < a.getBegin()) {
        continue;
      }
      if (metadataType != null && ts.subsumes(metadataType, t)) {
        String docId = a.getFeatureValueAsString(t.getFeatureByBaseName("documentId"));
        if (docId != null && !docId.isBlank()) {
          id = docId;
          ownId = true;
        }
      } else if (t.getName().equals(DKPRO_METADATA) && !ownId) {
        id = titleId(a, id);
      } else if (phiType != null && ts.subsumes(phiType, t)) {
        String category = a.getFeatureValueAsString(t.getFeatureByBaseName("category"));
        String surrogate = a.getFeatureValueAsString(t.getFeatureByBaseName("surrogate"));
        if (category != null) {
          phis.add(new DeidOffsetMapper.Phi(a.getBegin(), a.getEnd(), surrogate));
          entities.add(
              new EvalEntity(category, List.of(new Span(a.getBegin(), a.getEnd())), Map.of()));
        }
      } else if (mentionType != null && ts.subsumes(mentionType, t)) {
        entities.add(mention(a, null));
      } else {
        EvalEntity custom = custom(a);
        if (custom != null) {
          entities.add(custom);
        }
      }
    }
    CAS deid = view(anyView, Views.DEID);
    if (deid != null && mentionType != null) {
      DeidOffsetMapper mapper = new DeidOffsetMapper(phis);
      for (AnnotationFS a : deid.getAnnotationIndex(mentionType)) {
        if (a.getBegin() >= 0 && a.getEnd() >= a.getBegin()) {
          entities.add(mention(a, mapper));
        }
      }
    }
    return new EvalDocument(id, text, entities);
  }

  /**
   * The DKPro/INCEpTION document title without its extension ({@code cr-0001.txt} → {@code
   * cr-0001}), which names the document better than INCEpTION's export path ({@code
   * annotation/cr-0001.txt/annotator.xmi}).
   */
  private static String titleId(AnnotationFS meta, String fallback) {
    Feature f = meta.getType().getFeatureByBaseName("documentTitle");
    String title = f == null ? null : meta.getFeatureValueAsString(f);
    if (title == null || title.isBlank()) {
      return fallback;
    }
    int dot = title.lastIndexOf('.');
    return dot > 0 ? title.substring(0, dot) : title;
  }

  private static CAS view(CAS cas, String name) {
    Iterator<CAS> views = cas.getViewIterator();
    while (views.hasNext()) {
      CAS v = views.next();
      if (name.equals(v.getViewName())) {
        return v;
      }
    }
    return null;
  }

  private static EvalEntity mention(AnnotationFS a, DeidOffsetMapper mapper) {
    int begin = a.getBegin();
    int end = a.getEnd();
    if (mapper != null) {
      begin = mapper.toOriginalBegin(begin);
      end = Math.max(begin, mapper.toOriginalEnd(end));
    }
    return new EvalEntity(
        a.getType().getShortName(), List.of(new Span(begin, end)), features(a, null));
  }

  private EvalEntity custom(AnnotationFS a) {
    Type t = a.getType();
    String labelFeature = layers.get(t.getName());
    boolean customLayer = t.getName().startsWith(CUSTOM_PREFIX);
    if (labelFeature == null && customLayer && MENTION_LABELS.contains(t.getShortName())) {
      return new EvalEntity(
          t.getShortName(), List.of(new Span(a.getBegin(), a.getEnd())), features(a, null));
    }
    if (labelFeature == null && customLayer) {
      labelFeature = t.getFeatureByBaseName("label") != null ? "label" : "value";
    }
    Feature f = labelFeature == null ? null : t.getFeatureByBaseName(labelFeature);
    String label = f == null || !f.getRange().isPrimitive() ? null : a.getFeatureValueAsString(f);
    if (label == null || label.isBlank()) {
      return null;
    }
    return new EvalEntity(
        label.strip(), List.of(new Span(a.getBegin(), a.getEnd())), features(a, labelFeature));
  }

  private static Map<String, String> features(AnnotationFS a, String skip) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Feature f : a.getType().getFeatures()) {
      String name = f.getShortName();
      if (SKIPPED_FEATURES.contains(name) || name.equals(skip) || !f.getRange().isPrimitive()) {
        continue;
      }
      String value = a.getFeatureValueAsString(f);
      boolean numeric = NUMERIC_RANGES.contains(f.getRange().getName());
      if (value == null || numeric && Double.parseDouble(value) == 0) {
        continue;
      }
      out.put(CONTRACT_NAMES.getOrDefault(name, name), value);
    }
    return out;
  }

  private static CAS createCas(Path folder) throws IOException {
    try {
      List<TypeSystemDescription> systems = new ArrayList<>();
      URL ours = XmiReader.class.getResource(ONCO_TYPES);
      systems.add(
          UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(ours)));
      Set<String> seen = new HashSet<>();
      try (Stream<Path> s = Files.walk(folder)) {
        for (Path p :
            s.filter(p -> p.getFileName().toString().equalsIgnoreCase("TypeSystem.xml")).toList()) {
          // INCEpTION exports repeat the same type system beside every document.
          if (seen.add(Files.readString(p, StandardCharsets.UTF_8))) {
            systems.add(
                UIMAFramework.getXMLParser()
                    .parseTypeSystemDescription(new XMLInputSource(p.toFile())));
          }
        }
      }
      TypeSystemDescription merged = CasCreationUtils.mergeTypeSystems(systems);
      return CasCreationUtils.createCas(merged, null, null);
    } catch (InvalidXMLException | ResourceInitializationException e) {
      throw new IOException("cannot build the type system for XMI reading: " + e.getMessage(), e);
    }
  }
}
