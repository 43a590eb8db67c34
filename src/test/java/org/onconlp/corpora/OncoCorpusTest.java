package org.onconlp.corpora;

import org.onconlp.deid.structured.NirValidator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the committed {@code corpora/onco/} corpus: layout, offsets, labels, attribute names and
 * values (output contract and {@code corpora/annotation.conf} plus the Event extension documented
 * in {@code corpora/onco/README.md}), metadata and patient-level splits.
 */
class OncoCorpusTest {
  private static final Path ONCO = Path.of("corpora", "onco");
  private static final Path CONF = Path.of("corpora", "annotation.conf");
  private static final List<String> SPLITS = List.of("train", "dev", "test");
  private static final Set<String> PHI =
      Set.of(
          "NOM", "PRENOM", "DATE", "DATE_NAISSANCE", "ADRESSE", "VILLE", "ZIP", "TEL", "MAIL",
          "SECU", "IPP", "NDA", "HOPITAL", "RPPS", "URL", "AGE", "ID");
  private static final Set<String> CLINICAL =
      Set.of("Tumour", "Stage", "Biomarker", "Treatment", "Event");
  private static final Set<String> FLAGS = Set.of("Negated", "Hypothetical", "Family", "Historical");
  private static final Set<String> DOC_TYPES =
      Set.of("pathology", "consultation", "rcp", "operative", "imaging", "discharge", "other");

  /** Closed-list attributes per label: annotation.conf of the eval toolkit + Event extension. */
  private static final Map<String, Map<String, Set<String>>> CLOSED =
      Map.of(
          "Tumour", Map.of("laterality", values("left|right|bilateral")),
          "Stage",
              Map.of(
                  "system",
                      values("TNM|STAGE_GROUP|FIGO|GLEASON|ANN_ARBOR|ISS|BINET|BRESLOW|CLARK"),
                  "prefix", values("c|p|yp|yc|r|a|u"),
                  "T", values("x|0|is|1|1mi|1a|1b|1c|2|2a|2b|2c|3|3a|3b|3c|4|4a|4b|4c|4d"),
                  "N", values("x|0|0(i+)|0(mol+)|1|1mi|1a|1b|1c|2|2a|2b|2c|3|3a|3b|3c"),
                  "M", values("x|0|0(i+)|1|1a|1b|1c|1d")),
          "Biomarker",
              Map.of(
                  "name",
                      values(
                          "ER|PR|HER2|KI67|EGFR|ALK|ROS1|KRAS|NRAS|BRAF|MET|RET|NTRK|PIK3CA|BRCA1|"
                              + "BRCA2|HRD|PDL1|MSI|MMR|MLH1|MSH2|MSH6|PMS2|TMB|IDH1|IDH2|MGMT|"
                              + "1P19Q|FLT3|NPM1|JAK2|BCR_ABL|TP53|CD20|P16|HPV|AR|PSA|CA125|CEA"),
                  "method", values("IHC|FISH|SISH|CISH|NGS|PCR"),
                  "interpretation",
                      values(
                          "positive|negative|equivocal|mutated|wild_type|amplified|not_amplified|"
                              + "rearranged|not_rearranged|high|low|deficient|proficient|unknown")),
          "Treatment",
              Map.of(
                  "category",
                      values(
                          "surgery|chemotherapy|radiotherapy|hormonotherapy|targeted|immunotherapy|"
                              + "cell_therapy|transplant|supportive|other"),
                  "status", values("planned|ongoing|completed|stopped|unknown"),
                  "setting",
                      values("neoadjuvant|adjuvant|metastatic|maintenance|curative|palliative"),
                  "line", values("1|2|3|4|5|6|7|8"),
                  "stopReason",
                      values("toxicity|progression|completion|patient_choice|other")),
          "Event",
              Map.of(
                  "type", values("performance_status|response|metastasis|death"),
                  "scale", values("ECOG|KARNOFSKY"),
                  "response",
                      values("complete|partial|stable|progression|relapse|recurrence")));

  /** Biomarker names outside the contract list (cytogenetics), written in the note. */
  private static final Set<String> EXTRA_BIOMARKERS = Set.of("DEL17P", "T4_14", "T11_14");

  /** Free-text keys allowed in AnnotatorNotes, per label. */
  private static final Map<String, Set<String>> NOTE_KEYS =
      Map.of(
          "Tumour", Set.of("morphology", "topography", "grade.system", "grade.value", "adicap"),
          "Stage",
              Set.of(
                  "value", "primary", "secondary", "score", "isup", "R", "L", "V", "Pn", "G",
                  "edition", "T", "N", "M", "nodes"),
          "Biomarker", Set.of("value", "percent", "score", "variant", "name"),
          "Treatment", Set.of("agent", "atc", "start", "end", "dose", "fractions"),
          "Event", Set.of("value", "site", "date"));

  private static final Pattern MORPHOLOGY = Pattern.compile("\\d{4}/[0-36]");
  private static final Pattern TOPOGRAPHY = Pattern.compile("C\\d\\d(\\.\\d)?");
  private static final Pattern ATC = Pattern.compile("[A-Z]\\d\\d[A-Z]{2}\\d\\d");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern AGENT =
      Pattern.compile("[a-zà-ÿ][a-zà-ÿ -]*|[A-Z][A-Z0-9-]*");
  private static final Pattern BIOMARKER_NAME = Pattern.compile("[A-Z0-9_]+");

  private static Map<String, String> splitOf;
  private static Map<String, Doc> docs;

  /** One parsed BRAT document. */
  private record Doc(String id, String split, String text, Map<String, Entity> entities) {}

  /** One text-bound annotation with its attributes (A lines) and note pairs. */
  private record Entity(
      String tid,
      String label,
      List<int[]> fragments,
      String covered,
      Map<String, String> attributes,
      Map<String, String> notes) {}

  private static Set<String> values(String spec) {
    return Set.of(spec.split("\\|"));
  }

  @BeforeAll
  static void load() throws IOException {
    splitOf = new TreeMap<>();
    docs = new LinkedHashMap<>();
    for (String split : SPLITS) {
      Path dir = ONCO.resolve(split);
      try (Stream<Path> files = Files.list(dir)) {
        for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          String name = txt.getFileName().toString();
          String id = name.substring(0, name.length() - 4);
          splitOf.put(id, split);
          Path ann = dir.resolve(id + ".ann");
          String text = Files.readString(txt, StandardCharsets.UTF_8);
          Map<String, Entity> entities =
              Files.exists(ann)
                  ? parse(id, Files.readAllLines(ann, StandardCharsets.UTF_8))
                  : Map.of();
          docs.put(id, new Doc(id, split, text, entities));
        }
      }
    }
  }

  private static Map<String, Entity> parse(String id, List<String> lines) {
    Map<String, Entity> entities = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      switch (line.charAt(0)) {
        case 'T' -> {
          assertEquals(3, f.length, id + ": " + line);
          String[] labelAndOffsets = f[1].split(" ", 2);
          List<int[]> fragments = new ArrayList<>();
          for (String fragment : labelAndOffsets[1].split(";")) {
            String[] be = fragment.split(" ");
            fragments.add(new int[] {Integer.parseInt(be[0]), Integer.parseInt(be[1])});
          }
          entities.put(
              f[0],
              new Entity(
                  f[0], labelAndOffsets[0], fragments, f[2], new LinkedHashMap<>(),
                  new LinkedHashMap<>()));
        }
        case 'A' -> {
          String[] parts = f[1].split(" ");
          Entity target = entities.get(parts[1]);
          assertTrue(target != null, id + ": attribute before or without its entity: " + line);
          target.attributes().put(parts[0], parts.length > 2 ? parts[2] : "");
        }
        case '#' -> {
          Entity target = entities.get(f[1].split(" ")[1]);
          assertTrue(target != null, id + ": note without its entity: " + line);
          for (String pair : f[2].split(";")) {
            String[] kv = pair.strip().split("=", 2);
            assertEquals(2, kv.length, id + ": note pair " + pair);
            target.notes().put(kv[0], kv[1]);
          }
        }
        default -> throw new AssertionError(id + ": unexpected line " + line);
      }
    }
    return entities;
  }

  @Test
  void corpusHasAtLeast120ReportsInTheThreeSplits() {
    assertTrue(docs.size() >= 120, "reports: " + docs.size());
    Map<String, Integer> perSplit = new TreeMap<>();
    splitOf.values().forEach(s -> perSplit.merge(s, 1, Integer::sum));
    assertEquals(Map.of("dev", 30, "test", 30, "train", 60), perSplit);
  }

  @Test
  void everyReportHasItsAnnFileAndNoAnnIsOrphan() throws IOException {
    for (String split : SPLITS) {
      try (Stream<Path> files = Files.list(ONCO.resolve(split))) {
        for (Path p : files.toList()) {
          String name = p.getFileName().toString();
          if (name.endsWith(".ann")) {
            String id = name.substring(0, name.length() - 4);
            assertEquals(split, splitOf.get(id), name + " has no .txt");
          } else if (name.endsWith(".txt")) {
            assertTrue(Files.exists(p.resolveSibling(name.replace(".txt", ".ann"))), name);
          }
        }
      }
    }
  }

  @Test
  void everySpanCoversItsTextAtJavaStringOffsets() {
    int spans = 0;
    for (Doc doc : docs.values()) {
      for (Entity e : doc.entities().values()) {
        StringBuilder covered = new StringBuilder();
        for (int[] be : e.fragments()) {
          if (!covered.isEmpty()) {
            covered.append(' ');
          }
          covered.append(doc.text(), be[0], be[1]);
          assertEquals(
              doc.text().substring(be[0], be[1]).strip(),
              doc.text().substring(be[0], be[1]),
              doc.id() + " " + e.tid() + " has surrounding space");
        }
        assertEquals(e.covered(), covered.toString(), doc.id() + " " + e.tid());
        spans++;
      }
    }
    assertTrue(spans > 120 * 20, "spans: " + spans);
  }

  @Test
  void labelsAreContractPhiCategoriesOrClinicalLabels() {
    Set<String> labels = new TreeSet<>();
    docs.values().forEach(d -> d.entities().values().forEach(e -> labels.add(e.label())));
    for (String label : labels) {
      assertTrue(PHI.contains(label) || CLINICAL.contains(label), label);
    }
    assertTrue(labels.containsAll(CLINICAL), labels.toString());
  }

  @Test
  void attributeNamesAndClosedValuesFollowTheConfiguration() {
    for (Doc doc : docs.values()) {
      for (Entity e : doc.entities().values()) {
        String where = doc.id() + " " + e.tid() + " " + e.label();
        if (PHI.contains(e.label())) {
          assertTrue(e.attributes().isEmpty() && e.notes().isEmpty(), where);
          continue;
        }
        e.attributes()
            .forEach(
                (name, value) -> {
                  if (FLAGS.contains(name)) {
                    assertEquals("", value, where + " binary " + name);
                  } else {
                    Set<String> allowed = CLOSED.get(e.label()).get(name);
                    assertTrue(allowed != null, where + " unknown attribute " + name);
                    assertTrue(allowed.contains(value), where + " " + name + "=" + value);
                  }
                });
        for (String key : e.notes().keySet()) {
          assertTrue(NOTE_KEYS.get(e.label()).contains(key), where + " note key " + key);
        }
      }
    }
  }

  @Test
  void freeTextValuesAreWellFormedContractCodes() {
    for (Doc doc : docs.values()) {
      for (Entity e : doc.entities().values()) {
        String where = doc.id() + " " + e.tid() + " " + e.covered();
        Map<String, String> n = e.notes();
        switch (e.label()) {
          case "Tumour" -> {
            assertTrue(MORPHOLOGY.matcher(n.getOrDefault("morphology", "")).matches(), where);
            assertTrue(TOPOGRAPHY.matcher(n.getOrDefault("topography", "")).matches(), where);
          }
          case "Stage" -> assertTrue(e.attributes().containsKey("system"), where);
          case "Biomarker" -> {
            String name = e.attributes().getOrDefault("name", n.get("name"));
            assertTrue(name != null && BIOMARKER_NAME.matcher(name).matches(), where);
            assertTrue(
                CLOSED.get("Biomarker").get("name").contains(name)
                    || EXTRA_BIOMARKERS.contains(name),
                where + " name " + name);
            assertTrue(e.attributes().containsKey("interpretation"), where);
          }
          case "Treatment" -> {
            assertTrue(e.attributes().containsKey("category"), where);
            assertTrue(AGENT.matcher(n.getOrDefault("agent", "")).matches(), where);
            if (n.containsKey("atc")) {
              assertTrue(ATC.matcher(n.get("atc")).matches(), where);
            }
            for (String key : List.of("start", "end")) {
              if (n.containsKey(key)) {
                assertTrue(ISO_DATE.matcher(n.get(key)).matches(), where + " " + key);
              }
            }
          }
          case "Event" -> {
            String type = e.attributes().get("type");
            assertTrue(type != null, where);
            if (type.equals("performance_status")) {
              assertTrue(e.attributes().containsKey("scale"), where);
              assertTrue(n.getOrDefault("value", "").matches("\\d{1,3}"), where);
            }
            if (type.equals("response")) {
              assertTrue(e.attributes().containsKey("response"), where);
            }
            if (n.containsKey("site")) {
              assertTrue(TOPOGRAPHY.matcher(n.get("site")).matches(), where);
            }
            if (n.containsKey("date")) {
              assertTrue(ISO_DATE.matcher(n.get("date")).matches(), where);
            }
          }
          default -> {
            // PHI: checked by attributeNamesAndClosedValuesFollowTheConfiguration
          }
        }
      }
    }
  }

  @Test
  void labelsAndAttributesAreDeclaredInAnnotationConfOnceMerged() throws IOException {
    assumeTrue(Files.exists(CONF), "corpora/annotation.conf not on this branch yet");
    Set<String> declared = new TreeSet<>();
    String section = "";
    for (String raw : Files.readAllLines(CONF, StandardCharsets.UTF_8)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[")) {
        section = line;
      } else if (section.equals("[entities]")) {
        declared.add(line.split("\\s")[0]);
      } else if (section.equals("[attributes]")) {
        declared.add("@" + line.split("\\s")[0]);
      }
    }
    boolean eventDeclared = declared.contains("Event");
    for (Doc doc : docs.values()) {
      for (Entity e : doc.entities().values()) {
        if (e.label().equals("Event") && !eventDeclared) {
          continue;
        }
        assertTrue(declared.contains(e.label()), doc.id() + " label " + e.label());
        for (String name : e.attributes().keySet()) {
          assertTrue(declared.contains("@" + name), doc.id() + " attribute " + name);
        }
      }
    }
  }

  @Test
  void metadataCoversEveryReportWithContractTypesAndIsoDates() throws IOException {
    for (String split : SPLITS) {
      List<String> rows =
          Files.readAllLines(ONCO.resolve(split).resolve("metadata.csv"), StandardCharsets.UTF_8);
      assertEquals("id,patientId,type,date", rows.get(0));
      Set<String> ids = new TreeSet<>();
      for (String row : rows.subList(1, rows.size())) {
        String[] f = row.split(",");
        assertEquals(4, f.length, row);
        assertTrue(DOC_TYPES.contains(f[2]), row);
        assertTrue(f[3].matches("\\d{4}-\\d{2}-\\d{2}"), row);
        assertTrue(ids.add(f[0]), "duplicate " + row);
      }
      Set<String> expected = new TreeSet<>();
      splitOf.forEach((id, s) -> {
        if (s.equals(split)) {
          expected.add(id);
        }
      });
      assertEquals(expected, ids, split);
    }
  }

  @Test
  void noPatientSpansTwoSplitsAndEachHasTwoToFourReports() throws IOException {
    Map<String, String> patientSplit = new HashMap<>();
    Map<String, Integer> reports = new HashMap<>();
    for (String split : SPLITS) {
      List<String> rows =
          Files.readAllLines(ONCO.resolve(split).resolve("metadata.csv"), StandardCharsets.UTF_8);
      for (String row : rows.subList(1, rows.size())) {
        String patient = row.split(",")[1];
        String before = patientSplit.putIfAbsent(patient, split);
        assertTrue(before == null || before.equals(split), patient + " in " + before + "+" + split);
        reports.merge(patient, 1, Integer::sum);
      }
    }
    reports.forEach((p, n) -> assertTrue(n >= 2 && n <= 4, p + ": " + n));
    assertTrue(patientSplit.size() >= 40, "patients: " + patientSplit.size());
  }

  @Test
  void everySplitHasEveryClinicalLabelAndContextFlag() {
    for (String split : SPLITS) {
      Set<String> seen = new TreeSet<>();
      for (Doc doc : docs.values()) {
        if (doc.split().equals(split)) {
          for (Entity e : doc.entities().values()) {
            seen.add(e.label());
            e.attributes().keySet().stream().filter(FLAGS::contains).forEach(seen::add);
          }
        }
      }
      assertTrue(seen.containsAll(CLINICAL), split + " " + seen);
      assertTrue(seen.containsAll(FLAGS), split + " " + seen);
    }
  }

  @Test
  void everySplitCoversTheMainCancerSites() {
    Set<String> sites = Set.of("C50", "C34", "C18", "C61", "C56", "C44", "C77", "C42");
    Map<String, String> colorectum = Map.of("C19", "C18", "C20", "C18");
    for (String split : SPLITS) {
      Set<String> seen = new TreeSet<>();
      for (Doc doc : docs.values()) {
        if (doc.split().equals(split)) {
          for (Entity e : doc.entities().values()) {
            String topo = e.notes().get("topography");
            if (e.label().equals("Tumour") && topo != null) {
              String site = topo.substring(0, 3).toUpperCase(Locale.ROOT);
              seen.add(colorectum.getOrDefault(site, site));
            }
          }
        }
      }
      assertTrue(seen.containsAll(sites), split + " " + seen);
    }
  }

  @Test
  void everyNirHasAValidKey() {
    int nirs = 0;
    for (Doc doc : docs.values()) {
      for (Entity e : doc.entities().values()) {
        if (e.label().equals("SECU")) {
          assertTrue(new NirValidator().isValid(NirValidator.compact(e.covered())), doc.id() + " " + e.tid());
          nirs++;
        }
      }
    }
    assertTrue(nirs > 0, "NIRs: " + nirs);
  }
}
