package org.onconlp.search.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.onconlp.eval.synth.SyntheticReport;

/**
 * Contract JSON with invented facts for benchmarking the cohort index while the extractors are
 * being written: each {@link SyntheticReport} (its id, patient, type, date and text) receives
 * facts drawn deterministically from its patient's number, consistent across the patient's
 * reports. Report rank 0 (pathology) carries the tumour, TNM, stage group, biomarkers and
 * Gleason; rank 1 starts line 1 (chemotherapy); rank 4 may record a progression; rank 5 may start
 * line 2 (targeted therapy or immunotherapy); other reports mention the tumour again. About 5 %
 * of biomarkers are negated. Facts carry no offsets (the text is not about them). Site mix:
 * breast 35 %, lung 25 %, colon 25 %, prostate 15 %. Thread-safe.
 */
public final class SyntheticFacts {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final long seed;

  /** @param seed equal seeds give equal facts */
  public SyntheticFacts(long seed) {
    this.seed = seed;
  }

  /**
   * The contract object of a report with facts.
   *
   * @param report the report
   * @param patientIndex the patient's number
   * @param rank the report's rank among its patient's reports (0-based)
   */
  public ObjectNode contract(SyntheticReport report, int patientIndex, int rank) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("schemaVersion", "1");
    json.put("id", report.id());
    json.put("patientId", report.patientId());
    json.put("type", report.type());
    json.put("date", report.date());
    json.put("text", report.text());
    json.putArray("phi");
    ArrayNode tumours = json.putArray("tumours");
    ArrayNode stages = json.putArray("stages");
    ArrayNode biomarkers = json.putArray("biomarkers");
    ArrayNode treatments = json.putArray("treatments");
    ArrayNode events = json.putArray("events");
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + patientIndex);
    int siteDraw = r.nextInt(100);
    String site = siteDraw < 35 ? "breast" : siteDraw < 60 ? "lung" : siteDraw < 85 ? "colon" : "prostate";
    int t = 1 + r.nextInt(4);
    int n = r.nextInt(4);
    int m = r.nextInt(100) < 20 ? 1 : 0;
    String topography;
    String morphology;
    switch (site) {
      case "breast" -> {
        topography = "C50." + r.nextInt(10);
        morphology = r.nextInt(100) < 80 ? "8500/3" : "8520/3";
      }
      case "lung" -> {
        topography = "C34." + r.nextInt(4);
        morphology = r.nextInt(100) < 70 ? "8140/3" : r.nextInt(2) == 0 ? "8070/3" : "8041/3";
      }
      case "colon" -> {
        topography = "C18." + r.nextInt(10);
        morphology = "8140/3";
      }
      default -> {
        topography = "C61";
        morphology = "8140/3";
      }
    }
    boolean progression = r.nextInt(100) < 30;
    boolean secondLine = r.nextInt(100) < 40;
    int draw = r.nextInt(100);
    tumours.addObject().put("topography", topography).put("morphology", morphology).put("negated", false);
    if (rank == 0) {
      stages.addObject().put("system", "TNM").put("prefix", "p").put("T", Integer.toString(t))
          .put("N", Integer.toString(n)).put("M", Integer.toString(m));
      stages.addObject().put("system", "STAGE_GROUP").put("value", group(t, n, m));
      biomarkers(site, r, draw, biomarkers, stages);
    }
    LocalDate date = LocalDate.parse(report.date());
    if (rank == 1) {
      String agent =
          switch (site) {
            case "breast" -> "FEC";
            case "lung" -> "carboplatin-pemetrexed";
            case "colon" -> "FOLFOX";
            default -> "docetaxel";
          };
      treatments.addObject().put("category", "chemotherapy").put("agent", agent).put("line", 1)
          .put("status", "ongoing").put("startDate", date.toString());
    }
    if (rank == 4 && progression) {
      events.addObject().put("type", "response").put("response", "progression").put("date", date.toString());
    }
    if (rank == 5 && secondLine) {
      boolean targeted = site.equals("lung") && draw < 20 || site.equals("breast");
      String agent =
          switch (site) {
            case "breast" -> "trastuzumab";
            case "lung" -> targeted ? "osimertinib" : "pembrolizumab";
            case "colon" -> "bevacizumab";
            default -> "enzalutamide";
          };
      String category =
          site.equals("prostate") ? "hormonotherapy" : targeted || site.equals("colon") ? "targeted" : "immunotherapy";
      String atc =
          switch (agent) {
            case "trastuzumab" -> "L01FD01";
            case "osimertinib" -> "L01EB04";
            case "pembrolizumab" -> "L01FF02";
            case "bevacizumab" -> "L01FG01";
            default -> "L02BB04";
          };
      treatments.addObject().put("category", category).put("agent", agent).put("atc", atc)
          .put("line", 2).put("status", "ongoing").put("startDate", date.toString());
    }
    return json;
  }

  private static void biomarkers(String site, SplittableRandom r, int draw, ArrayNode out, ArrayNode stages) {
    boolean negated = r.nextInt(100) < 5;
    switch (site) {
      case "breast" -> {
        out.addObject().put("name", "HER2").put("interpretation", draw < 20 ? "positive" : "negative").put("negated", false);
        int er = r.nextInt(101);
        out.addObject().put("name", "ER").put("percent", er).put("interpretation", er >= 10 ? "positive" : "negative");
      }
      case "lung" -> {
        out.addObject().put("name", "EGFR").put("interpretation", "mutated").put("variant", "p.L858R")
            .put("negated", draw >= 20 || negated);
        out.addObject().put("name", "PDL1").put("percent", r.nextInt(101));
        if (r.nextInt(100) < 5) {
          out.addObject().put("name", "ALK").put("interpretation", "rearranged");
        }
      }
      case "colon" -> {
        out.addObject().put("name", "KRAS").put("interpretation", draw < 40 ? "mutated" : "wild_type")
            .put("negated", negated);
        out.addObject().put("name", "MSI").put("interpretation", r.nextInt(100) < 10 ? "high" : "low");
      }
      default -> {
        int primary = 3 + r.nextInt(3);
        int secondary = 3 + r.nextInt(3);
        stages.addObject().put("system", "GLEASON").put("primary", primary).put("secondary", secondary)
            .put("score", primary + secondary);
      }
    }
  }

  private static String group(int t, int n, int m) {
    if (m == 1) {
      return "IV";
    }
    if (n >= 2 || t == 4) {
      return "IIIA";
    }
    if (n == 1 || t == 3) {
      return "IIB";
    }
    return t == 2 ? "IB" : "IA";
  }
}
