/**
 * Stage extraction: TNM and every other staging system, parsed into the contract's fields.
 *
 * <p>{@link org.onconlp.extract.stage.StageAnnotator} (thin UIMA plumbing) runs {@link
 * org.onconlp.extract.stage.StageFinder}, which scans the word starts of a text once and runs
 * the anchored patterns of {@link org.onconlp.extract.stage.TnmParser}, {@link
 * org.onconlp.extract.stage.GleasonParser} and {@link
 * org.onconlp.extract.stage.StageGroupParser} only where a cheap trigger test passes.
 *
 * <p>Conventions (those of corpora/GUIDELINES.md): one Stage per expression; TNM values without
 * their letter ({@code is}, {@code 1mi}, {@code 2-3} for a range), the prefix as written in
 * lower case, the edition as its number ({@code 8}) or, when only a year is written, as
 * written ({@code UICC 2017}); node counts as {@code
 * nodesPositive}/{@code nodesExamined} and {@code nodes} ("2/12") in the contract; the site of
 * {@code M1(HEP)} as {@code mSite}. Stage groups, FIGO, Ann Arbor, ISS and Clark values are
 * upper-case Roman numerals with their letters ({@code stade 4} → IV, R-ISS → {@code R-III});
 * Breslow in millimetres with a dot. A written ISUP group after a comma is its own GLEASON
 * mention; otherwise the ISUP group is derived from the Gleason patterns.
 */
package org.onconlp.extract.stage;
