package org.onconlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes an {@link EvalResult} as {@code scores.json}: numbers and document counts only, never
 * document text, so the file can be shared and kept under version control.
 *
 * <p>Shape (every score addressable by a dotted path, used by {@code eval/floors.json}):
 *
 * <pre>
 * schemaVersion, documents{gold, predicted, missingPredictions, unmatchedPredictions},
 * labelsScored[…],
 * bootstrap{iterations, seed, confidence},
 * strict|lenient|token|facts {
 *   micro{tp, fp, fn, support, precision, recall, f1, f1Low, f1High},
 *   macro{precision, recall, f1},
 *   groups{PHI{…}, CLINICAL{…}},
 *   labels{NOM{…}, Tumour{…}, …}          (facts: kinds such as PHI.NOM, Tumour, Biomarker.value)
 * },
 * attributes{strict|lenient{Label{attribute{correct, total, accuracy}}}},
 * deid{charRecall, tokenRecall, fullyRedactedShare, tokensRedactedShare, phiChars, coveredChars,
 *      phiTokens, redactedTokens, documentsWithPhi, documentsFullyRedacted, documentsTokensRedacted,
 *      leaks{total, highRisk, byCategory{…}}},
 * confusions{goldLabel{predictedLabel: count}},
 * problems[…]
 * </pre>
 *
 * e.g. {@code strict.labels.DATE.f1}, {@code lenient.micro.recall}, {@code deid.charRecall}, {@code
 * attributes.lenient.Stage.T.accuracy}.
 */
public final class ScoresJson {
  /** Version of this file's shape. */
  public static final String SCHEMA_VERSION = "1";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ScoresJson() {}

  /** Builds the JSON tree. */
  public static ObjectNode toJson(EvalResult r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    ObjectNode docs = root.putObject("documents");
    docs.put("gold", r.goldDocuments());
    docs.put("predicted", r.predictedDocuments());
    docs.put("missingPredictions", r.missingPredictions());
    docs.put("unmatchedPredictions", r.unmatchedPredictions());
    r.labels().forEach(root.putArray("labelsScored")::add);
    ObjectNode boot = root.putObject("bootstrap");
    boot.put("iterations", r.bootstrapIterations());
    boot.put("seed", r.seed());
    boot.put("confidence", 0.95);
    for (String mode : EvalResult.MODES) {
      Map<String, Counts> byLabel = r.counts().getOrDefault(mode, Map.of());
      ObjectNode m = root.putObject(mode);
      counts(
          m.putObject("micro"), ScoreTables.micro(byLabel), r.f1Intervals().get(mode + ".micro"));
      ScoreTables.Macro macro = ScoreTables.macro(byLabel);
      ObjectNode ma = m.putObject("macro");
      ma.put("precision", round(macro.precision()));
      ma.put("recall", round(macro.recall()));
      ma.put("f1", round(macro.f1()));
      ObjectNode groups = m.putObject("groups");
      ScoreTables.groups(byLabel)
          .forEach((g, c) -> counts(groups.putObject(g), c, r.f1Intervals().get(mode + "." + g)));
      ObjectNode labels = m.putObject("labels");
      byLabel.forEach(
          (l, c) -> counts(labels.putObject(l), c, r.f1Intervals().get(mode + "." + l)));
    }
    ObjectNode attrs = root.putObject("attributes");
    r.attributes()
        .forEach(
            (mode, byLabel) -> {
              ObjectNode m = attrs.putObject(mode);
              byLabel.forEach(
                  (label, byAttr) -> {
                    ObjectNode l = m.putObject(label);
                    byAttr.forEach(
                        (a, t) -> {
                          ObjectNode n = l.putObject(a);
                          n.put("correct", t.correct());
                          n.put("total", t.total());
                          n.put("accuracy", round(t.accuracy()));
                        });
                  });
            });
    RedactionScorer.Result d = r.redaction();
    ObjectNode deid = root.putObject("deid");
    deid.put("charRecall", round(d.charRecall()));
    deid.put("tokenRecall", round(d.tokenRecall()));
    deid.put("fullyRedactedShare", round(d.fullyRedactedShare()));
    deid.put("tokensRedactedShare", round(d.tokensRedactedShare()));
    deid.put("phiChars", d.phiChars());
    deid.put("coveredChars", d.coveredChars());
    deid.put("phiTokens", d.phiTokens());
    deid.put("redactedTokens", d.redactedTokens());
    deid.put("documentsWithPhi", d.documentsWithPhi());
    deid.put("documentsFullyRedacted", d.documentsFullyRedacted());
    deid.put("documentsTokensRedacted", d.documentsTokensRedacted());
    ObjectNode leaks = deid.putObject("leaks");
    leaks.put("total", d.totalLeaks());
    leaks.put("highRisk", d.highRiskLeaks());
    ObjectNode byCategory = leaks.putObject("byCategory");
    new TreeMap<>(d.leaks()).forEach(byCategory::put);
    ObjectNode confusions = root.putObject("confusions");
    r.confusions()
        .forEach(
            (gold, byPred) -> {
              ObjectNode g = confusions.putObject(gold);
              byPred.forEach(g::put);
            });
    r.problems().forEach(root.putArray("problems")::add);
    return root;
  }

  /** Writes {@code scores.json}. */
  public static void write(EvalResult r, Path file) throws IOException {
    JSON.writeValue(file.toFile(), toJson(r));
  }

  /** Reads a scores file back as a tree. */
  public static JsonNode read(Path file) throws IOException {
    return JSON.readTree(file.toFile());
  }

  private static void counts(ObjectNode n, Counts c, Bootstrap.Interval ci) {
    n.put("tp", c.tp());
    n.put("fp", c.fp());
    n.put("fn", c.fn());
    n.put("support", c.support());
    n.put("precision", round(c.precision()));
    n.put("recall", round(c.recall()));
    n.put("f1", round(c.f1()));
    if (ci != null) {
      n.put("f1Low", round(ci.low()));
      n.put("f1High", round(ci.high()));
    }
  }

  /** Six decimals: stable diffs in version control, far below any meaningful difference. */
  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
