/**
 * Evaluation of the pipeline against annotated corpora ({@code onconlp eval}).
 *
 * <p>Flow: a gold corpus is read by {@link org.onconlp.eval.GoldReader} (BRAT via {@link
 * org.onconlp.eval.BratReader}, XMI via {@link org.onconlp.eval.XmiReader}, contract JSON Lines via
 * {@link org.onconlp.eval.ContractDocuments}); predictions in the output contract are read by
 * {@link org.onconlp.eval.ContractDocuments#readJsonLines}, their mention offsets mapped back from
 * the de-identified text to the original by {@link org.onconlp.deid.DeidOffsetMapper}. Everything
 * becomes {@link org.onconlp.eval.EvalDocument}s with {@link org.onconlp.eval.EvalEntity}s on the
 * original text. {@link org.onconlp.eval.Evaluator} scores them (entity matching in {@link
 * org.onconlp.eval.EntityMatcher}, then {@link org.onconlp.eval.TokenScorer}, {@link
 * org.onconlp.eval.AttributeScorer}, {@link org.onconlp.eval.FactScorer}, {@link
 * org.onconlp.eval.RedactionScorer}, {@link org.onconlp.eval.Bootstrap}, {@link
 * org.onconlp.eval.ErrorAnalysis}); {@link org.onconlp.eval.ScoresJson} and {@link
 * org.onconlp.eval.HtmlReport} write the results. {@link org.onconlp.eval.ScoreComparison} and
 * {@link org.onconlp.eval.FloorCheck} back the {@code compare} and {@code check} subcommands of
 * {@link org.onconlp.eval.EvalCommand}.
 *
 * <p>Regression floors live in {@code eval/floors.json}; the format is documented on {@link
 * org.onconlp.eval.FloorCheck}, the score paths on {@link org.onconlp.eval.ScoresJson}. The
 * annotation guide is {@code corpora/GUIDELINES.md}.
 */
package org.onconlp.eval;
