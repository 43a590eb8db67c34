package org.onconlp.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.onconlp.deid.person.PersonNameFinder;

/**
 * The patient's own identity when the source carries it (optional input fields
 * {@code patientName}, {@code patientFirstName}, {@code birthDate}): {@link PersonNameFinder}
 * then finds these exact names (case- and accent-insensitive) and the birth date in every
 * written form wherever they recur. Never written to the output; {@link #toString()} carries no
 * value.
 *
 * @param familyNames family names (birth and usage names), possibly empty
 * @param givenNames given names, possibly empty
 * @param birthDate ISO birth date (yyyy-MM-dd), or null
 */
public record PatientIdentity(List<String> familyNames, List<String> givenNames, String birthDate) {
  /** Input field with the family name(s); several names may be separated by ',' or ';'. */
  public static final String FIELD_NAME = "patientName";

  /** Input field with the given name(s). */
  public static final String FIELD_FIRST_NAME = "patientFirstName";

  /** Input field with the ISO birth date. */
  public static final String FIELD_BIRTH_DATE = "birthDate";

  /** No identity known. */
  public static final PatientIdentity NONE = new PatientIdentity(List.of(), List.of(), null);

  private static final Pattern SEPARATORS = Pattern.compile("[,;|]");
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** Copies the lists and drops a birth date that is not ISO yyyy-MM-dd. */
  public PatientIdentity {
    familyNames = List.copyOf(familyNames);
    givenNames = List.copyOf(givenNames);
    if (birthDate != null && !ISO_DATE.matcher(birthDate).matches()) {
      birthDate = null;
    }
  }

  /**
   * Reads the identity from a record's attributes or the CAS fields.
   *
   * @param familyNames the {@code patientName} value, or null
   * @param givenNames the {@code patientFirstName} value, or null
   * @param birthDate the {@code birthDate} value, or null
   */
  public static PatientIdentity of(String familyNames, String givenNames, String birthDate) {
    return new PatientIdentity(split(familyNames), split(givenNames), blankToNull(birthDate));
  }

  /** Reads the identity from the attributes of an input record. */
  public static PatientIdentity fromAttributes(Map<String, String> attributes) {
    return of(
        attributes.get(FIELD_NAME), attributes.get(FIELD_FIRST_NAME), attributes.get(FIELD_BIRTH_DATE));
  }

  private static List<String> split(String value) {
    List<String> out = new ArrayList<>();
    if (value != null) {
      for (String part : SEPARATORS.split(value)) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** True when nothing is known. */
  public boolean isEmpty() {
    return familyNames.isEmpty() && givenNames.isEmpty() && birthDate == null;
  }

  /** Never shows the values: identities must not reach logs. */
  @Override
  public String toString() {
    return "PatientIdentity[" + familyNames.size() + " names, " + givenNames.size() + " given names, "
        + (birthDate == null ? "no" : "a") + " birth date]";
  }
}
