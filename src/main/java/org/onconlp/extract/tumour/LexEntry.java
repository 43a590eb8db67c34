package org.onconlp.extract.tumour;

/**
 * One entry of the tumour terminology.
 *
 * @param kind what the term is
 * @param code ICD-O-3 morphology (tumour kinds), topography (SITE) or contract laterality
 * @param defaultTopography topography the term implies when no site is written, or null
 * @param upperOnly the term is an acronym that only matches upper-case text (MM, PV, K)
 */
public record LexEntry(Kind kind, String code, String defaultTopography, boolean upperOnly) {
  /** Kinds of terms; see the header of {@code morphology.tsv}. */
  public enum Kind {
    /** A histological type; its site stays outside the span. */
    HISTO,
    /** A generic cancer word whose following site joins the span. */
    NAMED,
    /** A generic word that is a tumour only when a site follows it. */
    SITED,
    /** A metastasis (behaviour /6). */
    META,
    /** An anatomical site (ICD-O-3 topography). */
    SITE,
    /** A region that only refines a site of the same organ (skin regions, node regions). */
    SUBSITE,
    /** A laterality word. */
    LATERALITY;

    /** True for the kinds that make a tumour mention. */
    public boolean isTumour() {
      return this == HISTO || this == NAMED || this == SITED || this == META;
    }
  }
}
