package org.onconlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a {@code scores.json} against the regression floors of one corpus in {@code
 * eval/floors.json}:
 *
 * <pre>
 * {
 *   "schemaVersion": "1",
 *   "corpora": {
 *     "sample": {
 *       "gold": "corpora/sample",
 *       "floors": {
 *         "strict.labels.DATE.f1": 0.90,
 *         "lenient.micro.f1": 0.85,
 *         "deid.charRecall": 0.95,
 *         "deid.leaks.highRisk": {"max": 0}
 *       }
 *     }
 *   }
 * }
 * </pre>
 *
 * Each key is a dotted path into {@code scores.json} (see {@link ScoresJson}, {@link ScorePaths});
 * a number is a minimum, {@code {"min": x}} / {@code {"max": x}} spell the bound out (leak counts
 * need a maximum). A score missing from the file is a violation, so a renamed label cannot silently
 * pass. {@code gold} (and optionally {@code pred}) name the corpus to evaluate, for the CI script;
 * paths are relative to the repository root.
 */
public final class FloorCheck {
  /** Floors lower than the score by more than this are reported as worth raising. */
  public static final double RAISE_MARGIN = 0.02;

  /**
   * One floor not met.
   *
   * @param key score path
   * @param bound the floor (or ceiling)
   * @param maximum true when {@code bound} is a maximum
   * @param actual the score, or null when missing
   */
  public record Violation(String key, double bound, boolean maximum, Double actual) {
    @Override
    public String toString() {
      return key
          + " = "
          + (actual == null ? "missing" : format(actual))
          + (maximum ? " > maximum " : " < floor ")
          + format(bound);
    }
  }

  /**
   * A floor the scores now exceed by more than {@link #RAISE_MARGIN}.
   *
   * @param key score path
   * @param floor the current floor
   * @param actual the score
   */
  public record Headroom(String key, double floor, double actual) {
    @Override
    public String toString() {
      return key + " = " + format(actual) + ", floor " + format(floor);
    }
  }

  /**
   * Result of a check.
   *
   * @param violations floors not met
   * @param headroom minimum floors that could be raised
   */
  public record Result(List<Violation> violations, List<Headroom> headroom) {}

  private FloorCheck() {}

  /** Names of the corpora in a floors file. */
  public static List<String> corpora(JsonNode floorsFile) {
    List<String> names = new ArrayList<>();
    floorsFile.path("corpora").fieldNames().forEachRemaining(names::add);
    return names;
  }

  /**
   * The entry of {@code corpus} in a floors file, or of its only corpus when {@code corpus} is
   * null.
   *
   * @throws IllegalArgumentException when there is no such entry, or no name and several entries
   */
  public static JsonNode entry(JsonNode floorsFile, String corpus) {
    String name = corpus;
    if (name == null) {
      List<String> names = corpora(floorsFile);
      if (names.size() != 1) {
        throw new IllegalArgumentException("--corpus is required, the floors file names " + names);
      }
      name = names.get(0);
    }
    JsonNode entry = floorsFile.path("corpora").path(name);
    if (!entry.isObject()) {
      throw new IllegalArgumentException("no corpus '" + name + "' in the floors file");
    }
    return entry;
  }

  /** Checks {@code scores} against the floors of {@code corpus} (null: the only corpus). */
  public static Result check(JsonNode floorsFile, String corpus, JsonNode scores) {
    JsonNode floors = entry(floorsFile, corpus);
    List<Violation> violations = new ArrayList<>();
    List<Headroom> headroom = new ArrayList<>();
    for (Map.Entry<String, JsonNode> f : floors.path("floors").properties()) {
      JsonNode spec = f.getValue();
      boolean max = spec.isObject() && spec.has("max");
      JsonNode boundNode = spec.isObject() ? spec.path(max ? "max" : "min") : spec;
      if (!boundNode.isNumber()) {
        throw new IllegalArgumentException("floor '" + f.getKey() + "' is not a number");
      }
      double bound = boundNode.asDouble();
      Double actual = ScorePaths.number(scores, f.getKey());
      boolean ok = actual != null && (max ? actual <= bound + 1e-9 : actual >= bound - 1e-9);
      if (!ok) {
        violations.add(new Violation(f.getKey(), bound, max, actual));
      } else if (!max && actual - bound > RAISE_MARGIN) {
        headroom.add(new Headroom(f.getKey(), bound, actual));
      }
    }
    return new Result(violations, headroom);
  }

  private static String format(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
