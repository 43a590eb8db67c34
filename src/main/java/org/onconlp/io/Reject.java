package org.onconlp.io;

/**
 * An input record that could not be processed, with the reason. Reasons name the problem ("empty
 * text", "not valid JSON at column 12"), never the record's content, so a rejects file carries no
 * personal data.
 *
 * @param position where the record came from (file, line or row number)
 * @param id the record's identifier when it could be read, else null
 * @param reason a short human-readable reason
 */
public record Reject(String position, String id, String reason) implements SourceItem {}
