package org.onconlp.eval;

import java.util.List;

/**
 * Documents read from a gold or prediction source, with the problems met while reading (malformed
 * lines, offsets out of range). Problems name a position and a reason, never document content.
 *
 * @param documents documents in source order
 * @param problems human-readable reading problems
 */
public record Corpus(List<EvalDocument> documents, List<String> problems) {

  /** Copies both lists. */
  public Corpus {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }
}
