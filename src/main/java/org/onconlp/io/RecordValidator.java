package org.onconlp.io;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onconlp.text.ResourceLines;

/**
 * The checks every reader applies to a raw record, so all formats accept and reject alike.
 *
 * <p>Rejects, in this order: a missing or blank id ("missing id"), an empty or whitespace-only text
 * ("empty text"), a text longer than {@link ReaderOptions#maxChars()} ("too large: N chars &gt;
 * limit M"), binary content ({@value TextDecoder#BINARY_REASON}). Reasons never contain record
 * content.
 *
 * <p>Keeps the record but normalises: the {@code type} is mapped to the contract vocabulary through
 * {@code document-types.txt} (French export names such as "CRO" or "anapath" included); a non-blank
 * type that maps to nothing becomes {@code other} with the note {@link
 * ReadNote#UNKNOWN_TYPE_MAPPED_TO_OTHER}, because a report of an unforeseen kind is still worth
 * processing. The {@code date} is normalised to ISO 8601 from {@code yyyy-MM-dd} (a time part is
 * dropped), {@code yyyy-MM}, {@code yyyy}, {@code yyyyMMdd}, {@code dd/MM/yyyy} (also with {@code
 * -} or {@code .}, one-digit day or month) and {@code MM/yyyy}; anything else, or an impossible day
 * such as 31/02/2021, is dropped with the note {@link ReadNote#INVALID_DATE_DROPPED}. Ids and
 * patient ids are stripped of surrounding spaces.
 *
 * <p>Immutable and thread-safe; the note listener is called on the caller's thread.
 */
public final class RecordValidator {
  private static final Pattern TYPE_SEPARATORS = Pattern.compile("[\\s_\\-.'’]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern ISO =
      Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[T ].*)?)?)?");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern FRENCH =
      Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})(?:[T ].*)?");
  private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{4})");

  /** Export type names to contract document types (after the patterns it needs). */
  private static final Map<String, String> TYPES = loadTypes();

  private final ReaderOptions options;

  /** A validator applying {@code options}. */
  public RecordValidator(ReaderOptions options) {
    this.options = options;
  }

  /**
   * Checks and normalises one raw record.
   *
   * @param position where it came from
   * @param id raw id, may be null
   * @param patientId raw patient id, may be null
   * @param type raw document type, may be null
   * @param date raw date, may be null
   * @param text decoded text, may be null
   * @param attributes extra string fields, may be null
   * @param windows1252 whether decoding fell back to Windows-1252 (noted on acceptance)
   * @return the accepted {@link Record} or a {@link Reject}
   */
  public SourceItem validate(
      String position,
      String id,
      String patientId,
      String type,
      String date,
      String text,
      Map<String, String> attributes,
      boolean windows1252) {
    String cleanId = blankToNull(id);
    if (cleanId == null) {
      return new Reject(position, null, "missing id");
    }
    if (text == null || isBlank(text)) {
      return new Reject(position, cleanId, "empty text");
    }
    if (text.length() > options.maxChars()) {
      return new Reject(position, cleanId, tooLarge(text.length(), options.maxChars()));
    }
    if (TextDecoder.looksBinary(text)) {
      return new Reject(position, cleanId, TextDecoder.BINARY_REASON);
    }
    ReadNoteListener notes = options.notes();
    if (windows1252) {
      notes.onNote(position, ReadNote.DECODED_AS_WINDOWS_1252);
    }
    String cleanType = null;
    if (blankToNull(type) != null) {
      cleanType = documentType(type);
      if (cleanType == null) {
        cleanType = "other";
        notes.onNote(position, ReadNote.UNKNOWN_TYPE_MAPPED_TO_OTHER);
      }
    }
    String cleanDate = null;
    if (blankToNull(date) != null) {
      cleanDate = isoDate(date);
      if (cleanDate == null) {
        notes.onNote(position, ReadNote.INVALID_DATE_DROPPED);
      }
    }
    return new Record(
        cleanId, blankToNull(patientId), cleanType, cleanDate, text, position, attributes);
  }

  /** The reject reason for a text of {@code chars} chars over {@code limit}. */
  static String tooLarge(long chars, int limit) {
    return "too large: " + chars + " chars > limit " + limit;
  }

  /**
   * Maps a document type name to the contract vocabulary.
   *
   * @return the contract type, or null when the name is unknown
   */
  public static String documentType(String raw) {
    return raw == null ? null : TYPES.get(typeKey(raw));
  }

  /**
   * Normalises a date to ISO 8601 ({@code 2021-03-12}, {@code 2021-03} or {@code 2021}).
   *
   * @return the ISO date, or null when {@code raw} is not a valid date in a known layout
   */
  public static String isoDate(String raw) {
    String s = raw.strip();
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      return iso(m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT.matcher(s);
    if (m.matches()) {
      return iso(m.group(1), m.group(2), m.group(3));
    }
    m = FRENCH.matcher(s);
    if (m.matches()) {
      return iso(m.group(3), m.group(2), m.group(1));
    }
    m = MONTH_YEAR.matcher(s);
    if (m.matches()) {
      return iso(m.group(2), m.group(1), null);
    }
    return null;
  }

  private static String iso(String year, String month, String day) {
    int y = Integer.parseInt(year);
    try {
      if (month == null) {
        return String.format(Locale.ROOT, "%04d", y);
      }
      int mo = Integer.parseInt(month);
      if (day == null) {
        LocalDate.of(y, mo, 1);
        return String.format(Locale.ROOT, "%04d-%02d", y, mo);
      }
      return LocalDate.of(y, mo, Integer.parseInt(day)).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String typeKey(String raw) {
    String folded =
        MARKS
            .matcher(
                Normalizer.normalize(raw.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
            .replaceAll("");
    return TYPE_SEPARATORS.matcher(folded).replaceAll(" ").strip();
  }

  private static Map<String, String> loadTypes() {
    Map<String, String> types = new HashMap<>();
    for (String line : ResourceLines.load("/org/onconlp/io/document-types.txt")) {
      int bar = line.indexOf('|');
      if (bar < 0) {
        throw new IllegalStateException("document-types.txt: line without '|': " + line);
      }
      types.put(typeKey(line.substring(0, bar)), line.substring(bar + 1).strip());
    }
    return Map.copyOf(types);
  }

  static String blankToNull(String s) {
    if (s == null) {
      return null;
    }
    String stripped = s.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }
}
