package org.onconlp.deid.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Literal French cases for every structured PHI form. Expected results are written as {@code
 * CATEGORY(covered text)}, space-separated, in text order; an empty string means "no PHI".
 * Every identity here is invented (NIR keys computed for made-up numbers, 01 99 00 phones).
 */
class StructuredPhiFinderTest {
  private static final StructuredPhiFinder FINDER = new StructuredPhiFinder();

  static String found(String text) {
    return FINDER.find(text).stream()
        .map(s -> s.category() + "(" + text.substring(s.begin(), s.end()) + ")")
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Assuré 1 84 12 75 123 456 40 couvert                 | SECU(1 84 12 75 123 456 40)",
        "Assuré 184127512345640.                              | SECU(184127512345640)",
        "Assuré 1.84.12.75.123.456.40                         | SECU(1.84.12.75.123.456.40)",
        "Assurée 2 90 05 2A 004 123 52 (Corse)                | SECU(2 90 05 2A 004 123 52)",
        "Assuré 1 8 4 1 2 7 5 1 2 3 4 5 6 4 0                 | SECU(1 8 4 1 2 7 5 1 2 3 4 5 6 4 0)",
        "Son NSS est le 184127512345640.                      | SECU(184127512345640)",
        "NIR : 1 84 12 75 123 456 78                          | SECU(1 84 12 75 123 456 78)",
        "N° de sécurité sociale : 184127512345678             | SECU(184127512345678)",
        "n° SS 1 84 12 75 123 456                             | SECU(1 84 12 75 123 456)",
        "INSEE 2 69 08 13 055 012 99                          | SECU(2 69 08 13 055 012 99)",
      })
  void socialSecurityNumbersAreFound(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Numéro 5 84 12 75 123 456 40 hors structure",
        "Valeur 1 84 13 75 123 456 40 avec un mois 13",
      })
  void numbersWithoutLabelAndWithoutTheShapeOfANirAreNotSocialSecurityNumbers(String text) {
    assertEquals("", found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Secrétariat : 01 99 00 12 34                 | TEL(01 99 00 12 34)",
        "Tél. 01.99.00.12.34                          | TEL(01.99.00.12.34)",
        "Fax 01-99-00-12-35                           | TEL(01-99-00-12-35)",
        "appeler le 0199001236 demain                 | TEL(0199001236)",
        "Portable : 06 99 00 12 37                    | TEL(06 99 00 12 37)",
        "joignable au +33 1 99 00 12 38               | TEL(+33 1 99 00 12 38)",
        "joignable au +33 (0)1 99 00 12 39            | TEL(+33 (0)1 99 00 12 39)",
        "joignable au 0033 1 99 00 12 40              | TEL(0033 1 99 00 12 40)",
        "joignable au +33199001241                    | TEL(+33199001241)",
        "Tél : 01 9900 1242                           | TEL(01 9900 1242)",
      })
  void frenchPhonesAreFoundInEveryForm(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Contact : jeanne.exemple@chu-fictif.fr.       | MAIL(jeanne.exemple@chu-fictif.fr)",
        "écrire à onco+rcp@hopital-invente.org svp      | MAIL(onco+rcp@hopital-invente.org)",
        "voir https://www.chu-fictif.fr/rcp?id=12.      | URL(https://www.chu-fictif.fr/rcp?id=12)",
        "voir http://intranet.chu-fictif.local/rcp     | URL(http://intranet.chu-fictif.local/rcp)",
        "site www.clinique-imaginaire.fr, rubrique      | URL(www.clinique-imaginaire.fr)",
      })
  void mailsAndUrlsAreFound(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12 rue des Lilas, 75013 Paris                    | ZIP(75013)",
        "BP 12 - 69372 LYON CEDEX 08                      | ZIP(69372)",
        "8 avenue des Tilleuls 75 013 Paris               | ZIP(75 013)",
        "Hôpital Fictif, 13005 Marseille                  | ZIP(13005)",
        "18 rue des Acacias, 33000, Bordeaux CEDEX        | ZIP(33000)",
        "Adresse : 255 rue Imaginaire Paris 75015         | ZIP(75015)",
      })
  void postalCodesInAddressesAreFound(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void postalCodeOnTheLineAfterTheStreetIsFound() {
    assertEquals("ZIP(75013)", found("12 rue des Lilas\n75013 PARIS"));
  }

  @Test
  void postalBoxNumberIsNoPostalCode() {
    assertEquals(
        "ZIP(54519)", found("6 avenue de Bourgogne - CS 30519\n54519 NANCY CEDEX"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "carcinome canalaire infiltrant 8500/3",
        "12345 cellules comptées",
        "Leucocytes 12000 Hématies normales",
        "dose totale 10 000 UI",
        "soit 45000 Patients inclus",
      })
  void fiveDigitNumbersOutsideAddressesAreNotPostalCodes(String text) {
    assertEquals("", found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "IPP : 123456                          | IPP(123456)",
        "N° IPP 8012345678                     | IPP(8012345678)",
        "IPP: 0199001234                       | IPP(0199001234)",
        "NDA: 2021-000123                      | NDA(2021-000123)",
        "N° de séjour : S21-004567             | NDA(S21-004567)",
        "N° d'hospitalisation 2100456          | NDA(2100456)",
        "IPP 832962238 / séjour 88699228        | IPP(832962238) NDA(88699228)",
        "RPPS 10001234567                      | RPPS(10001234567)",
        "N° ADELI 751234567                    | RPPS(751234567)",
        "N° de dossier : 8012 345 678          | IPP(8012 345 678)",
        "N° d'examen : 21H01234                | ID(21H01234)",
        "Réf. : AP-21-0042                     | ID(AP-21-0042)",
        "N° de prélèvement 21B004512           | ID(21B004512)",
        "ID : 9384019284                       | ID(9384019284)",
        "N° ADELI,75 12 34 56 7                | RPPS(75 12 34 56 7)",
        "Identifiant du patient (IPP) : 2849201 | IPP(2849201)",
        "Son IPP est 83920                     | IPP(83920)",
        "Patient n°2029342803, vu ce jour      | IPP(2029342803)",
      })
  void labelledIdentifiersKeepTheirLabelAndLoseTheirValue(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "NIP : 8001234567                      | IPP(8001234567)",
        "Code patient : 8001234567             | IPP(8001234567)",
        "IEP : 2301234567                      | NDA(2301234567)",
        "N° dossier administratif : 123456789  | NDA(123456789)",
        "N° d'admission : 2300123456           | NDA(2300123456)",
        "Episode n° 2300123456                 | NDA(2300123456)",
        "INS : 184127512345678                 | SECU(184127512345678)",
        "Matricule INS 1 84 12 75 123 456 78   | SECU(1 84 12 75 123 456 78)",
        "N° Anapath : H23-04567                | ID(H23-04567)",
        "N° de lame : B23-1234                 | ID(B23-1234)",
        "N° ordonnance : 98765432              | ID(98765432)",
        "N° usager : 4455667                   | ID(4455667)",
      })
  void hospitalSystemLabelsIntroduceIdentifiers(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Sortie d'aplasie le 6/11 sans fièvre.      | DATE(6/11)",
        "Diarrhées depuis samedi (12/08).           | DATE(12/08)",
        "Consultation le lundi 11/03 à 14h30.       | DATE(lundi 11/03)",
        "Je propose le mardi 17 a 14h ?             | DATE(mardi 17)",
        "Réunion : mar. 09/05/2023                  | DATE(mar. 09/05/2023)",
        "Visite IDE le 28 à 16h.                    | DATE(28)",
        "merci de me dire pour le 17,               | DATE(17)",
        "elle part dès le 11. Je propose            | DATE(11)",
        "Distension abdominale depuis février.      | DATE(février)",
        "Créatinine à 138 en janvier.               | DATE(janvier)",
        "Grosseur évoluant depuis l'été 2023.       | DATE(été 2023)",
        "RCP du 16 mai. Suite.                      | DATE(16 mai)",
      })
  void datesWithoutYearAfterTheirCues(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Ratio 3/12 ganglions envahis.",
        "Dose de 2 mg le 3 mg suivant.",
        "Le Dr C. Avril relit la lame.",
        "Il est le 3e de la fratrie.",
        "Il est passé de 8 le 2.5 mg"
      })
  void numbersAndNamesWithoutDateCueAreNoDates(String text) {
    assertEquals("", found(text));
  }

  @Test
  void dayAndMonthOnTheLineAfterLe() {
    assertEquals("DATE(3/11)", found("Admission directe le\n3/11 à 14h."));
  }

  @Test
  void aLabelJoinedByACommaTypesEachValueJoinedByACommaTheSameWay() {
    assertEquals("IPP(63004417) NDA(23118750)", found("IPP, NDA : 63004417, 23118750"));
  }

  @Test
  void practitionersTwoNumbersUnderOneLabelAreBothRpps() {
    assertEquals("RPPS(10100998877) RPPS(571998312)", found("N° RPPS / AM : 10100998877 / 571998312"));
  }

  @Test
  void nineDigitsAfterAmAreAnAssuranceMaladieNumber() {
    assertEquals("RPPS(10103355871) RPPS(976101187)", found("RPPS 10103355871  -  AM 976101187"));
  }

  @Test
  void internalExtensionAfterPosteOrBip() {
    assertEquals("TEL(3 47 22) TEL(4521)", found("poste 3 47 22 ou bip 4521"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "biopsies AP23-10441).           | ID(AP23-10441)",
        "Biopsies 23I04417 : carcinome   | ID(23I04417)",
        "bons 22-38114 à 22-38116.       | ID(22-38114) ID(22-38116)",
        "CR RCP 2023-HGE-0147            | ID(2023-HGE-0147)",
        "Accession RM2406150021 - Date   | ID(RM2406150021)",
      })
  void identifierShapedCodesWithoutLabel(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"HER2, Ki67, CA19-9, T790M, BRCA1", "1500-2000 mg", "clone 22C3 et SP263"})
  void clinicalCodesAreNoIdentifiers(String text) {
    assertEquals("", found(text));
  }

  @Test
  void elevenDigitsStartingWith10AreAnRppsNumber() {
    assertEquals("RPPS(10003917465)", found("N° d'identification : 10003917465"));
  }

  @Test
  void tableCellAfterALabelAndAPipe() {
    assertEquals("IPP(2B00741266)", found("| IPP                  | 2B00741266     |"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "IPP / NDA        5009271384 / 5023449107      | IPP(5009271384) NDA(5023449107)",
        "N° IPP/N° séjour : 2B00741266 / 25-0071882    | IPP(2B00741266) NDA(25-0071882)",
        "IEP / IPP : 2300123456 / 8001234567           | NDA(2300123456) IPP(8001234567)",
        "IPP / NDA : 5009271384                        | IPP(5009271384)",
      })
  void aLabelNamingTwoIdentifiersGivesEachValueItsCategory(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void hospitalAcronymBetweenLabelAndValue() {
    assertEquals("IPP(49102387)", found("(IPP CHU 49102387)"));
  }

  @Test
  void fileNumberIsThePatientsIdentifierButAFileReferenceIsAnId() {
    assertEquals("IPP(29A0831742) ID(22-T-084153)", found("N° de dossier : 29A0831742\nDossier n° 22-T-084153"));
  }

  @Test
  void twoIdentifiersJoinedByASlashAfterOneLabel() {
    assertEquals("IPP(8001234567 / 2300123456)", found("IPP : 8001234567 / 2300123456"));
  }

  @Test
  void longUnlabelledNumberIsAnIdentifier() {
    assertEquals("ID(230012345678)", found("Séjour référencé 230012345678 dans le dossier."));
  }

  @Test
  void fifteenDigitsWithAWrongKeyAreAnIdentifierNotASocialSecurityNumber() {
    assertEquals("ID(184127512345678)", found("Référence interne 184127512345678 sans libellé"));
  }

  @Test
  void eightDigitsWithoutDateCueAreAnIdentifierNotADate() {
    assertEquals("ID(23022018)", found("lot 23022018 du fabricant"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Variant chr7:55249071 détecté.",
        "Transcrit NM_004333123456 relu.",
        "Transcrit ENST00000275493 relu.",
        "Numération à 250 000 plaquettes."
      })
  void genomicAndGluedNumbersAreNotIdentifiers(String text) {
    assertEquals("", found(text));
  }

  @Test
  void hostNameWithoutSchemeIsAUrl() {
    assertEquals("URL(chu-example.fr/rdv)", found("Prise de rendez-vous sur chu-example.fr/rdv."));
  }

  @Test
  void sentenceEndGluedToACapitalIsNoUrl() {
    assertEquals("", found("Pas de récidive.Fr et plus de fièvre."));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "IPP : non renseigné",
        "le patient a un NDA",
        "Référence bibliographique",
        "N° RPPS 12, avenue des Tilleuls"
      })
  void labelsWithoutValueAreNotPhi(String text) {
    assertEquals("", found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "vu le 12/03/2021 en consultation         | DATE(12/03/2021)",
        "vu le 12-03-2021 en consultation         | DATE(12-03-2021)",
        "vu le 12.03.21 en consultation           | DATE(12.03.21)",
        "vu le 12/03/21 en consultation           | DATE(12/03/21)",
        "vu le 1/3/2021 en consultation           | DATE(1/3/2021)",
        "opérée le 12 mars 2021.                  | DATE(12 mars 2021)",
        "opérée le 1er mars 2021.                 | DATE(1er mars 2021)",
        "OPÉRÉE LE 12 MARS 2021.                  | DATE(12 MARS 2021)",
        "depuis mars 2021, stable                 | DATE(mars 2021)",
        "depuis 03/2021, stable                   | DATE(03/2021)",
        "revue le 12 mars pour la suite           | DATE(12 mars)",
        "RCP du lundi 12 mars 2021                | DATE(lundi 12 mars 2021)",
        "prélèvement du 2021-03-12                | DATE(2021-03-12)",
        "cure du 12 mars 21                       | DATE(12 mars 21)",
        "scanner le 12/03, sans changement        | DATE(12/03)",
        "reprise du suivi le 23022018             | DATE(23022018)",
        "entre le 3 sept. 2019 et le 4 déc. 2019  | DATE(3 sept. 2019) DATE(4 déc. 2019)",
      })
  void datesAreFoundInEveryFrenchForm(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void tableExportDatesWithPipesAreFound() {
    assertEquals("DATE(22|08|2019)", found("export : 22|08|2019 ; suite"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Patiente née le 03/05/1950, suivie         | DATE_NAISSANCE(03/05/1950)",
        "Patient né le 3 mai 1950                   | DATE_NAISSANCE(3 mai 1950)",
        "Mme X, né(e) le 03.05.1950                 | DATE_NAISSANCE(03.05.1950)",
        "Patiente : Mme X ; Nee le 14/01/1954      | DATE_NAISSANCE(14/01/1954)",
        "Date de naissance : 1950-05-03             | DATE_NAISSANCE(1950-05-03)",
        "DDN: 03/05/50                              | DATE_NAISSANCE(03/05/50)",
        "patient né en 1932 à la campagne           | DATE_NAISSANCE(1932)",
      })
  void birthDatesAreFoundAfterTheirLabel(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void eventYearIsADateAsInTheGuidelines() {
    assertEquals("DATE(2015)", found("diagnostiqué en 2015, puis traité"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "pT2N1aM0 (TNM 8e édition)",
        "pN1a (3/12), soit trois ganglions",
        "douleur cotée 7/10",
        "Gleason 7 (3+4), ISUP 2",
        "rapport 2,5 et Ki67 à 30 %",
        "60 Gy / 30 fractions",
        "rendez-vous à 14h30",
        "posologie de 2000 mg par jour",
        "1950 UI de vitamine D",
        "anticorps dilué au 1/2000",
        "RE 90 % ; RP 0 %",
        "taille 12 x 8 mm",
        "classification pTNM 2017 : pT3N1bM0",
        "stade FIGO 2018 IIIC1",
      })
  void clinicalNumbersAreNotDates(String text) {
    assertEquals("", found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "patiente âgée de 92 ans              | AGE(92)",
        "Patiente de 95 ans, autonome          | AGE(95)",
        "homme, 103 ans                        | AGE(103)",
      })
  void agesOfNinetyOrMoreAreFound(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"patiente âgée de 89 ans", "Patient de 45 ans", "suivi depuis 10 ans"})
  void agesUnderNinetyAreNotPhi(String text) {
    assertEquals("", found(text));
  }

  @Test
  void phiAtTheVeryStartAndEndOfTheTextIsFound() {
    assertEquals(
        "DATE(12/03/2021) TEL(01 99 00 12 34)", found("12/03/2021 : rappeler au 01 99 00 12 34"));
  }

  @Test
  void textWithoutPhiGivesNothing() {
    assertEquals("", found("Carcinome canalaire infiltrant de grade SBR 2, pT1cN0."));
  }

  @Test
  void dateSplitAcrossALineBreakIsFound() {
    assertEquals("DATE(12\nmars 2021)", found("opérée le 12\nmars 2021"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "1 ", "a@b.", "IPP 1 ", "12/", "0", "rue 75013 ", "le 12 mars ", "A1", "AB12345-",
        "1 2 / ", "le 1 ", "en mars ", "| IPP | ", "poste 1 "
      })
  void megabyteOfARepeatedTriggerIsScannedWithoutError(String unit) {
    String text = unit.repeat(1_000_000 / unit.length());
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> FINDER.find(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "admission dans le service le 3/11 à 14h.      | DATE(3/11)",
        "sortie d'aplasie le 6/11 (PNN 1,9 G/L)         | DATE(6/11)",
        "diarrhées depuis samedi (12/08), 6 selles      | DATE(12/08)",
        "je peux la voir le lundi 11/03 à 14h30        | DATE(lundi 11/03)",
        "HAD à compter du vendredi 28/04, sortie       | DATE(vendredi 28/04)",
        "Date de la réunion : mar. 09/05/2023          | DATE(mar. 09/05/2023)",
      })
  void dayAndMonthWithoutYearAreFoundAfterADateCue(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void dayAndMonthOnTheLineAfterLeIsADate() {
    assertEquals("DATE(28/03)", found("sonde posée le\n28/03. Perte de 9 kg"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "son fils se marie le 14 à Sablé, elle part   | DATE(14)",
        "merci de me dire pour le 17, à bientôt       | DATE(17)",
        "première visite IDE le 28 à 16h               | DATE(28)",
        "accélérateur arrêté les 9 et 10 mai           | DATE(9) DATE(10 mai)",
        "je lui propose le mardi 17 à 14h ?            | DATE(mardi 17)",
        "dossier présenté à la RCP du 14.              | DATE(14)",
      })
  void dayOfTheMonthAloneIsFoundAfterLe(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "le 2 a été retiré sans incident",
        "tumeur du 1/3 inférieur de l'œsophage",
        "les 2/3 de la dose ont été reçus",
        "lésion au 1/3 moyen",
        "le 3e cycle est décalé",
        "mardi 3 cures au total",
        "le 1 : pas de changement",
      })
  void smallNumbersAfterLeThatAreNoDatesAreLeftAlone(String text) {
    assertEquals("", found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "distension abdominale depuis février. CA-125   | DATE(février)",
        "8 cures de février à juin 2023                 | DATE(février) DATE(juin 2023)",
        "créatinine à 138 µmol/L en janvier).           | DATE(janvier)",
        "3 EC100 (août-septembre 2023) puis docétaxel   | DATE(août) DATE(septembre 2023)",
        "œsophagite à la FOGD de mars.                  | DATE(mars)",
        "reprise prévue fin mars, puis mi-avril         | DATE(fin mars) DATE(mi-avril)",
        "bilan d'avril sans particularité               | DATE(avril)",
        "hospitalisations entre janvier et mars        | DATE(janvier) DATE(mars)",
      })
  void fullMonthNameAloneIsADateAfterATimeCue(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "sept cures de chimiothérapie",
        "de sept à huit cycles",
        "un total de sept.",
        "Mme Avril est venue seule",
        "signe de Mars en radiologie",
        "mai être revue",
      })
  void monthWordsUsedOtherwiseAreNoDates(String text) {
    assertEquals("", found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "première cure prévue le 16 mai.         | DATE(16 mai)",
        "À discuter en RCP du jeudi 20 juin.     | DATE(jeudi 20 juin)",
        "revue le 3 sept. pour la suite          | DATE(3 sept.)",
      })
  void fullMonthNameDoesNotTakeTheFullStop(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "traitement arrêté fin janvier, puis repris   | DATE(fin janvier)",
        "ostéodensitométrie à prévoir mi-novembre.     | DATE(mi-novembre)",
        "toux plus marquée depuis début novembre       | DATE(début novembre)",
        "Votre cure du mi-mars 2024 est confirmée      | DATE(mi-mars 2024)",
        "greffe probable début 2025 si rémission       | DATE(début 2025)",
        "contrôle courant avril                        | DATE(courant avril)",
        "bilan prévu fin nov. au CHU                   | DATE(fin nov.)",
      })
  void periodWordIsKeptInsideTheDate(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "à la fin de la cure", "mi-temps thérapeutique accordé", "fin 2000 mg au total", "début sept cycles"
      })
  void periodWordsWithoutMonthOrYearAreNoDates(String text) {
    assertEquals("", found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "elle est en déplacement jusqu'au 12, je suis seule | DATE(12)",
        "décaler ma cure au 1er du mois suivant            | DATE(1er)",
        "part au Portugal du 1er au 20 août                | DATE(1er) DATE(20 août)",
        "trois séances les 23, 25 et 30 juillet.           | DATE(23) DATE(25) DATE(30 juillet)",
        "Reprise à 20 mg le 19 comme prévu.                | DATE(19)",
        "Prochain contact : le 27 après le RDV             | DATE(27)",
      })
  void dayOfTheMonthAloneIsFoundAfterEndPointsListsAndTimeWords(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "les 2, 3 et 4 ganglions sont envahis",
        "du palier 2 au 3.",
        "le 1er cycle est décalé",
        "le 5 mg est arrêté",
        "la nuit le 15).",
        "composer le 15, sans attendre",
      })
  void countsDosesAndEmergencyNumbersAreNoDaysAlone(String text) {
    assertEquals("", found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ne dort plus depuis Noël.          | DATE(Noël)",
        "revue à Pâques, elle ira mieux    | DATE(Pâques)",
        "congés pendant la Toussaint       | DATE(Toussaint)",
        "reprise avant le Nouvel An        | DATE(Nouvel An)",
      })
  void holidaysAfterATimeCueAreDates(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "courrier adressé à Noël Lefèvre", "l'ascension de la coupole diaphragmatique", "Noël Martin, né en Bretagne"
      })
  void holidayWordsUsedAsNamesOrAnatomyAreNoDates(String text) {
    assertEquals("", found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Date: Mon, 26 Feb 2024 10:14:52 +0100 | DATE(Mon, 26 Feb 2024)",
        "Sent: 3 Mar 2025 08:00               | DATE(3 Mar 2025)",
        "arrêté par la patiente en nov.      | DATE(nov.)",
        "Bastia, u 20 di ghjennaghju          | DATE(20 di ghjennaghju)",
        "10/03 07:52 - appel de l'ambulance   | DATE(10/03)",
        "après radiothérapie (fin 14/04)      | DATE(14/04)",
      })
  void headerDatesAbbreviationsRegionalMonthsAndTimedDaysAreDates(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void frenchPossessiveMonIsNoEmailHeaderDate() {
    assertEquals("", found("mon, 26 feb : réponse"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CR d'anatomopathologie AP 24-3318 du 18/12/2024 | ID(AP 24-3318) DATE(18/12/2024)",
        "Pathologiste : Dr X - bloc S25-002218 A3      | ID(S25-002218 A3)",
                "(portail vert, code 2719B).                   | ID(2719B)",
        "N° AM : 74 1 23456 7                          | RPPS(74 1 23456 7)",
        "Age : 92 a      Sexe : F                      | AGE(92)",
      })
  void labelledAndShapedIdentifiersAreFound(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void barcodeLineBetweenAsterisksIsAnIdentifier() {
    assertEquals("ID(0043318)", found(" *0043318*   ||||| | ||| ||||"));
  }

  @Test
  void postalCodeInACodePostalVilleTableCellIsFound() {
    assertEquals("ZIP(75014)", found("| Code postal / Ville  | 75014 / PARIS                |"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "marqueur CA 15-3 à 40 U/mL", "*important*", "bloc opératoire 3", "code CIM-10 C50.9", "Âge : 67 ans"
      })
  void markersEmphasisAndYoungAgesAreNoIdentifiers(String text) {
    assertEquals("", found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Date de naissance ........... 21/03/1944   | DATE_NAISSANCE(21/03/1944)",
        "IPP ......................... 29A0081473   | IPP(29A0081473)",
        "NE(E) LE  : 14/10/1945        SEXE : M     | DATE_NAISSANCE(14/10/1945)",
        "ne le : 08/03/1957 a ajaccio               | DATE_NAISSANCE(08/03/1957)",
        "NE EN 1947 A LE LAMENTIN                   | DATE_NAISSANCE(1947)",
        "M. Y, né vers 1968, sans suivi             | DATE_NAISSANCE(1968)",
        "DDN : 1961                                 | DATE_NAISSANCE(1961)",
        "DOSSIER   : 24P0117340                     | IPP(24P0117340)",
        "Dossier 510073829 - Mme X                  | IPP(510073829)",
        "Dossier T22-12045 - enregistré             | ID(T22-12045)",
        "DOSSIER 4/11 - Patient                     | ID(4/11)",
      })
  void formLabelsGiveBirthDatesAndPatientFiles(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "IPP                         000458771      | IPP(000458771)",
        "DDN                02/09/1949              | DATE_NAISSANCE(02/09/1949)",
        "NIP       : 34-1188206                     | IPP(34-1188206)",
        "Date de la demande : 13/06/2025            | DATE(13/06/2025)",
      })
  void twoColumnLayoutsKeepLabelAndValueTogether(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void birthDateAndPatientNumberColumnsOfATableAreTyped() {
    String table =
        "Fauteuil | NOM      | DDN        | IPP        | Protocole\n"
            + "---------+----------+------------+------------+----------\n"
            + "F01      | X        | 03/05/1952 | 3100452817 | C4 le 12/06/2025\n";
    assertEquals(
        "DATE_NAISSANCE(03/05/1952) IPP(3100452817) DATE(12/06/2025)", found(table));
  }

  @Test
  void datesOutsideATypedTableStayDates() {
    String text = "| DDN | IPP |\n| 03/05/1952 | 3100452817 |\n\nRevue le 03/07/2025.";
    assertEquals(
        "DATE_NAISSANCE(03/05/1952) IPP(3100452817) DATE(03/07/2025)", found(text));
  }

  @Test
  void negationNeLeIsNoBirthLabel() {
    assertEquals("", found("il ne le 3e jour"));
  }

  @Test
  void monthAndTwoDigitYearIsADate() {
    assertEquals("DATE(mars 21)", found("récidive en mars 21, traitée"));
  }

  @Test
  void monthFollowedByACountIsNoMonthAndYear() {
    assertEquals("", found("bilan mars 12 cycles"));
  }

  @Test
  void seasonAndYearAreOneDate() {
    assertEquals("DATE(été 2023)", found("nodule évoluant depuis l'été 2023."));
  }

  @Test
  void pastParticipleEteIsNoSeason() {
    assertEquals("", found("elle a été 2 fois opérée"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Date de prélèvement :  1 4 / 0 6 / 2 0 2 1         | DATE(1 4 / 0 6 / 2 0 2 1)",
        "(ligne dictée le 1 8 . 0 6 . 2 1)                   | DATE(1 8 . 0 6 . 2 1)",
        "Né le  :  0 3/0 5/1948  Réf.                         | DATE_NAISSANCE(0 3/0 5/1948)",
        "12  av. des Tilleuls  -  5 9 3 0 0  VALENCIENNES    | ZIP(5 9 3 0 0)",
      })
  void letterSpacedOcrValuesAreFound(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"scores 1 2 3 4 5 6 relevés", "série 5 9 3 0 0 sans adresse"})
  void letterSpacedDigitsOutsideDatesAndAddressesAreLeftAlone(String text) {
    assertEquals("", found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      value = {
        "NIP : 0600784213                           => IPP(0600784213)",
        "né le 03/03/1957, IPP CHU 49102387)        => DATE_NAISSANCE(03/03/1957) IPP(49102387)",
        "| IPP                 | 2B00741266 |       => IPP(2B00741266)",
        "N° de séjour (IEP) : 562300981             => NDA(562300981)",
        "| N° de séjour (NDA)  | 2024/117593 |      => NDA(2024/117593)",
        "Venue : V2305118830                        => NDA(V2305118830)",
        "NIP 4409917336 - IEP 24C02218              => IPP(4409917336) NDA(24C02218)",
        "N° d'identification : 10003917465          => RPPS(10003917465)",
        "RPPS : 10101122358   AM : 661049827        => RPPS(10101122358) RPPS(661049827)",
        "N° FINESS : 330781204                      => ID(330781204)",
        "N° FINESS établissement : 2A0000085        => ID(2A0000085)",
        "Mutuelle : MSA (n° adhérent 0047712539)    => ID(0047712539)",
        "Mutuelle Exemple - adh. MG7718342 |        => ID(MG7718342)",
        "N° examen : IRM-2023-118804                => ID(IRM-2023-118804)",
        "IPP 8002471193 - Accession RM2406150021    => IPP(8002471193) ID(RM2406150021)",
        "N° dossier RCP : RCPG-23-1152              => ID(RCPG-23-1152)",
        "N° d'enregistrement : MOL-2024-004871      => ID(MOL-2024-004871)",
        "Bloc analysé : 24H01287-A2                 => ID(24H01287-A2)",
        "Dossier RT : RT24-0711                     => ID(RT24-0711)",
        "envoyé en anatomopathologie (bon AP-22-031877) => ID(AP-22-031877)",
        "N° lot : 2311A0048127                      => ID(2311A0048127)",
        "LRAR n° 1A 184 552 3390 1                  => ID(1A 184 552 3390 1)",
        "prélèvement du 3/10/2023, n° laboratoire GEN23-11742) => DATE(3/10/2023) ID(GEN23-11742)",
        "adressée en anatomopathologie (demande P23-07781) => ID(P23-07781)",
        "Réf. clinique : 2 1 0 6 0 1 7 7 5          => ID(2 1 0 6 0 1 7 7 5)",
        "N° :  H 2 1 - 0 9 4 4 7   suite            => ID(H 2 1 - 0 9 4 4 7)",
        "INS : 1 84 12 75 123 456 40                => SECU(1 84 12 75 123 456 40)",
        "N° d'admission : 23A004417                 => NDA(23A004417)",
        "ID patient : 8002471193                    => IPP(8002471193)",
      })
  void identifiersAfterMoreLabelsAreFound(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "IDE de coordination (poste 4 12 38)   | TEL(4 12 38)",
        "Dr Exemple appelé (bip 4521), O2      | TEL(4521)",
        "joindre le DECT 6412 la nuit          | TEL(6412)",
        "HDJ : bip médecin 3147 si fièvre      | TEL(3147)",
        "appeler le bip de garde 4460           | TEL(4460)",
        "poste : 01 99 00 12 34                | TEL(01 99 00 12 34)",
      })
  void internalExtensionsAndPagersArePhones(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"retour au poste de soins", "poste 2 libre", "bon état général, demande un avis"})
  void extensionAndWeakLabelsWithoutNumberAreNotPhi(String text) {
    assertEquals("", found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "coloscopie du 3/07/2023, biopsies AP23-10441). | DATE(3/07/2023) ID(AP23-10441)",
        "Biopsies 23I04417 : carcinome séreux           | ID(23I04417)",
        "Biopsie 2023B12345 reçue                       | ID(2023B12345)",
        "biologie, CR RCP 2023-HGE-0147                  | ID(2023-HGE-0147)",
        "Laboratoire, bons 22-38114 à 22-38116.          | ID(22-38114) ID(22-38116)",
      })
  void unlabelledTokensWithFiveDigitsAreIdentifiers(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "sortie d'aplasie (PNN 1,9 G/L)",
        "CA-125 à 1 840 UI/mL",
        "EGFR c.2573T>G (p.L858R), exon 21",
        "délétion c.2235_2249del (p.E746_A750del) de l'exon 19",
        "transcrit NM_005228.5",
        "recherche T790M/C797S négative",
        "pT2N1aM0, stade IIB",
        "C1J15 à J15",
        "patiente de 72 ans",
        "plaquettes 150000/mm3",
        "5-FU 2400mg/m2 sur 46 h",
        "héparine 10000UI/kg",
        "carcinome 8500/3",
        "ADICAP BHRSA8B3 - SNOMED M81403",
        "article L.1110-4 du Code de la santé publique",
        "variant rs121434568",
        "essai NCT04035486",
        "1.234.567 copies",
        "consultation 8h30-12h30",
        "HPV16/18 négatif",
      })
  void lookAlikesOfIdentifiersAreLeftAlone(String text) {
    assertEquals("", found(text));
  }

  @Test
  void emptyTextGivesNothing() {
    assertEquals("", found(""));
  }

  @Test
  void foreignMobileNumberIsAPhone() {
    assertEquals("TEL(+41 79 000 12 34)", found("Il est joignable au +41 79 000 12 34 (portable suisse)."));
  }

  @Test
  void plusAfterAMarkerIsNoForeignPhone() {
    assertEquals("", found("Récepteurs RH+ 95 10 20 30 40 en IHC."));
  }

  @Test
  void dayAndMonthBeforeATimeIsADate() {
    assertEquals("DATE(17/06)", found("17/06 9h10 passage IDE : pansement refait."));
  }

  @Test
  void fractionBeforeHoursIsNoDate() {
    assertEquals("", found("Perfusion 1/2 dose sur 3 heures."));
  }

  @Test
  void upperCaseBirthLabelWithoutAccent() {
    assertEquals("DATE_NAISSANCE(04/04/1970)", found("PRENOM : MEHMET\nNE LE : 04/04/1970"));
  }

  @Test
  void lowerCaseNegationBeforeADateIsNoBirthLabel() {
    assertEquals("DATE(12/03/2024)", found("il ne le 12/03/2024 a pas revu."));
  }

  @Test
  void birthYearAloneAfterNeLe() {
    assertEquals("DATE_NAISSANCE(1957)", found("M. TRAORÉ Moussa, né le : 1957 à Kayes."));
  }

  @Test
  void lowerCaseDossierNumberIsThePatientFile() {
    assertEquals("DATE_NAISSANCE(03/09/1983) IPP(0K-7712088)", found("née le 03/09/1983, dossier 0K-7712088"));
  }

  @Test
  void capitalisedDossierHeadingARecordIsAnId() {
    assertEquals("ID(T22-12045)", found("Dossier T22-12045 - enregistré"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Validé le : 21/O3/2024 par le Dr       | DATE(21/O3/2024)",
        "Prélevé le 12/03/2O24.                 | DATE(12/03/2O24)",
        "Examen du 14/1I/2023 au matin          | DATE(14/1I/2023)",
      })
  void ocrLettersForDigitsInsideANumericDate(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void ocrLetterInTheYearOfABirthDate() {
    assertEquals("DATE_NAISSANCE(17/04/l952)", found("Né(e) le  17/04/l952   Sexe : F"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Lot 12/Ol/AB", "réf. 10/IO/lO", "voir 12/lO/ll chapitre", "12/10/lOl0"})
  void codesWithOcrLookAlikeLettersAreNoDates(String text) {
    assertEquals("", found(text).replaceAll("ID\\([^)]*\\)", "").strip());
  }

  @Test
  void spaceSeparatedBirthDateAfterAnUpperCaseBirthLabel() {
    assertEquals("DATE_NAISSANCE(07 02 1951)", found("PATIENT : DURIEUX ALAIN     NE LE 07 02 1951"));
  }

  @Test
  void spaceSeparatedNumbersWithoutLabelAreNoDate() {
    assertEquals("DATE(1951)", found("Valeurs successives 07 02 1951 sans unité"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Prochain RDV assistante sociale : 28/11 lors de la cure.  | DATE(28/11)",
        "- néphrectomie élargie 14/05 (Pr Xavier)                  | DATE(14/05)",
        "Dernière visite 03/02.                                     | DATE(03/02)",
        "Bilan prévu 21/09 à l'HDJ                                 | DATE(21/09)",
      })
  void bareDayAndMonthBeforeAnEndOrATimeWord(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Curage : 10/12 N+",
        "2/12 ganglions envahis",
        "Ganglions : 10/12.",
        "TA 12/08, FC 80",
        "3/4 des cas",
        "EVA 10/10 ce matin",
        "Score de Gleason 04/05.",
        "Acuité visuelle 10/10.",
        "soit 11/12 prélèvements"
      })
  void countsRatiosAndScoresAreNoBareDayAndMonth(String text) {
    assertEquals("", found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Grand-père : Lucien TARDIEU (1918-1990), cancer colique.   | DATE_NAISSANCE(1918) DATE(1990)",
        "cousine de Claire Vasseur (1952 – 2011), porteuse          | DATE_NAISSANCE(1952) DATE(2011)",
        "Hormonothérapie (2015-2020) bien tolérée                    | DATE(2015) DATE(2020)",
      })
  void yearRangesInParenthesesAreLifespansAfterAPerson(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Traitement (2020-2018) incohérent",
        "Classification (1950-2000 UI) non",
        "Calcul TNM 2017-2018 pour mémoire",
      })
  void reversedOrOpenYearRangesAreLeftAlone(String text) {
    assertEquals("", found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Chaussée de Louvain 12¶1030 Schaerbeek                    | ZIP(1030)",
        "Route de Chêne 8, 1208 Genève                               | ZIP(1208)",
        "7, rue des Tilleuls¶L-4123 Esch-sur-Alzette              | ZIP(L-4123)",
        "Adresse : avenue du Lac 3, CH-1007 Lausanne                 | ZIP(CH-1007)",
        "Domicile : Saint-Omer (62500)                               | ZIP(62500)",
        "Elle vit à¶Saint-Pierre (97410) avec sa fille.              | ZIP(97410)",
      })
  void foreignAndBracketedPostalCodesAreFound(String text, String expected) {
    assertEquals(expected, found(text.replace("¶", "\n")), text);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Leucocytes (12000)",
        "Plaquettes (95000) stables",
        "Bilan de\nPlaquettes (95000) stables",
        "Dose 1500 Gray totale",
        "voie orale, 1000 Unités par jour",
        "pT2 L-1210 non",
      })
  void clinicalNumbersAreNoForeignOrBracketedPostalCodes(String text) {
    assertEquals("", found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "séances du mar. 2 avril 2024 au vend. 3 mai 2024           | DATE(mar. 2 avril 2024) DATE(vend. 3 mai 2024)",
        "revu le merc. 12/06/2024                                    | DATE(merc. 12/06/2024)",
      })
  void abbreviatedWeekdaysBelongToTheirDate(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "N° patient (randomisation) : 021-0457                      | ID(021-0457)",
        "N° d'inclusion : 07-113                                     | ID(07-113)",
        "N° de centre : 12   Investigateur : Dr X                    | ID(12)",
        "N° du site : 3                                              | ID(3)",
      })
  void trialNumbersAfterTheirLabelAreIdentifiers(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void shortCodeLabelNeedsAColonAndTakesNoDose() {
    assertEquals("", found("le centre 44 mg de dose, N° de centre : 5 mg"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Date  de  naissance  :  30 / 07 / 1981  Sexe : M           | DATE_NAISSANCE(30 / 07 / 1981)",
        "hospitalisé  depuis  le  :  10 / 03 / 2025                  | DATE(10 / 03 / 2025)",
      })
  void datesWithSpacesAroundTheirSeparatorsAreFound(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "n° RPPS :             1 0 0 0 2 5 4 6 7 1 3                | RPPS(1 0 0 0 2 5 4 6 7 1 3)",
        "Tél/bip du préleveur : 4417                                 | TEL(4417)",
        "N° de dossier MDPH (si connu) : 86-2019-004 571             | ID(86-2019-004 571)",
        "Dossier hospitalier : 56 - 002 - 113 - 875                  | IPP(56 - 002 - 113 - 875)",
        "IPP : 67 - 100 884 - 5        pré-admission                 | IPP(67 - 100 884 - 5)",
        "IPP CH Cholet : 000517293                                   | IPP(000517293)",
        "IPP chez nous 770328841                                     | IPP(770328841)",
      })
  void labelsWithWideSeparatorsOrQualifiersIntroduceTheirValue(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Allocataire CAF n° 4712 556 B.                              | ID(4712 556 B)",
        "carte d'identité étrangère n° 13 665 402 4 ZX8              | ID(13 665 402 4 ZX8)",
        "dossier n° ARP 56 2025 004417 en cours                      | ID(ARP 56 2025 004417)",
        "(réf. CRO 16-04418)                                         | ID(CRO 16-04418)",
        "partent ce jour (bordereau CHR 7781 4420 19).               | ID(CHR 7781 4420 19)",
        "SELAS au capital de 1 000 euros - RCS Niort 812 447 903     | ID(812 447 903)",
        "IPP CHU 49102387                                            | IPP(49102387)",
      })
  void referenceValuesKeepTheirGroupsPrefixAndCheckLetter(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void adeliGroupingAfterIdentifierIsAPractitionerNumber() {
    assertEquals("RPPS(87 1 02345 6)", found("identifiant ............ 87 1 02345 6"));
  }

  @Test
  void socialSecurityKeyWrittenAfterCleIsFoundApart() {
    assertEquals(
        "SECU(2580401004231) SECU(42)", found("N° d'immatriculation : 2580401004231 clé 42"));
  }

  @Test
  void everyCellOfARowOpenedByALabelTakesItsCategory() {
    assertEquals(
        "IPP(8 004 417 352) IPP(8 013 906 228)",
        found("IPP            | 8 004 417 352       | 8 013 906 228"));
    assertEquals(
        "NDA(725 004 118 2) DATE(26/05/2025) NDA(725 004 133 9)",
        found("dernier séjour | 725 004 118 2 du 26/05/2025 | 725 004 133 9"));
  }

  @Test
  void valueUnderAStackedLabelIsRead() {
    String text =
        "IPP                N° de séjour (NDA)       Date d'entrée\n"
            + "4902 118 377       2024-H-0081564           18/03/2024\n";
    assertEquals("IPP(4902 118 377) NDA(2024-H-0081564) DATE(18/03/2024)", found(text));
  }

  @Test
  void cellUnderABirthDateHeaderIsReadAsABirthDate() {
    String text =
        "date de naissance        | numéro d'immatriculation\n"
            + "23 11 1954               | lieu inconnu\n";
    assertEquals("DATE_NAISSANCE(23 11 1954)", found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "tdm tap 9/2, ponction 21-2                                  | DATE(9/2) DATE(21-2)",
        "ca19.9 = 412 le 20-2                                        | DATE(20-2)",
        "dossier passé en rcp uro 4/10 (visio)                       | DATE(4/10)",
        "(IRM 22/1, TEP 28.01, FOGD 30/1 ok)                         | DATE(22/1) DATE(28.01) DATE(30/1)",
        "cs onco dig du 12-3-24 -- dr X                              | DATE(12-3-24)",
        "olaparib entretien depuis 06/23.                            | DATE(06/23)",
        "rdv J22 ~17/3                                               | DATE(17/3)",
        "chir intervalle fevr 23 a l'hôpital                         | DATE(fevr 23)",
      })
  void shortDatesOfHurriedNotesAfterAnExaminationOrTimeWord(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Augmentation du CA 15-3 (+40 %)",
        "tdm ganglions 3/12",
        "fait 2/3 des séances",
        "IRM 3.5 cm",
        "le 2-3 cm",
        "groupe 5 ASCO/CAP 2018 : non amplifié",
        "dose 1900-2000 cGy",
      })
  void markersFractionsAndQuantitiesAfterCuesAreNoDates(String text) {
    assertEquals("", found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2016-2020 : surveillance, PSA < 0,1                         | DATE(2016) DATE(2020)",
        "période 2019-2020                                           | DATE(2019) DATE(2020)",
        "chimiothérapie de 2019-2021                                 | DATE(2019) DATE(2021)",
      })
  void hyphenatedRangeOfCalendarYearsIsTwoDates(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void dayAndMonthBeforeTheArrowOfARangeIsADate() {
    assertEquals("DATE(08/01) DATE(26/01/2024)", found("RCMI | 08/01 -> 26/01/2024"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "cerfa n° 11574*05 prescription médicale de transport",
        "(articles L.322-5 et R.322-10 du code de la sécurité sociale)",
        "art. L.162-4-1 du code",
        "Réf. document : ENR-BLOC-112 v4",
        "fiche d'information n° INF-PAC-07 remise",
      })
  void formNumbersDocumentCodesAndArticlesOfLawAreNoIdentifiers(String text) {
    assertEquals("", found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "dg janv : panendoscopie                                     | DATE(janv)",
        "Le \"31/12\" du dossier 2 est une date inconnue             | DATE(31/12)",
      })
  void unambiguousMonthAbbreviationAndQuotedDayMonthAreDates(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void ambiguousMonthAbbreviationWithoutDotStaysAWord() {
    assertEquals("", found("dg mar : lecture"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "PRELEVE LE 12 11 2024    RECU LE 13 11 2024                 | DATE(12 11 2024) DATE(13 11 2024)",
        "Série 12 11 2024 mesures                                    | DATE(2024)",
      })
  void spacedDateIsADateOnlyAfterACue(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void dayAndMonthHeadingALogEntryIsADate() {
    assertEquals("DATE(06/03)", found("R : à réévaluer.\n\n06/03 - Équipe du matin"));
  }

  @Test
  void countBeforeADashInsideALineIsNoDate() {
    assertEquals("", found("ganglions 10/12 - rupture capsulaire"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "n° secu : 1 84 12 75 123 456 40   (carte vitale à jour)     | SECU(1 84 12 75 123 456 40)",
        "ss : 184127512345640                                        | SECU(184127512345640)",
        "N° assurée : 2 69 08 13 055 012 99                          | SECU(2 69 08 13 055 012 99)",
        "N° NISS : 62.08.13-271.36                                   | SECU(62.08.13-271.36)",
        "N° AVS : 756.4102.7783.05                                   | SECU(756.4102.7783.05)",
      })
  void shortAndForeignSocialSecurityLabelsIntroduceASocialSecurityNumber(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Évolution :¶- 12.04 : entrée en soins de suite.            | DATE(12.04)",
        "Historique :¶• 03/11 : première cure.                       | DATE(03/11)",
        "[relu par JBL 21/09 : conforme au dossier]                  | DATE(21/09)",
      })
  void dayMonthOpeningBulletOrAfterInitialsInNoteIsADate(String text, String expected) {
    assertEquals(expected, found(text.replace("¶", "\n")), text);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Traitement :\n- 3.2 mg/kg : dose de charge",
        "Scores :\n- 10.12 mg : dose",
        "(score EVA 10/10 : douleur maximale)",
        "Résultats (ganglions 02/12 : envahis)",
      })
  void dottedMeasuresAndScoresInBulletsOrNotesAreNoDates(String text) {
    assertEquals("", found(text));
  }
}
