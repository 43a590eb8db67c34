package org.onconlp.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Field names of the cohort index (one Lucene document per report) and the normalisations that
 * the indexer and the query parser share. See {@code docs/search.md} for the full schema.
 */
public final class IndexSchema {
  private IndexSchema() {}

  /** Report id: keyword, stored; the key of updates and deletes. */
  public static final String ID = "id";
  /** Patient id: keyword, stored, sorted doc values (patient ordinals at search time). */
  public static final String PATIENT = "patientId";
  /** Report type: keyword. */
  public static final String TYPE = "type";
  /** Report date as an epoch day: long point and numeric doc values (absent when unknown). */
  public static final String DATE = "date";
  /** De-identified text, analysed by {@link ClinicalFrenchAnalyzer}, with positions; not stored. */
  public static final String TEXT = "text";
  /** The report's contract JSON line, stored only (DEFLATE-compressed blocks, BEST_COMPRESSION codec). */
  public static final String JSON = "json";

  /** ICD-O-3 topography: the code as written and its 3-character category. */
  public static final String TOPOGRAPHY = "topography";
  /** ICD-O-3 morphology code {@code NNNN/B}. */
  public static final String MORPHOLOGY = "morphology";
  /** Tumour laterality (left, right, bilateral). */
  public static final String LATERALITY = "laterality";
  /** T ordinal (int point); {@code .code} holds the written value, e.g. {@code 2a}. */
  public static final String T = "stage.T";
  /** N ordinal (int point). */
  public static final String N = "stage.N";
  /** M ordinal (int point). */
  public static final String M = "stage.M";
  /** AJCC stage group ordinal (int point, see {@link StageValues#group}); {@code .code} too. */
  public static final String GROUP = "stage.group";
  /** Staging systems present (TNM, STAGE_GROUP, GLEASON, FIGO…). */
  public static final String STAGE_SYSTEM = "stage.system";
  /** Gleason score (int point). */
  public static final String GLEASON = "gleason";
  /** ISUP grade group (int point). */
  public static final String ISUP = "isup";
  /** Biomarker keywords: {@code NAME}, {@code NAME=interpretation}, {@code NAME=VARIANT}. */
  public static final String BIOMARKER = "biomarker";
  /** Prefix of the per-biomarker percentage int points, e.g. {@code biomarker.percent.PDL1}. */
  public static final String BIOMARKER_PERCENT = "biomarker.percent.";
  /** Treatment keywords: agent and category, lower case. */
  public static final String TREATMENT = "treatment";
  /** Treatment agent alone (INN or regimen), lower case. */
  public static final String AGENT = "treatment.agent";
  /** Treatment ATC code, upper case. */
  public static final String ATC = "treatment.atc";
  /** Composite treatment terms {@code key|line=2|setting=…|status=…} (key = agent or category). */
  public static final String TREATMENT_FACT = "treatment.fact";
  /** Event keywords: type and response. */
  public static final String EVENT = "event";
  /** Composite event terms {@code key|scale=…|site=…|value=…} (key = type or response). */
  public static final String EVENT_FACT = "event.fact";

  /** Facet dimensions (sorted-set doc values of affirmative facts), by display name. */
  public static final String FACET_TOPOGRAPHY = "facet.topography";
  /** Stage group facet (main group: I, II, III, IV). */
  public static final String FACET_STAGE = "facet.stage";
  /** Biomarker result facet ({@code EGFR=mutated}). */
  public static final String FACET_BIOMARKER = "facet.biomarker";
  /** Treatment agent facet. */
  public static final String FACET_TREATMENT = "facet.treatment";

  /** A biomarker name in contract form: upper case, no spaces or hyphens ({@code PD-L1} → PDL1). */
  public static String biomarkerName(String name) {
    return name.toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "").replace("_", "");
  }

  /** A variant for matching: upper case without the {@code p.} prefix ({@code p.L858R} → L858R). */
  public static String variant(String variant) {
    String v = variant.trim().toUpperCase(Locale.ROOT);
    return v.startsWith("P.") ? v.substring(2) : v;
  }

  /**
   * The epoch day of an ISO date ({@code 2021-03-04}, {@code 2021-03} or {@code 2021}, a vague
   * date standing for its first day).
   */
  public static OptionalLong epochDay(String iso) {
    if (iso == null) {
      return OptionalLong.empty();
    }
    String d = iso.trim();
    try {
      if (d.length() == 4) {
        return OptionalLong.of(LocalDate.of(Integer.parseInt(d), 1, 1).toEpochDay());
      }
      if (d.length() == 7) {
        return OptionalLong.of(LocalDate.parse(d + "-01").toEpochDay());
      }
      if (d.length() >= 10) {
        return OptionalLong.of(LocalDate.parse(d.substring(0, 10)).toEpochDay());
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      return OptionalLong.empty();
    }
    return OptionalLong.empty();
  }
}
