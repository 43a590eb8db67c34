/**
 * The project's OpenNLP name finder for PHI (NOM, PRENOM, VILLE, HOPITAL, ADRESSE): its input,
 * training and decoding.
 *
 * <p>{@link org.onconlp.deid.model.NameFinderContext} builds the token sequences and the rule and
 * lexicon evidence of each token, the same way for {@link
 * org.onconlp.deid.model.NameFinderTraining} ({@code onconlp train deid}) and at run time; {@link
 * org.onconlp.deid.model.RecallBiasedNameFinder} decodes; {@link
 * org.onconlp.deid.model.NameFinderModelResource} shares the model in a pipeline. The annotator
 * that runs it is {@link org.onconlp.deid.NameFinderAnnotator}.
 */
package org.onconlp.deid.model;
