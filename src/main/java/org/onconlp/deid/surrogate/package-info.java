/**
 * What replaces each kept PHI span in the de-identified view: {@code [CATEGORY]} ({@link
 * org.onconlp.deid.surrogate.MaskStrategy}) or a realistic value keyed by a secret, with dates
 * shifted per patient ({@link org.onconlp.deid.surrogate.SurrogateGenerator}, {@link
 * org.onconlp.deid.surrogate.SurrogateSecret}, {@link org.onconlp.deid.surrogate.DateShifter}),
 * and the mapping written for authorised staff ({@link
 * org.onconlp.deid.surrogate.ReidentificationTable}).
 *
 * <p>Entry point: {@link org.onconlp.deid.surrogate.SurrogateStrategy}, chosen by {@link
 * org.onconlp.deid.DeidMode} and called by {@link org.onconlp.deid.DeidViewBuilder}.
 */
package org.onconlp.deid.surrogate;
