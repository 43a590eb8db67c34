/**
 * Person names (NOM, PRENOM) of patients, relatives and clinicians. CAS-free.
 *
 * <p>Entry point: {@link org.onconlp.deid.person.PersonNameFinder}, run by {@link
 * org.onconlp.deid.LexiconPhiAnnotator}. Its rules are built in {@code PersonRules}, one class per
 * kind of evidence (titled, labelled, table, signature, typist, relative, lower-case and
 * untitled names, initials, names announced by their line's layout…); the triggers at lower-case
 * words and in forms are {@code LowerCaseTriggers} and {@code FormTriggers}. {@link
 * org.onconlp.deid.person.ClinicalTerms} holds the clinical words (eponyms, tumour terms, device
 * brands) that the rules and the model must not take for names.
 */
package org.onconlp.deid.person;
