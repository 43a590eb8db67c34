/**
 * Events of the disease course (contract array {@code events}): performance status (WHO/ECOG
 * 0–4, Karnofsky %), response (RECIST or clinical wording), new metastasis with its ICD-O-3
 * site, and death, each with its date when written next to it.
 *
 * <p>{@link org.onconlp.extract.event.EventAnnotator} is the plumbing, {@link
 * org.onconlp.extract.event.EventFinder} the CAS-free algorithm over the phrases of {@code
 * events.tsv}. Negation ("pas de métastase"), hypothesis ("si progression") and family ("mère
 * décédée") come from the ContextAnnotator. A recurrence with a site ("récidive péritonéale") is a
 * metastasis; "des lésions hépatiques" (lesions already known) and "score de récidive" are no
 * event.
 */
package org.onconlp.extract.event;
