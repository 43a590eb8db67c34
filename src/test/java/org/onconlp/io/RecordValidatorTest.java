package org.onconlp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordValidatorTest {
  private static final String TEXT = "Adénocarcinome prostatique, score de Gleason 7 (4+3).";

  private final List<String> notes = new ArrayList<>();
  private final RecordValidator validator =
      new RecordValidator(
          ReaderOptions.defaults().withMaxChars(100).withNotes((p, n) -> notes.add(p + " " + n)));

  private String check(String id, String type, String date, String text) {
    return SourceItems.describe(
        validator.validate("f:1", id, "P001", type, date, text, null, false));
  }

  @Test
  void missingIdIsRejected() {
    assertEquals("rejected null @ f:1: missing id", check("  ", "pathology", null, TEXT));
  }

  @Test
  void whitespaceOnlyTextIsRejected() {
    assertEquals("rejected CR-1 @ f:1: empty text", check("CR-1", null, null, " \n\t\u00A0 "));
  }

  @Test
  void tooLargeTextIsRejectedWithSizesOnly() {
    assertEquals(
        "rejected CR-1 @ f:1: too large: 101 chars > limit 100",
        check("CR-1", null, null, "x".repeat(101)));
  }

  @Test
  void binaryTextIsRejected() {
    assertEquals(
        "rejected CR-1 @ f:1: binary content", check("CR-1", null, null, "PK\u0000\u0003"));
  }

  @Test
  void frenchDateIsNormalisedToIso() {
    assertEquals(
        "accepted CR-1 (P001, pathology, 2021-03-12) @ f:1",
        check(" CR-1 ", "pathology", "12/03/2021", TEXT));
  }

  @Test
  void impossibleDateIsDroppedWithANote() {
    assertEquals("accepted CR-1 (P001, null, null) @ f:1", check("CR-1", null, "31/02/2021", TEXT));
    assertEquals(List.of("f:1 INVALID_DATE_DROPPED"), notes);
  }

  @Test
  void dateLayoutsOfExports() {
    assertEquals(
        List.of(
            "2021-03-04", "2021-03", "2021", "2021-03-04", "2021-03-04", "2021-03", "2021-03-04"),
        List.of(
            RecordValidator.isoDate("2021-03-04"),
            RecordValidator.isoDate("2021-03"),
            RecordValidator.isoDate("2021"),
            RecordValidator.isoDate("2021-03-04T10:12:00"),
            RecordValidator.isoDate("4.3.2021"),
            RecordValidator.isoDate("03/2021"),
            RecordValidator.isoDate("20210304")));
    assertNull(RecordValidator.isoDate("le 4 mars"));
  }

  @Test
  void frenchTypeNamesMapToTheContractVocabulary() {
    assertEquals(
        List.of("operative", "pathology", "discharge", "rcp", "imaging"),
        List.of(
            RecordValidator.documentType("CRO"),
            RecordValidator.documentType("Anatomie pathologique"),
            RecordValidator.documentType("Compte-rendu d'hospitalisation"),
            RecordValidator.documentType("RCP"),
            RecordValidator.documentType("Imagerie")));
  }

  @Test
  void unknownTypeBecomesOtherWithANote() {
    assertEquals(
        "accepted CR-1 (P001, other, null) @ f:1", check("CR-1", "ordonnance", null, TEXT));
    assertEquals(List.of("f:1 UNKNOWN_TYPE_MAPPED_TO_OTHER"), notes);
  }

  @Test
  void windows1252NoteIsGivenForAcceptedRecordsOnly() {
    validator.validate("f:1", "CR-1", null, null, null, TEXT, null, true);
    validator.validate("f:2", null, null, null, null, TEXT, null, true);
    assertEquals(List.of("f:1 DECODED_AS_WINDOWS_1252"), notes);
  }

  @Test
  void attributesAreKeptImmutably() {
    Record r =
        (Record)
            validator.validate(
                "f:1", "CR-1", null, null, null, TEXT, Map.of("patientName", "Zorglub"), false);
    assertEquals(Map.of("patientName", "Zorglub"), r.attributes());
  }
}
