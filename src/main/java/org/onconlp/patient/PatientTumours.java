package org.onconlp.patient;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One patient's tumour summary: the distinct {@link TumourEvidence} of their documents, each with
 * the ids of the documents that state it. Small (a few entries per patient whatever the number of
 * reports), so a pass over millions of reports can keep one per patient. Not thread-safe; one
 * instance per patient, filled then read.
 */
public final class PatientTumours {
  private final Map<TumourEvidence, Set<String>> evidence = new LinkedHashMap<>();

  /** Records that document {@code documentId} states {@code e}. */
  public void add(String documentId, TumourEvidence e) {
    evidence.computeIfAbsent(e, k -> new TreeSet<>()).add(documentId);
  }

  /** Distinct evidence to the (sorted) ids of the documents stating it; read-only view. */
  public Map<TumourEvidence, Set<String>> evidence() {
    return Collections.unmodifiableMap(evidence);
  }

  /** Whether no document of the patient stated a usable tumour. */
  public boolean isEmpty() {
    return evidence.isEmpty();
  }
}
