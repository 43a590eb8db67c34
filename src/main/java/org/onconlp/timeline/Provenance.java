package org.onconlp.timeline;

/**
 * Where a timeline fact was read: a document and the mention's offsets in its de-identified text.
 *
 * @param documentId the document's {@code id}
 * @param documentDate the document's {@code date}, or null
 * @param begin mention start offset
 * @param end mention end offset
 * @param text the mention as written
 */
public record Provenance(String documentId, String documentDate, int begin, int end, String text) {}
