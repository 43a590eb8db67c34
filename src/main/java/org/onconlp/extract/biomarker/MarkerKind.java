package org.onconlp.extract.biomarker;

/**
 * How the results of a family of markers read. The kind decides which numbers count (a
 * percentage, an IHC score, a serum level) and what the plain words "positif" and "négatif" mean
 * for it ({@link #positive()}, {@link #negative()}).
 */
public enum MarkerKind {
  /** Hormone receptors (ER, PR, AR): percentage of stained nuclei, Allred, H-score. */
  RECEPTOR("positive", "negative"),
  /** HER2: IHC score 0 to 3+, HER2-low, FISH/SISH/CISH ratio and copy number. */
  HER2("positive", "negative"),
  /** PD-L1: TPS, CPS, IC as percentages or scores. */
  PDL1("positive", "negative"),
  /** Other IHC markers (p16, CD20): positive/negative, intensity. */
  IHC("positive", "negative"),
  /** Proliferation index (Ki-67): a percentage, high from a threshold. */
  PROLIFERATION("positive", "negative"),
  /** Mismatch-repair proteins: retained expression is proficient, loss is deficient. */
  MMR("proficient", "deficient"),
  /** Genes tested for mutations: a positive test is a mutation, a negative one wild type. */
  GENE("mutated", "wild_type"),
  /** Genes tested for rearrangements (ALK, ROS1, RET, NTRK), by IHC, FISH or NGS. */
  FUSION("rearranged", "not_rearranged"),
  /** Microsatellite status: MSI-high, or stable (MSS) negative; MSI-L is written low. */
  MSI("high", "negative"),
  /** Tumour mutational burden in mutations per megabase. */
  TMB("high", "low"),
  /** Genomic signatures (HRD) and haematological transcripts (BCR-ABL): positive/negative. */
  SIGNATURE("positive", "negative"),
  /** Promoter methylation (MGMT): methylated is positive. */
  METHYLATION("positive", "negative"),
  /** Chromosomal co-deletion (1p/19q): co-deleted is positive. */
  CODELETION("positive", "negative"),
  /** Cytogenetic abnormalities (del(17p), t(4;14)): present is positive. */
  CYTOGENETIC("positive", "negative"),
  /** Viruses (HPV). */
  VIRUS("positive", "negative"),
  /** Serum tumour markers (PSA, CA 15-3, CA-125, CEA): a level, positive above its limit. */
  SERUM("positive", "negative");

  private final String positive;
  private final String negative;

  MarkerKind(String positive, String negative) {
    this.positive = positive;
    this.negative = negative;
  }

  /** The interpretation a positive result has for this kind. */
  public String positive() {
    return positive;
  }

  /** The interpretation a negative result has for this kind. */
  public String negative() {
    return negative;
  }

  /** Maps a generic positive/negative cue to this kind's interpretation; others unchanged. */
  public String map(String interpretation) {
    return switch (interpretation) {
      case "positive" -> positive;
      case "negative" -> negative;
      default -> interpretation;
    };
  }
}
