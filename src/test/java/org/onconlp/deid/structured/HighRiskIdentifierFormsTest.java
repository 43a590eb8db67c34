package org.onconlp.deid.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.onconlp.deid.PhiSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The high-risk categories (SECU, TEL, MAIL, IPP, NDA) must never leak, whatever the writer's
 * grouping, separators, label or layout: each row is an invented sentence, the category expected
 * and the value whose every letter and digit must be covered by a span of that category (parts
 * joined by "…" when a word between them is no PHI). NIR keys
 * are computed for made-up numbers; phones use unassigned-looking 99 blocks.
 */
class HighRiskIdentifierFormsTest {
  private static final StructuredPhiFinder FINDER = new StructuredPhiFinder();

  static Stream<Arguments> socialSecurityNumbers() {
    return rows(
        "N° SS : 1 84 12 75 123 456 40", "1 84 12 75 123 456 40",
        "N° sécu : 184127512345640", "184127512345640",
        "NIR 1-84-12-75-123-456-40 (carte vitale)", "1-84-12-75-123-456-40",
        "NIR : 1.84.12.75.123.456.40", "1.84.12.75.123.456.40",
        "NIR : 1 84 12 75 123 456", "1 84 12 75 123 456",
        "N° SS 1 84 12 75 123 456 / 40", "1 84 12 75 123 456 / 40",
        "N° SS 1 84 12 75 123 456 (40)", "1 84 12 75 123 456 (40",
        "N° SS 1 84 12 75 123 456 [40]", "1 84 12 75 123 456 [40",
        "N° SS 1 84 12 75 123 456 clé 40", "1 84 12 75 123 456…40",
        "NIR/clé : 1 84 12 75 123 456/40", "1 84 12 75 123 456/40",
        "Immatriculation : 2 55 11 13 055 318 09", "2 55 11 13 055 318 09",
        "N° assuré : 1 63 07 69 381 207 62", "1 63 07 69 381 207 62",
        "N° d'assurée : 2 67 09 59 350 117 71", "2 67 09 59 350 117 71",
        "INS : 2 67 09 59 350 117 71", "2 67 09 59 350 117 71",
        "matricule INS : 1 92 03 33 063 228 47", "1 92 03 33 063 228 47",
        "NSS 255111305531809", "255111305531809",
        "N°SS:184127512345640", "184127512345640",
        "N° de sécurité sociale : 2 90 05 2A 004 123 52", "2 90 05 2A 004 123 52",
        "NIR 2 71 03 2B 117 042 94", "2 71 03 2B 117 042 94",
        "NIR 2710 32B1 1704 294", "2710 32B1 1704 294",
        "N° SS (NIA) : 7 51 02 99 312 045 43", "7 51 02 99 312 045 43",
        "NIA : 893069912590434", "893069912590434",
        "N° SS : l 84 12 75 l23 456 40", "l 84 12 75 l23 456 40",
        "NIR : 1 84 12 75 123 456 4O", "1 84 12 75 123 456 4O",
        "N° SS 2 55 11 13 O55 318 O9", "2 55 11 13 O55 318 O9",
        "N° SS : 1 84 12 75\n123 456 40", "1 84 12 75\n123 456 40",
        "| N° SS | 1 84 12 75 123 456 40 |", "1 84 12 75 123 456 40",
        "| NIR          | 184127512345640      |", "184127512345640",
        "Numéro de sécurité sociale: 1841275123456 40", "1841275123456 40",
        "Sécurité sociale : 1 84 12 75 123 456 40", "1 84 12 75 123 456 40",
        "NIR : 1 84 12 75 123456 40", "1 84 12 75 123456 40",
        "NIR : 184 12 75 123 456 40", "184 12 75 123 456 40",
        "NIR : 1 8412 75123 45640", "1 8412 75123 45640",
        "NIR : 1 79 10 974 11 234 68", "1 79 10 974 11 234 68",
        "N° INSEE : 2 88 04 971 20 513 75", "2 88 04 971 20 513 75",
        "No SS : 1 84 12 75 123 456 40", "1 84 12 75 123 456 40",
        "N° Sécu. 1 84 12 75 123 456 40", "1 84 12 75 123 456 40",
        "Carte vitale n° 1 84 12 75 123 456 40", "1 84 12 75 123 456 40",
        "assurée sous le numéro 2 55 11 13 055 318 09.", "2 55 11 13 055 318 09",
        "NIR du patient : 1 84 12 75 123 456 40", "1 84 12 75 123 456 40",
        "N° S.S. : 1 84 12 75 123 456 40", "1 84 12 75 123 456 40",
        "Ouvrant droit : 1 63 07 69 381 207 62", "1 63 07 69 381 207 62",
        "INS (NIR) : 1 84 12 75 123 456 40", "1 84 12 75 123 456 40",
        "INS-NIR : 184127512345640", "184127512345640",
        "NIR : 1.84.12.75.123.456-40", "1.84.12.75.123.456-40",
        "| NSS | 2-88-04-971-20-513-75 |", "2-88-04-971-20-513-75");
  }

  static Stream<Arguments> phones() {
    return rows(
        "Tél : +33 (0)1 99 00 12 34", "+33 (0)1 99 00 12 34",
        "portable +33 (0) 6 99 00 12 34", "+33 (0) 6 99 00 12 34",
        "joindre au 0033 6 99 00 12 34", "0033 6 99 00 12 34",
        "Tél. 0033 (0)6 99 00 12 34", "0033 (0)6 99 00 12 34",
        "portable: 06.99.00.12.34", "06.99.00.12.34",
        "portable: 06-99-00-12-34", "06-99-00-12-34",
        "rappeler au 0699001234 svp", "0699001234",
        "Tel.:0199001234", "0199001234",
        "+33.6.99.00.12.34 (fille)", "+33.6.99.00.12.34",
        "fille : +336 99 00 12 34", "+336 99 00 12 34",
        "Tél. 0262 99 12 34", "0262 99 12 34",
        "Tél. 0590 99 12 34", "0590 99 12 34",
        "Tél. 0594 99 12 34", "0594 99 12 34",
        "Tél. 0596 99 12 34", "0596 99 12 34",
        "Tél. 0269 99 12 34", "0269 99 12 34",
        "portable 0692 99 12 34", "0692 99 12 34",
        "joindre au +262 262 99 12 34", "+262 262 99 12 34",
        "joindre au +590 690 99 12 34", "+590 690 99 12 34",
        "joindre au +596 (0)596 99 12 34", "+596 (0)596 99 12 34",
        "Secrétariat 01 99 00 12 34 poste 4521", "4521",
        "Secrétariat 01 99 00 12 34 (poste 45 21)", "45 21",
        "psychologue, poste 4 27 16", "4 27 16",
        "standard 01 99 00 12 34 ext. 215", "215",
        "bip 4521 si besoin", "4521",
        "DECT 62 41 la nuit", "62 41",
        "tél 01 99 00 12 34 / 06 99 00 12 35", "06 99 00 12 35",
        "Tél : 01 99 00 12 34 - Fax : 01 99 00 12 35", "01 99 00 12 35",
        "Tél : 01 99 00 1234", "01 99 00 1234",
        "Tél. (01) 99 00 12 34", "(01) 99 00 12 34",
        "☎ 01 99 00 12 34", "01 99 00 12 34",
        "joignable au 06 99 00 12 34.", "06 99 00 12 34",
        "| Téléphone | 06 99 00 12 34 |", "06 99 00 12 34",
        "Tél :\n06 99 00 12 34", "06 99 00 12 34",
        "Portable : 06 99 001 234", "06 99 001 234",
        "Tél : 06 99 00 12 34 (répondeur)", "06 99 00 12 34",
        "n° de tél du mari 06 99 00 12 34", "06 99 00 12 34");
  }

  static Stream<Arguments> mails() {
    return rows(
        "écrire à jeanne.exemple[at]chu-fictif.fr", "jeanne.exemple[at]chu-fictif.fr",
        "écrire à jeanne.exemple (at) chu-fictif.fr", "jeanne.exemple (at) chu-fictif.fr",
        "écrire à jeanne.exemple @ chu-fictif.fr", "jeanne.exemple @ chu-fictif.fr",
        "Mail : Jeanne.EXEMPLE@CHU-Fictif.FR", "Jeanne.EXEMPLE@CHU-Fictif.FR",
        "écrire à jeanne.exemple[arobase]chu-fictif.fr", "jeanne.exemple[arobase]chu-fictif.fr",
        "écrire à jeanne.exemple at chu-fictif dot fr", "jeanne.exemple at chu-fictif dot fr",
        "De : <jeanne.exemple@chu-fictif.fr>", "jeanne.exemple@chu-fictif.fr",
        "mailto:jeanne.exemple@chu-fictif.fr", "jeanne.exemple@chu-fictif.fr",
        "écrire à jeanne.exemple @chu-fictif .fr", "jeanne.exemple @chu-fictif .fr",
        "Messagerie : j_exemple@chu-fictif.mssante.fr", "j_exemple@chu-fictif.mssante.fr",
        "écrire à jeanne.exemple{at}chu-fictif.fr", "jeanne.exemple{at}chu-fictif.fr",
        "écrire à jeanne.exemple[@]chu-fictif.fr", "jeanne.exemple[@]chu-fictif.fr",
        "écrire à jeanne.exemple@ chu-fictif.fr", "jeanne.exemple@ chu-fictif.fr",
        "écrire à jeanne.exemple(at)chu-fictif.fr", "jeanne.exemple(at)chu-fictif.fr",
        "écrire à jeanne.exemple (arobase) chu-fictif (point) fr",
            "jeanne.exemple (arobase) chu-fictif (point) fr",
        "écrire à JEANNE.EXEMPLE@GMAIL.COM", "JEANNE.EXEMPLE@GMAIL.COM",
        "| Courriel | j.exemple@chu-fictif.fr |", "j.exemple@chu-fictif.fr",
        "E-mail :\njeanne.exemple@orange.fr", "jeanne.exemple@orange.fr");
  }

  static Stream<Arguments> patientNumbers() {
    return rows(
        "IPP : 8001234567", "8001234567",
        "IPP: 800-123-4567", "800-123-4567",
        "IPP n° 80 01 23 45", "80 01 23 45",
        "N° IPP : P80012345", "P80012345",
        "IPP=8001234567", "8001234567",
        "I.P.P. : 8001234567", "8001234567",
        "N°IPP:8001234567", "8001234567",
        "IPP .......... 8001234567", "8001234567",
        "| IPP | 8001234567 |", "8001234567",
        "IPP : 800 123 4567", "800 123 4567",
        "IPP (CH Fictif) : 8001234567", "8001234567",
        "ipp 8001234567", "8001234567",
        "IPP :\n8001234567", "8001234567",
        "N° patient : 8001234567", "8001234567",
        "Nº historia clínica : 3318840", "3318840",
        "MRN : 00482913", "00482913",
        "IPP 8001234567 - NDA 2300123456", "8001234567");
  }

  static Stream<Arguments> stayNumbers() {
    return rows(
        "NDA : 23-00123456", "23-00123456",
        "N° séjour : 2300123456", "2300123456",
        "N° de venue : 2300123456", "2300123456",
        "IEP 2300123456", "2300123456",
        "NDA 230 012 3456", "230 012 3456",
        "N.D.A. : 2300123456", "2300123456",
        "Num. séjour : 2300123456", "2300123456",
        "N° d'entrée : 2300123456", "2300123456",
        "IPP : 8001234567 - NDA : 2300123456", "2300123456",
        "| NDA | 2300123456 |", "2300123456",
        "nda 2300123456", "2300123456",
        "NDA: S23/001234", "S23/001234");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("socialSecurityNumbers")
  void socialSecurityNumbersNeverLeak(String text, String value) {
    assertCovered(text, value, Set.of("SECU"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phones")
  void phonesNeverLeak(String text, String value) {
    assertCovered(text, value, Set.of("TEL"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mails")
  void mailsNeverLeak(String text, String value) {
    assertCovered(text, value, Set.of("MAIL"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patientNumbers")
  void patientNumbersNeverLeak(String text, String value) {
    assertCovered(text, value, Set.of("IPP"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stayNumbers")
  void stayNumbersNeverLeak(String text, String value) {
    assertCovered(text, value, Set.of("NDA"));
  }

  static Stream<Arguments> clinicalNumbers() {
    return Stream.of(
            "Hb 12,5 g/dL, plaquettes 250 000/mm3, leucocytes 6 800/mm3",
            "Paclitaxel 80 mg/m2 J1 J8 J15, carboplatine AUC 5",
            "PSA 0,04 ng/mL le 12/03/2021 puis 0,06 ng/mL",
            "N° FINESS : 750712184",
            "FINESS 690781810",
            "page 2/3",
            "Page 12 sur 14",
            "Ki67 30 %, CA 15-3 : 22 UI/ml, ACE 3,4 ng/ml",
            "dose totale 60 Gy en 30 fractions de 2 Gy",
            "Poids 68,5 kg, taille 1,72 m, surface 1,81 m2",
            "Plaquettes 1 84 12 75 : valeurs successives",
            "Volume 1 123 456 mm3",
            "Protocole NCT01234567, lot 2300123456",
            "Débit 0,5 ml/h puis 1,5 ml/h pendant 12 h",
            "tel que décrit : il est @ domicile",
            "Score ECOG 1, IMC 24,5, pT2N0M0 (TNM 2017)")
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clinicalNumbers")
  void clinicalNumbersAreNoHighRiskIdentifiers(String text) {
    String high =
        FINDER.find(text).stream()
            .filter(s -> Set.of("SECU", "TEL", "MAIL", "IPP", "NDA").contains(s.category()))
            .map(s -> s.category() + "(" + text.substring(s.begin(), s.end()) + ")")
            .collect(Collectors.joining(" "));
    assertEquals("", high);
  }

  /** Each part of {@code value} (parts joined by "…") must be covered, letters and digits. */
  private static void assertCovered(String text, String value, Set<String> categories) {
    List<PhiSpan> spans = FINDER.find(text);
    int from = 0;
    for (String part : value.split("…")) {
      int at = text.indexOf(part, from);
      assertTrue(at >= 0, "the row's value is in its text");
      assertPartCovered(text, at, part, spans, categories);
      from = at + part.length();
    }
  }

  private static void assertPartCovered(
      String text, int at, String value, List<PhiSpan> spans, Set<String> categories) {
    for (int i = at; i < at + value.length(); i++) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        continue;
      }
      int offset = i;
      boolean covered =
          spans.stream()
              .anyMatch(
                  s ->
                      categories.contains(s.category())
                          && s.begin() <= offset
                          && offset < s.end());
      assertTrue(
          covered,
          () ->
              "uncovered at "
                  + (offset - at)
                  + " in "
                  + StructuredPhiFinderTest.found(text));
    }
  }

  private static Stream<Arguments> rows(String... cells) {
    Stream.Builder<Arguments> out = Stream.builder();
    for (int i = 0; i < cells.length; i += 2) {
      out.add(Arguments.of(cells[i], cells[i + 1]));
    }
    return out.build();
  }
}
