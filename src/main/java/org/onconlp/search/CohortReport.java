package org.onconlp.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onconlp.search.CohortQuery.Leaf;

/**
 * Presents a {@link CohortResult} as text or JSON with small counts suppressed everywhere. The
 * patient list and its evidence appear only when asked ({@code records}), which the caller must
 * have written to the {@link AuditLog} first.
 *
 * @param counts the suppression rule
 * @param records whether to list patients with their evidence
 * @param limit most patients listed
 * @param facets whether to compute facets
 * @param facetSize most values per facet
 */
public record CohortReport(SmallCounts counts, boolean records, int limit, boolean facets, int facetSize) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The result as a JSON object. */
  public ObjectNode json(CohortResult result, long millis) throws IOException {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("query", result.query().text());
    count(out, "patients", result.patientCount());
    count(out, "reports", result.reportCount());
    out.put("suppressedBelow", counts.threshold());
    out.put("millis", millis);
    ArrayNode criteria = out.putArray("criteria");
    for (Leaf leaf : result.query().leaves()) {
      ObjectNode c = criteria.addObject();
      c.put("number", leaf.number());
      c.put("criterion", leaf.source());
      count(c, "patients", result.criterionPatientCount(leaf.number()));
    }
    if (facets) {
      ObjectNode f = out.putObject("facets");
      for (Map.Entry<String, List<CohortResult.FacetValue>> e : result.facets(facetSize).entrySet()) {
        ArrayNode values = f.putArray(e.getKey());
        for (CohortResult.FacetValue v : e.getValue()) {
          ObjectNode o = values.addObject();
          o.put("value", v.value());
          count(o, "patients", v.patients());
        }
      }
    }
    if (records) {
      ArrayNode patients = out.putArray("records");
      for (CohortResult.PatientEvidence p : result.patients(limit)) {
        ObjectNode po = patients.addObject();
        po.put("patientId", p.patientId());
        ArrayNode cs = po.putArray("criteria");
        for (CohortResult.CriterionEvidence c : p.criteria()) {
          ObjectNode co = cs.addObject();
          co.put("number", c.number());
          co.put("criterion", c.criterion());
          ArrayNode rs = co.putArray("reports");
          for (CohortResult.ReportEvidence r : c.reports()) {
            ObjectNode ro = rs.addObject();
            ro.put("id", r.id());
            ro.put("type", r.type());
            ro.put("date", r.date());
            ArrayNode ss = ro.putArray("snippets");
            for (CohortResult.Snippet s : r.snippets()) {
              ObjectNode so = ss.addObject();
              so.put("begin", s.begin());
              so.put("end", s.end());
              so.put("fragment", s.fragment());
            }
          }
        }
      }
    }
    return out;
  }

  private void count(ObjectNode node, String name, long n) {
    if (counts.suppressed(n)) {
      node.put(name, counts.show(n));
    } else {
      node.put(name, n);
    }
  }

  /** The result as human-readable text. */
  public String text(CohortResult result, long millis) throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%s patients, %s reports (%d ms)%n",
            counts.show(result.patientCount()),
            counts.show(result.reportCount()),
            millis));
    for (Leaf leaf : result.query().leaves()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  criterion %d  %-40s %s patients on its own%n",
              leaf.number(),
              leaf.source(),
              counts.show(result.criterionPatientCount(leaf.number()))));
    }
    if (facets) {
      for (Map.Entry<String, List<CohortResult.FacetValue>> e : result.facets(facetSize).entrySet()) {
        sb.append(e.getKey()).append(':');
        if (e.getValue().isEmpty()) {
          sb.append(" -");
        }
        for (CohortResult.FacetValue v : e.getValue()) {
          sb.append(' ').append(v.value()).append(" (").append(counts.show(v.patients())).append(')');
        }
        sb.append(System.lineSeparator());
      }
    }
    if (records) {
      for (CohortResult.PatientEvidence p : result.patients(limit)) {
        sb.append("patient ").append(p.patientId()).append(System.lineSeparator());
        for (CohortResult.CriterionEvidence c : p.criteria()) {
          sb.append("  [").append(c.number()).append("] ").append(c.criterion()).append(System.lineSeparator());
          for (CohortResult.ReportEvidence r : c.reports()) {
            sb.append("    ").append(r.id()).append(' ').append(r.date()).append(' ').append(r.type())
                .append(System.lineSeparator());
            for (CohortResult.Snippet s : r.snippets()) {
              sb.append(String.format(Locale.ROOT, "      %d-%d %s%n", s.begin(), s.end(), s.fragment()));
            }
          }
        }
      }
    } else {
      sb.append("(patient list not shown: use --records, which is written to the audit log)")
          .append(System.lineSeparator());
    }
    return sb.toString();
  }
}
