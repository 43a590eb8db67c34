package org.onconlp.deid.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onconlp.deid.PhiSpan;

class RecordExportFinderTest {
  private static final RecordExportFinder FINDER = new RecordExportFinder();

  /** Found spans in text order as "CATEGORY:text", separated by " | ". */
  private static String found(String text) {
    List<PhiSpan> spans = FINDER.find(text);
    return spans.stream()
        .sorted(Comparator.comparingInt(PhiSpan::begin))
        .map(s -> s.category() + ":" + text.substring(s.begin(), s.end()))
        .collect(Collectors.joining(" | "));
  }

  @Test
  void semicolonExportCellsTakeTheirColumnCategory() {
    String text = "num_fiche;nom;prenom;ddn;ipp;medecin_presentateur;decision\n"
        + "75-GYN-24-0101;VERNEUIL;Odette;03/04/1950;7712345;LAGARDE P;\"Surveillance\"\n";
    assertEquals(
        "ID:75-GYN-24-0101 | NOM:VERNEUIL | PRENOM:Odette | DATE_NAISSANCE:03/04/1950 | IPP:7712345"
            + " | NOM:LAGARDE | PRENOM:P",
        found(text));
  }

  @Test
  void quotedCommaExportCellsTakeTheirColumnCategory() {
    String text = "\"DOSSIER\",\"NOM\",\"PRENOM\",\"NE_LE\",\"PRESCRIPTEUR\",\"ANALYSE\"\n"
        + "\"2301120045\",\"MARCHAL\",\"Ginette\",\"12/01/1941\",\"DR FOUQUET R\",\"ACE\"\n";
    assertEquals(
        "IPP:2301120045 | NOM:MARCHAL | PRENOM:Ginette | DATE_NAISSANCE:12/01/1941 | NOM:FOUQUET | PRENOM:R",
        found(text));
  }

  @Test
  void aHeaderWithCodeLikeFieldNamesTypesThePostalCodeColumn() {
    String text = "nom;cp;commune;cim10\nVERNEUIL;34200;SETE;C56\n";
    assertEquals("NOM:VERNEUIL | ZIP:34200 | VILLE:SETE", found(text));
  }

  @Test
  void aHeaderNamingACodedColumnWithDigitsStillTypesTheNameColumns() {
    String text = "ipp;nom;prenom;cim10;uf\n3400111222;DELAUNAY;odile;C56;4410\n";
    assertEquals("IPP:3400111222 | NOM:DELAUNAY | PRENOM:odile", found(text));
  }

  @Test
  void aRowOfValuesWithDigitsIsNoHeader() {
    String text = "C56;4410;T2N0\nC50;4420;T1N1\n";
    assertEquals("", found(text));
  }

  @Test
  void aRowWithAnotherCellCountEndsTheTable() {
    String text = "\"NOM\",\"PRENOM\",\"ANALYSE\"\n\"MARCHAL\",\"Ginette\",\"ACE\"\n\"12/03/24\",\"CA 19-9\",\"860\",\"U/mL\"\n";
    assertEquals("NOM:MARCHAL | PRENOM:Ginette", found(text));
  }

  @Test
  void aRowOfTheTableIsNotReadAsANewHeader() {
    String text = "participants;specialite\nROUSSEL Agathe;oncologue médical\n";
    assertEquals("NOM:ROUSSEL | PRENOM:Agathe", found(text));
  }

  @Test
  void keyValueLinesAreTypedByTheirKey() {
    String text = "PAT_NOM_USAGE=LE GALL\nPAT_PRENOMS=Anne-Lise,Marie\nPAT_DDN=1958-03-11\n"
        + "PAT_LIEU_NAISS=Quimper (29000)\nHEURE_PRELEV=08:55\nSAISI_PAR=jq\n";
    assertEquals(
        "NOM:LE GALL | PRENOM:Anne-Lise | PRENOM:Marie | DATE_NAISSANCE:1958-03-11 | VILLE:Quimper | NOM:jq",
        found(text));
  }

  @Test
  void clinicianKeyReadsFamilyAndGivenNameUpToAMark() {
    assertEquals("NOM:KERGOAT | PRENOM:L.", found("MED_TRAIT=Dr KERGOAT L. - Brest\n"));
  }

  @Test
  void hl7PatientSegmentGivesNamesBirthDateAndAddress() {
    String text = "MSH|^~\\&|DXCARE|CHXY|ONCOLOG|RCP|20240311143522||ADT^A08|MSG01|P|2.5\n"
        + "PID|1||5002918844^^^CHXY^PI||MORIN^ANNE-LAURE^JULIE^^MME||19520921|F|||12 RUE DES LILAS^^VOIRON^^38500^FRA\n";
    assertEquals(
        "HOPITAL:CHXY | DATE:20240311143522 | ID:MSG01 | IPP:5002918844 | HOPITAL:CHXY | NOM:MORIN"
            + " | PRENOM:ANNE-LAURE | PRENOM:JULIE | DATE_NAISSANCE:19520921 | ADRESSE:12 RUE DES LILAS"
            + " | VILLE:VOIRON | ZIP:38500",
        found(text));
  }

  @Test
  void hl7ClinicianAndNextOfKinNamesAreFound() {
    String text = "NK1|1|MORIN^PAUL|SPO^EPOUX\nPV1|1|I|ONCO^412^B^CHXY||||10101234509^BERTHIER^C\n";
    assertEquals(
        "NOM:MORIN | PRENOM:PAUL | HOPITAL:CHXY | NOM:BERTHIER | PRENOM:C", found(text));
  }

  @Test
  void dicomHeaderAttributesTakeTheirCategory() {
    String text = "(0008,0080) InstitutionName       LO  CENTRE HOSPITALIER DE NULLEPART\n"
        + "(0010,0010) PatientName           PN  PETIT^MARIE CLAIRE\n"
        + "(0010,0020) PatientID             LO  0035500004\n"
        + "(0010,0030) PatientBirthDate      DA  19650412\n"
        + "(0010,0040) PatientSex            CS  F\n"
        + "(0020,000D) StudyInstanceUID      UI  1.2.250.1.59.3.447.20240722.1\n";
    assertEquals(
        "HOPITAL:CENTRE HOSPITALIER DE NULLEPART | NOM:PETIT | PRENOM:MARIE CLAIRE | IPP:0035500004"
            + " | DATE_NAISSANCE:19650412 | ID:1.2.250.1.59.3.447.20240722.1",
        found(text));
  }

  @Test
  void dcmdumpLayoutIsRead() {
    String text = "(0010,0010) PN [PETIT^MARIE]                           #  12, 1 PatientName\n"
        + "(0008,0020) DA [20240722]                               #   8, 1 StudyDate\n";
    assertEquals("NOM:PETIT | PRENOM:MARIE | DATE:20240722", found(text));
  }

  @Test
  void proseWithSemicolonsAndEqualSignsGivesNothing() {
    assertEquals("", found("Patiente vue ce jour ; ACE=7,2 ; pas de fièvre.\nNom ; prénom ; date\nT2N0 = bon pronostic\n"));
  }

  @Test
  void garbageInputDoesNotThrow() {
    assertTrue(FINDER.find("").isEmpty());
    FINDER.find("(0010,0010)\nPID|\n;;;\n\"\",\"\nA=\n(00");
    FINDER.find("NOM;PRENOM\n" + "x;".repeat(100_000));
  }
}
