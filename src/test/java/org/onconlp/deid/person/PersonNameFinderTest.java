package org.onconlp.deid.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onconlp.deid.PatientIdentity;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiResolver;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.TestLexicons;

/** Person names on invented French sentences; every name is made up. */
class PersonNameFinderTest {
  private static final PhiLexicons LEX = TestLexicons.LEX;

  private final PersonNameFinder finder = new PersonNameFinder(LEX);

  /** Resolved spans as "CATEGORY:text" joined by " | ". */
  static String found(String text, PatientIdentity identity) {
    List<PhiSpan> spans = new PhiResolver().resolve(new PersonNameFinder(LEX).find(LEX.tokens(text), identity));
    return spans.stream()
        .map(s -> s.category() + ":" + text.substring(s.begin(), s.end()))
        .collect(Collectors.joining(" | "));
  }

  private String found(String text) {
    return found(text, PatientIdentity.NONE);
  }

  @Test
  void titledNameIsSplitIntoGivenAndFamilyName() {
    assertEquals("PRENOM:Jean | NOM:MARTIN", found("Vu par le Dr Jean MARTIN ce jour."));
  }

  @Test
  void upperCaseFamilyNameBeforeGivenName() {
    assertEquals("NOM:DUPONT | PRENOM:Marie", found("Patiente : Mme DUPONT Marie, 62 ans."));
  }

  @Test
  void commonWordAfterTitleIsAName() {
    assertEquals("NOM:Blanc | NOM:Rose", found("Avis du Dr Blanc et de M. Rose."));
  }

  @Test
  void commonWordWithoutTitleIsNotAName() {
    assertEquals("", found("Elle a pris de la rose musquée et du blanc de poulet."));
  }

  @Test
  void listOfDoctorsGivesEveryName() {
    assertEquals("NOM:Petit | NOM:Lenoir", found("Présents : Drs Petit et Lenoir."));
  }

  @Test
  void hyphenatedInitialsAreAGivenName() {
    assertEquals("PRENOM:J.-P. | NOM:Durand", found("Relu par le Pr J.-P. Durand."));
  }

  @Test
  void birthNameAfterNeeIsAFamilyName() {
    assertEquals("NOM:Dupont | NOM:Leroy", found("Mme Dupont née Leroy, suivie depuis 2019."));
  }

  @Test
  void birthDateAfterTheCivilNameIsDateNaissance() {
    assertEquals(
        "PRENOM:Nathalie | NOM:Guérin | NOM:Baudoin | DATE_NAISSANCE:21.12.71",
        found("Mme Nathalie Guérin née Baudoin, 21.12.71"));
  }

  @Test
  void namesAtTheVeryStartAndEndOfTheText() {
    assertEquals(
        "NOM:LEGRIS | PRENOM:Odile | PRENOM:Paul | NOM:Fabre",
        found("LEGRIS Odile - compte rendu\nSigné : Dr Paul Fabre"));
  }

  @Test
  void nameCutByALineBreak() {
    assertEquals("PRENOM:Anne | NOM:MARCHAND", found("Avis demandé au Pr Anne\nMARCHAND, oncologue."));
  }

  @Test
  void ccListGivesEveryDoctor() {
    assertEquals(
        "NOM:Bensalem | PRENOM:K. | NOM:Vernay",
        found("cc : Dr Bensalem ; Pr K. Vernay"));
  }

  @Test
  void laterMentionsOfAFoundNameAreFound() {
    assertEquals("NOM:Tessier | NOM:Tessier", found("M. Tessier est revu. Tessier va bien."));
  }

  @Test
  void patientIdentityIsMatchedInAnyCaseWherever() {
    PatientIdentity id = PatientIdentity.of("Le Goff", "Yvonne", "1941-02-03");
    assertEquals(
        "NOM:le goff | PRENOM:YVONNE | DATE_NAISSANCE:03/02/1941",
        found("Patiente le goff, YVONNE, née le 03/02/1941.", id));
  }

  @Test
  void relativeNamedAfterKinshipWordWithoutTitle() {
    assertEquals("PRENOM:Emilien | NOM:Masson", found("À noter : son fils, Emilien Masson, joignable le soir."));
  }

  @Test
  void singleGivenNameAfterKinshipWordIsAGivenName() {
    assertEquals("PRENOM:Rose", found("Elle vient avec sa fille Rose."));
  }

  @Test
  void trustedPersonAfterMultiWordCue() {
    assertEquals("PRENOM:Odile | NOM:Ferrand", found("Personne de confiance : Odile Ferrand (nièce)."));
  }

  @Test
  void kinshipWordFollowedByLowerCaseIsNoName() {
    assertEquals("", found("Son fils est infirmier, sa femme de 60 ans l'accompagne."));
  }

  @Test
  void kinshipWordAtEndOfLineDoesNotTakeTheNextLine() {
    assertEquals("", found("Vit avec son épouse\nDate de naissance : inconnue"));
  }

  @Test
  void nameAfterARoleLabel() {
    assertEquals("PRENOM:Aurélie | NOM:Morel", found("IDE : Aurélie Morel / AS : absent"));
  }

  @Test
  void roleLabelFollowedByACommonWordIsNoName() {
    assertEquals("", found("Interne : Absent ce jour."));
  }

  @Test
  void labelWithFillerWordsBeforeItsColon() {
    assertEquals("NOM:LEFEBVRE | PRENOM:Évelyne", found("Nom - prénom du patient : LEFEBVRE Évelyne"));
  }

  @Test
  void tableCellAfterAPipeLabel() {
    assertEquals("PRENOM:Pierre | PRENOM:Paul", found("| Prénom(s)     | Pierre Paul     |"));
  }

  @Test
  void initialAndFamilyNameWithoutTitle() {
    assertEquals("PRENOM:C. | NOM:Poli", found("Signature du spécialiste : C. Poli"));
  }

  @Test
  void listItemLetterBeforeACommonWordIsNoInitial() {
    assertEquals("", found("B. Ganglion axillaire droit : métastase."));
  }

  @Test
  void monthNameAfterAnInitialIsAFamilyName() {
    assertEquals("PRENOM:C. | NOM:Avril", found("Relu par le Dr C. Avril ce jour."));
  }

  @Test
  void lowerCaseNameAfterALowerCaseTitle() {
    assertEquals("NOM:piot", found("bonjour, mme piot a appelé cet après-midi"));
  }

  @Test
  void dictationInitialsAloneOnALine() {
    assertEquals("NOM:RB | NOM:LC | NOM:kg", found("Bien à vous,\nRB/LC/kg\nCopie : dossier"));
  }

  @Test
  void dictationInitialsAfterASignatureAreNotPartOfTheName() {
    assertEquals("NOM:Pons | NOM:YB | NOM:ch", found("Copie : Dr Pons\nYB/ch"));
  }

  @Test
  void nameCutByALineBreakAfterAGivenName() {
    assertEquals("PRENOM:Brigitte | NOM:Chauvin", found("échange avec sa fille, Mme Brigitte\nChauvin, présente."));
  }

  @Test
  void givenNameAndARareFamilyNameWithoutTitle() {
    assertEquals("PRENOM:Yvonne | NOM:Kerloc'h", found("le cabinet infirmier (IDE Yvonne Kerloc'h) passe le soir"));
  }

  @Test
  void familyNamesWithTwoParticles() {
    assertEquals("PRENOM:Jean-Baptiste | NOM:de La Fontaine | NOM:N'GUESSAN",
        found("Anesthésiste : Dr Jean-Baptiste de La Fontaine ; radiothérapie : Dr N'GUESSAN."));
  }

  @Test
  void functionAfterATitleIsNoName() {
    assertEquals("", found("Monsieur le Directeur, je vous prie d'agréer mes salutations."));
  }

  @Test
  void tableColumnsAreNotOneName() {
    assertEquals("PRENOM:C. | NOM:Luciani", found("Agent d'accueil : C. Luciani           Signature du patient"));
  }

  @Test
  void loneGivenNameInsideASentence() {
    assertEquals("PRENOM:Erwan | PRENOM:Morgane", found("Deux enfants : Erwan, à Brest, et Morgane, qui vit à Lyon."));
  }

  @Test
  void loneGivenNameAfterByWordIsAGivenName() {
    assertEquals("PRENOM:Jessica", found("Créneau confirmé par Jessica (secrétariat)."));
  }

  @Test
  void countryImmunoglobulinAndCommuneAreNoLoneGivenNames() {
    assertEquals("", found("Né à l'étranger (Italie), myélome IgA, polype sessile (Paris Is)."));
  }

  @Test
  void identityToStringShowsNoValue() {
    String s = PatientIdentity.of("Le Goff", "Yvonne", "1941-02-03").toString();
    assertEquals(false, s.contains("Goff") || s.contains("Yvonne") || s.contains("1941"));
  }

  @Test
  void garbageInputDoesNotThrow() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      b.append("Dr M. ( Mme née , : cc").append((char) ('A' + i % 26));
    }
    finder.find(LEX.tokens(b.toString()), PatientIdentity.NONE);
    finder.find(LEX.tokens(""), PatientIdentity.NONE);
  }

  @Test
  void businessNamedAfterItsOwnerAfterPharmacie() {
    assertEquals("NOM:Vandelmoot-Riquet", found("Ordonnance transmise à la pharmacie Vandelmoot-Riquet hier."));
  }

  @Test
  void carerNameAfterKineWithoutColon() {
    assertEquals("PRENOM:Gaëtane", found("Passage du kiné Gaëtane mardi et vendredi."));
  }

  @Test
  void acronymOrCommonWordAfterACarerWordIsNoName() {
    assertEquals("", found("Passage IDE HAD le matin ; pharmacie Centrale fermée."));
  }

  @Test
  void taxiAndAmbulanceCompaniesNamedAfterTheirOwner() {
    assertEquals("NOM:Ferrandou | NOM:Quillivic", found("Transport : Taxi Ferrandou, sinon Ambulances Quillivic."));
  }

  @Test
  void nicknameInQuotesAfterAName() {
    assertEquals("NOM:ANDRIAMASY | PRENOM:Hery | PRENOM:Ti-Bo", found("Patient : M. ANDRIAMASY Hery, dit « Ti-Bo »"));
  }

  @Test
  void quotedSpeechAfterDitIsNoNickname() {
    assertEquals("", found("La patiente dit « Je vais mieux » ce matin."));
  }

  @Test
  void interlocutorLabelGivesAName() {
    assertEquals("PRENOM:Gwenaëlle | NOM:Kerbrat", found("Interlocuteur : Gwenaëlle Kerbrat, cadre de santé"));
  }

  @Test
  void monseigneurIsATitle() {
    assertEquals("PRENOM:Jean-Baptiste | NOM:Lestrade", found("Défunt : Mgr Jean-Baptiste Lestrade, prêtre."));
  }

  @Test
  void givenNameAndFamilyInitialInATableCell() {
    assertEquals("PRENOM:Gwen | NOM:B.", found("| 2 | lun 25/03 | négatif | RAS | Gwen B. |"));
  }

  @Test
  void commonWordBeforeALetterIsNoName() {
    assertEquals("", found("Carence en Vitamine B. à surveiller."));
  }

  @Test
  void dictationInitialsClosingADashedLine() {
    assertEquals("NOM:NSH | NOM:RA | NOM:mv", found("Dicté le 19/06/2024 – frappé le 21/06/2024 – NSH/RA/mv\n"));
  }

  @Test
  void dictationInitialsBeforeAColumnGap() {
    assertEquals("NOM:AKB | NOM:st", found("pathologiste\nAKB/st                    page 1/1"));
  }

  @Test
  void upperCaseNameAfterTitleInParentheses() {
    assertEquals("PRENOM:GERARD | NOM:PONCET", found("SOUTIEN PAR L'ASSOCIATION (M. GERARD PONCET, BENEVOLE)."));
  }

  @Test
  void unitInCentimetresBeforeDotIsNoTitle() {
    assertEquals("", found("Lésion de 3 CM. NOTE : contrôle."));
  }

  @Test
  void wifeAfterPossessiveIsAGivenName() {
    assertEquals("PRENOM:Morgane", found("Il vit à Brest avec son épouse Morgane et leurs enfants."));
  }

  @Test
  void marriedNameAfterEpouseStaysAFamilyName() {
    assertEquals("NOM:OKONKWO | NOM:FAURE", found("Patiente : OKONKWO épouse FAURE, suivie depuis 2019."));
  }

  @Test
  void unknownGivenNameAfterMarriedName() {
    assertEquals(
        "NOM:OKONKWO | NOM:FAURE | PRENOM:Adaeze", found("Patiente : OKONKWO épouse FAURE Adaeze   née en 1979"));
  }

  @Test
  void nameOnTheLineAfterPharmacie() {
    assertEquals("NOM:Vidal-Maurin", found("ordonnance transmise à la pharmacie\n   Vidal-Maurin à Lunel."));
  }

  @Test
  void sentenceOnTheLineAfterPharmacieIsNoName() {
    assertEquals("", found("ordonnance transmise à la pharmacie\nRenouvellement dans un mois."));
  }

  @Test
  void userWhoPrintedTheDocumentAfterItsTimeStamp() {
    assertEquals("NOM:PERRONNET | PRENOM:G.", found("Imprimé le 04/02/2025 à 14:12 par PERRONNET G. - page 2/3"));
  }

  @Test
  void userLabelOfHospitalSoftware() {
    assertEquals("NOM:KERMARREC", found("Édité le 03/03/2025 - Poste SEC-12 - Utilisateur : KERMARREC"));
  }

  @Test
  void labelWithDottedLeader() {
    assertEquals(
        "NOM:LANNUZEL | PRENOM:Gisèle | NOM:TREGUER",
        found("Nom de naissance .......... LANNUZEL\nPremier prénom de naissance . Gisèle\nNom utilisé ....... TREGUER"));
  }

  @Test
  void fullStopAfterALabelIsNoLeader() {
    assertEquals("", found("Vérifier le nom. Ensuite appeler le service."));
  }

  @Test
  void labelRowWithWideColumns() {
    assertEquals(
        "NOM:MERCADIER | NOM:MERCADIER | NOM:FALGUIERE",
        found("Nom naissance      MERCADIER             MERCADIER\nNom usage          FALGUIERE"));
  }

  @Test
  void headerRowOfWideColumnsIsNoName() {
    assertEquals("", found("Nom           Prénom        Spécialité\n"));
  }

  @Test
  void lowerCaseGivenNameAfterItsLabel() {
    assertEquals("NOM:casanova | PRENOM:jean-baptiste", found("nom : casanova         prenom : jean-baptiste"));
  }

  @Test
  void lowerCaseNameAfterLowerCaseTitle() {
    assertEquals("PRENOM:sandrine | NOM:paoli", found("medecin traitant : dr sandrine paoli, ajaccio"));
  }

  @Test
  void namesUnderTableColumnHeaders() {
    assertEquals(
        "NOM:LAVERGNE | PRENOM:Odette | NOM:DA COSTA | PRENOM:Jean-Marc",
        found("Box | Heure | NOM | Prénom | DDN\n----+-------+-----+--------+-----\n"
            + "B1 | 08:00 | LAVERGNE | Odette | 02/03/1950\nB2 | 08:30 | DA COSTA | Jean-Marc| 04/05/1961\n\nFin."));
  }

  @Test
  void labelValuePairInATableIsNoColumnHeader() {
    assertEquals("PRENOM:Pierre | PRENOM:Paul", found("| Prénom(s)     | Pierre Paul     |\n| Sexe | M |"));
  }

  @Test
  void familyNameThenGivenNamesWithAParticle() {
    assertEquals("NOM:PEREIRA | PRENOM:Ana | PRENOM:da Luz", found("3) PEREIRA Ana da Luz  12/06/1958"));
  }

  @Test
  void givenNameSigningANoteAfterADash() {
    assertEquals("PRENOM:Coralie | PRENOM:Yannick", found("RDV décalé à 11h. -Coralie\nPatient prévenu à 15:10. - Yannick"));
  }

  @Test
  void givenNameAfterACallHeaderWithItsRole() {
    assertEquals("PRENOM:Solène", found("-- Appel 2 -- mardi 4 mars, 9h10 - Solène (IDE)\nPas de réponse."));
  }

  @Test
  void givenNameWithItsRoleOpeningALine() {
    assertEquals("PRENOM:Martine", found("Bien à vous.\n\nMartine, secrétaire d'oncologie"));
  }

  @Test
  void relativeOfMonsieurOrOfTheCouple() {
    assertEquals(
        "PRENOM:Solenn | NOM:Le Goff | PRENOM:Erwan",
        found("Soutiens : l'amie du couple, Solenn Le Goff, et le frère de Monsieur, Erwan, passent souvent."));
  }

  @Test
  void givenNameInParenthesesAfterACivilName() {
    assertEquals("NOM:Brossard | PRENOM:Odile", found("Conflit avec sa mère, Mme Brossard (Odile), qui vit seule."));
  }

  @Test
  void placeInParenthesesAfterACivilNameIsNoGivenName() {
    assertEquals("NOM:Brossard", found("Conflit avec sa mère, Mme Brossard (Rennes), qui vit seule."));
  }

  @Test
  void childGivenNameWithItsAgeOpeningALine() {
    assertEquals("PRENOM:Gwenaël", found("Deux enfants vivent à Brest,\nGwenaël (22 ans, étudiant)."));
  }

  @Test
  void fullWordTitleBeforeAFullStopTakesNoName() {
    assertEquals("", found("La maison a été construite par le père de Monsieur. Trois enfants vivent loin."));
  }

  @Test
  void abbreviatedGivenNameAfterTitle() {
    assertEquals("PRENOM:Ph. | NOM:Lagarde", found("Anesthésiste : Dr Ph. Lagarde"));
  }

  @Test
  void upperCaseNameWithElidedParticle() {
    assertEquals("NOM:M'BALA | PRENOM:AMINATA", found("CONTACT : DR M'BALA AMINATA - secrétariat"));
  }

  @Test
  void businessNamesAfterAColonAndAfterAmpersand() {
    assertEquals(
        "NOM:VALLET | NOM:Baudry | NOM:Mas",
        found("POMPES FUNEBRES : VALLET ET FILS.\nSociété retenue : Ambulances Baudry & Mas, Limoges."));
  }

  @Test
  void businessNamedAfterItsOwner() {
    assertEquals(
        "NOM:Roumagnac | NOM:Santucci | NOM:Bonnefoy",
        found("PF Roumagnac choisies ; transport en VSL Santucci ; lit commandé chez Médical Bonnefoy."));
  }

  @Test
  void adjectiveMedicalBeforeANameIsNoBusiness() {
    assertEquals("", found("Le suivi médical Hebdomadaire est prévu."));
  }

  @Test
  void givenNameAfterParticleFamilyNameWithoutTitle() {
    assertEquals("PRENOM:Gaëlle | NOM:Le Bihan", found("Cordialement,\nGaëlle Le Bihan\n"));
  }

  @Test
  void townAfterPostcodeIsNoGivenName() {
    assertEquals("", found("Adresse : 12 rue Haute, 75015 Paris, au 2e étage."));
  }

  @Test
  void nameCutByALineBreakStopsAtABlankLine() {
    assertEquals("NOM:KERGOAT", found("Utilisateur : KERGOAT\n\n  Traits stricts\n"));
  }

  @Test
  void initialMBeforeACarerNameIsRedacted() {
    assertEquals("PRENOM:M. | NOM:Lemaire", found("Préleveur ........... IDE M. Lemaire"));
  }

  @Test
  void titleMBeforeThePatientNameStaysATitle() {
    assertEquals("NOM:DURAND | PRENOM:Paul", found("Patient : M. DURAND Paul"));
  }

  @Test
  void titleMBeforeACarerGivenAndFamilyNameStaysATitle() {
    assertEquals("PRENOM:Hugo | NOM:Taïeb", found("Physicien : M. Hugo Taïeb"));
  }

  @Test
  void letterSpacedFamilyNameAfterAPatientLabel() {
    assertEquals(
        "NOM:K O W A L C Z Y K | PRENOM:Bogdan",
        found("Patient(e) :  K O W A L C Z Y K   Bogdan\nSexe : M"));
  }

  @Test
  void letterSpacedWordWithoutLabelIsNoName() {
    assertEquals("", found("Résultat : voir annexe A B C pour le détail."));
  }

  @Test
  void twoInitialsAloneOnALineAreASignature() {
    assertEquals("PRENOM:F. | NOM:T.", found("Rendez-vous confirmé.\n\nF. T. / ASS\n"));
  }

  @Test
  void twoInitialsInsideASentenceAreNoSignature() {
    assertEquals("", found("Les lésions A. B. et C. sont décrites plus haut."));
  }

  @Test
  void lowerCaseGivenNameAndInitialOpeningALine() {
    assertEquals("PRENOM:sandrine | NOM:V.", found("merci de rappeler,\nsandrine V. - poste 3 12 45\n"));
  }

  @Test
  void typistInitialsAloneOnTheLastLine() {
    assertEquals("NOM:KD", found("Pesée hebdomadaire à domicile.\n\nKD\n"));
  }

  @Test
  void abbreviationOnTheLastLineIsNoTypist() {
    assertEquals("", found("Compte rendu envoyé au médecin traitant.\nPJ\n"));
  }

  @Test
  void upperCaseWordOnAMiddleLineIsNoTypist() {
    assertEquals("", found("Bilan :\nKD\nsuite du bilan demain."));
  }

  @Test
  void nameAfterParFollowingADatedEditVerb() {
    assertEquals("NOM:RMARCHAND", found("Edité le 05/06/2024 à 08:12 par RMARCHAND\n"));
  }

  @Test
  void drugAfterParFollowingAFollowUpVerbIsNoName() {
    assertEquals("", found("Suivie depuis deux ans pour son cancer, traitée par FOLFOX."));
  }

  @Test
  void givenNamesJoinedByASpacedHyphen() {
    assertEquals("NOM:NOWAK | PRENOM:Jean - Marc", found("Patient : M. NOWAK Jean - Marc\n"));
  }

  @Test
  void typistInitialsAfterReferenceLabelAreNames() {
    assertEquals("NOM:JD | NOM:cl", found("Quimper, le 3 mai 2022\n\nRéf. : JD/cl\nObjet : bilan."));
  }

  @Test
  void initialsAfterOurReferenceAndTypedLabelsAreNames() {
    assertEquals("NOM:PT | NOM:GV | NOM:LB", found("N/Réf : PT/GV\nCourrier suivant.\n\nSaisie : LB\n"));
  }

  @Test
  void referenceNumberOrWordAfterReferenceLabelIsNoName() {
    assertEquals("", found("Réf. : 2023/118\nSaisie : le 12/03/2024\nSaisie : non\n"));
  }

  @Test
  void trialPatientInitialsAreFamilyThenGivenInitial() {
    assertEquals("NOM:D | PRENOM:L | NOM:B | PRENOM:T",
        found("Patient n° 12   Initiales CRF : D-L\nN° 3     Initiales : B.T.     Sexe : F"));
  }

  @Test
  void initialsTypedAfterByVerbEndingSentenceAreAName() {
    assertEquals("NOM:PV", found("Saisie du questionnaire faite le 02/05/2024 par PV.\n"));
  }

  @Test
  void acronymAfterConfirmedByIsNoName() {
    assertEquals("", found("Lésion confirmée par IRM.\nBilan validé le 12/03 par TEP.\n"));
  }

  @Test
  void upperCaseFunctionWordAloneOnLastLineIsTypistInitials() {
    assertEquals("NOM:SA", found("À revoir lors de la prochaine cure.\nSA"));
  }

  @Test
  void nurseSignatureWithGivenNameAndInitialBeforeRole() {
    assertEquals("PRENOM:Laure | NOM:T.", found("Mar 06/02 14h - Laure T. IDE\nPansement refait."));
  }

  @Test
  void givenNameLabelKeepsEveryGivenNameOfItsList() {
    assertEquals("NOM:MULLER | PRENOM:Sylvie | PRENOM:Odile",
        found("Nom d'usage ........ MULLER\nPrénom(s) ............ Sylvie, Odile\nDate de naissance ....... 09/09/1955"));
  }

  @Test
  void upperCaseParticleSurnameAfterChildLabel() {
    assertEquals("NOM:BEN SAÏD | PRENOM:Yanis", found("Enfant : BEN SAÏD Yanis, 8 ans\n"));
  }

  @Test
  void answerAfterChildLabelIsNoName() {
    assertEquals("", found("Enfant : Non\nEnfants : 2 (12 et 15 ans)\n"));
  }

  @Test
  void particleSurnameAndSecondOwnerAfterSlashInBusinessName() {
    assertEquals("NOM:Le Goff | NOM:Tanguy", found("Soins par le cabinet infirmier Le Goff / Tanguy, joignable."));
  }

  @Test
  void siblingsListedAfterTheSiblingshipAreGivenNames() {
    assertEquals("PRENOM:Thi | NOM:Lan | PRENOM:Khanh", found("Dépistage proposé à la fratrie (Thi Lan et Khanh, vivant à Lyon)."));
  }

  @Test
  void placeAfterARelativeListIsNoName() {
    assertEquals("PRENOM:Théo", found("Ses enfants, Théo et Lyon Métropole, sont informés."));
  }

  @Test
  void writerAndTypistInitialsAfterTheLastSentenceOfALine() {
    assertEquals("NOM:PL | NOM:GB", found("Entretien terminé le 16/01/2025 à 10h30. PL/GB\n"));
  }

  @Test
  void acronymPairInsideALineIsNoInitials() {
    assertEquals("", found("Bilan complet. IRM/TEP prévues la semaine prochaine.\n"));
  }

  @Test
  void lonelyInitialOnTheLastLineSignsTheMessage() {
    assertEquals("PRENOM:V.", found("Merci beaucoup, ça va mieux ce soir. À jeudi.\nV."));
  }

  @Test
  void lonelyLetterInsideTheTextIsNoSignature() {
    assertEquals("", found("Schéma retenu :\nA.\nChimiothérapie puis chirurgie."));
  }

  @Test
  void lowerCaseDoctorWithLowerCaseInitialIsAName() {
    assertEquals("PRENOM:m. | NOM:lagarde", found("adressee par son mt dr m. lagarde (crest) pr adk"));
  }

  @Test
  void lowerCaseDoctorTakesAFamilyNameThatIsAlsoAWord() {
    assertEquals("NOM:roche", found("echo coeur avant (dr roche, fait le 6/6 si dispo)"));
  }

  @Test
  void lowerCaseParticleOpensAFamilyName() {
    assertEquals("PRENOM:e. | NOM:le floch", found("demandeur : dr e. le floch, pneumologie"));
  }

  @Test
  void lowerCaseFamilyNameAfterCapitalisedGivenNameIsRead() {
    assertEquals("PRENOM:Hélène | NOM:lefebvre", found("MT dr Hélène lefebvre bois guillaume"));
  }

  @Test
  void lowerCaseGivenNameAfterRelationCueIsAGivenName() {
    assertEquals("PRENOM:monique", found("fam : pere dcd. soeur monique suivie pr k sein"));
  }

  @Test
  void lowerCaseRelativeWithFamilyName() {
    assertEquals("PRENOM:laia | NOM:sirvent", found("personne de conf = fille laia sirvent (07 00 00 81 46)"));
  }

  @Test
  void lowerCaseCommonWordAfterRelationCueIsNoName() {
    assertEquals("", found("pere decede a 60 ans, fils unique en bonne sante"));
  }

  @Test
  void lowerCaseWifeGivenNameAndBirthName() {
    assertEquals("PRENOM:marie-josephe | NOM:paoli", found("vit avec epouse marie-josephe (nee paoli), retraite"));
  }

  @Test
  void lowerCaseIdentityLineOfAHurriedNote() {
    assertEquals("NOM:faucher | PRENOM:denis", found("faucher denis, 67a, ddn 17.8.1956\ndossier 870334192"));
  }

  @Test
  void lowerCaseLineWithoutKnownNamesIsNoIdentity() {
    assertEquals("", found("douleur thoracique, 3 jours, pas de fievre"));
  }

  @Test
  void lowerCaseInitialsAfterEditedByAreAName() {
    assertEquals("NOM:ngu", found("Document édité le 12/03/2025 11:06 par ngu - page 1 / 1"));
  }

  @Test
  void serviceAfterEditedByIsNoInitials() {
    assertEquals("", found("Compte rendu édité le 12/03/2025 par le secrétariat."));
  }

  @Test
  void lowerCaseTypistInitialsBeforeADash() {
    assertEquals("NOM:jf | NOM:sb", found("ok pr c1 si pnn>1.5\n\njf/sb  --  dicte non relu\n"));
  }

  @Test
  void typistInitialsInBracketsAfterTypingDate() {
    assertEquals("NOM:PYG | NOM:cb", found("Compte rendu dicté le 18.06.24, frappé le 19.06.24 (PYG/cb)\n"));
  }

  @Test
  void doctorsListedWithDashes() {
    assertEquals("NOM:Le Bihan | NOM:Quéré | NOM:Kervella", found("Drs Le Bihan - Quéré - Kervella\n14 bis, avenue"));
  }

  @Test
  void valuesUnderAHeaderRowDrawnWithSpaces() {
    String text = "Nom d'usage        Nom de naissance   Prénom(s)\n"
        + "MARCHAND           GILLOTIN           ODILE FRANCINE\n";
    assertEquals("NOM:MARCHAND | NOM:GILLOTIN | PRENOM:ODILE | PRENOM:FRANCINE", found(text));
  }

  @Test
  void everyCellOfARowLabelledWithGivenNames() {
    String text = "nom de naissance    | KONATE            | KONATE\n"
        + "prénoms naissance   | AISSATOU BINTA    | AISSATOU\n";
    assertEquals(
        "NOM:KONATE | NOM:KONATE | PRENOM:AISSATOU | PRENOM:BINTA | PRENOM:AISSATOU", found(text));
  }

  @Test
  void familyNameAfterTransportsCompanyWord() {
    assertEquals("NOM:Gautrin", found("ancien chauffeur-livreur (entreprise Transports Gautrin, Naintré)"));
  }

  @Test
  void transportsFollowedByCommonWordIsNoName() {
    assertEquals("", found("Transports sanitaires pris en charge par l'assurance maladie."));
  }

  @Test
  void upperCaseParticleNameAfterTaxi() {
    assertEquals("NOM:LE BIHAN", found("TAXI LE BIHAN - conventionné n° 29"));
  }

  @Test
  void upperCaseNameBeforeBirthNameCue() {
    assertEquals("NOM:HEBERT | NOM:GOSSELIN | PRENOM:Micheline", found("2) HEBERT née GOSSELIN Micheline – F"));
  }

  @Test
  void commonWordFamilyNameAfterGivenNameBeforeEpouse() {
    assertEquals("PRENOM:Martine | NOM:ROSE | NOM:BASTIDE", found("Martine ROSE épouse BASTIDE\n9, allée des Cèdres"));
  }

  @Test
  void upperCaseGivenNamesListedWithCommas() {
    assertEquals("PRENOM:FRANCK | PRENOM:MICHEL", found("prénom(s) :           FRANCK, MICHEL\n"));
  }

  @Test
  void lowerCaseGivenNameAfterTriageNurseLabel() {
    assertEquals("PRENOM:vanessa", found("date entree 27/7 23h12   box 4   iao : vanessa\n"));
  }

  @Test
  void headingInCapitalsAfterBusinessWordIsNoName() {
    assertEquals("", found("ÉTABLISSEMENTS SOLLICITÉS (par ordre de préférence)\n"));
  }

  @Test
  void kindOfBusinessBeforeOwnerIsNoGivenName() {
    assertEquals("NOM:Pélissier", found("Transport : VSL Ambulances Pélissier (06 39 98 41 07)"));
  }

  @Test
  void lowerCaseVerbAfterCapitalisedTitledNameIsNoName() {
    assertEquals("NOM:Rose", found("04/12/2024 16h05 - appel sortant - M. Rose lui-même."));
  }

  @Test
  void weekdayAfterLowerCaseDoctorIsNoName() {
    assertEquals("NOM:arnaud", found("garde : dr arnaud samedi, puis repos"));
  }

  @Test
  void cousinGermainInProseIsNoName() {
    assertEquals("PRENOM:Frédéric | NOM:Morel", found("Votre cousin germain, M. Frédéric Morel, a été suivi."));
  }

  @Test
  void initialAndWordFamilyNameSigningACallLogLine() {
    assertEquals("PRENOM:L. | NOM:Gros", found("Lun 07/10 10h15 – appel sortant – L. Gros\nPt joint, va bien."));
  }

  @Test
  void lowerCaseGivenNameInBracketsOnALowerCaseLine() {
    assertEquals("PRENOM:sandrine", found("- vue ide annonce (sandrine) + diet, suppl. prot"));
  }

  @Test
  void lowerCaseTownInBracketsIsNoGivenName() {
    assertEquals("", found("- consult delocalisee (valence) le jeudi"));
  }

  @Test
  void relationLabelAfterPatientLabelGapIsNoName() {
    assertEquals("", found("Tél. patient :                 Aidant principal :            Tél. aidant :\n"));
  }

  @Test
  void particleGluedToUpperCaseFamilyName() {
    assertEquals("NOM:N'DIAYE | PRENOM:Aminata", found("ÉTIQUETTE PATIENT\n  N'DIAYE Aminata        F     DDN 07/07/1988"));
  }

  @Test
  void nameAfterParColonOfAFormField() {
    assertEquals("PRENOM:Noémie | NOM:Roche", found("Date/heure : 13/05/2025 16h40      Appel reçu par : Noémie Roche (IDEC)"));
  }

  @Test
  void upperCaseNameAndInitialAfterVerifiedByColon() {
    assertEquals("NOM:RABIN | PRENOM:M.", found("Identité vérifiée par : RABIN M. (agent d'accueil) le 18.03.24"));
  }

  @Test
  void commonWordAfterParColonIsNoName() {
    assertEquals("", found("Résultat transmis par : Téléphone au service"));
  }

  @Test
  void initialsAfterTechnicianLabel() {
    assertEquals("NOM:JB", found("Technicien(ne) : JB       Date de validation : 24/01/2025"));
  }

  @Test
  void catalanFamilyNamesJoinedByI() {
    assertEquals("PRENOM:Jordi | NOM:Puig i Serra", found("Monsieur le Docteur Jordi Puig i Serra\nServei de Neurocirurgia"));
  }

  @Test
  void upperCaseFamilyNameThenUpperCaseGivenName() {
    assertEquals("NOM:GUILLAUMOT | PRENOM:ODETTE", found(" page 1 / 1         GUILLAUMOT ODETTE  -  25H02957\n"));
  }

  @Test
  void upperCaseTownIsNoFamilyNameBeforeGivenName() {
    assertEquals("", found("RETOUR A DOMICILE A SAINT ETIENNE LE 12/03"));
  }

  @Test
  void maritalStatusAfterTheTitleIsNoName() {
    assertEquals(
        "NOM:MORVAN | PRENOM:Yvette | PRENOM:Odile | NOM:PAGES",
        found("Défunte : Mme veuve MORVAN Yvette, Odile, née PAGES"));
  }

  @Test
  void nameAfterFilledInByIsAName() {
    assertEquals("PRENOM:Sandrine | NOM:Lemoal", found("Rempli par : Sandrine Lemoal, IDE de nuit"));
  }

  @Test
  void yesAfterARoleLabelIsNoName() {
    assertEquals("PRENOM:G. | NOM:Morel", found("Courrier au médecin traitant : oui.   Validé par : Dr G. Morel"));
  }

  @Test
  void commonWordAfterTitleAndInitialIsAName() {
    assertEquals("PRENOM:F. | NOM:Blanc", found("Hématologue référent : Dr F. Blanc, joignable."));
  }

  @Test
  void commonWordAfterFilledInByAndAGivenNameIsAName() {
    assertEquals("PRENOM:Sandrine | NOM:Marin", found("Rempli par : Sandrine Marin, IDE de nuit"));
  }

  @Test
  void nameAfterAnApprovedTaxiIsAName() {
    assertEquals("NOM:Pellegrin", found("Transport : taxi conventionné Pellegrin."));
  }

  @Test
  void stopWordAfterARoleLabelIsNoName() {
    assertEquals("PRENOM:Yannick | NOM:Le Goff", found("Avis Dr Yannick Le Goff (oncologue référent) : ARRÊT du traitement"));
  }

  @Test
  void aLetterWithoutItsDotAfterATitleIsTheInitial() {
    assertEquals("PRENOM:H | NOM:FERDAIN | PRENOM:D | NOM:Joffrey",
        found("Dr H FERDAIN 02.14.11.00.43 Dr D Joffrey - Phone\n"));
  }

  @Test
  void aHospitalGradeInBracketsAfterANameIsNoInitials() {
    assertEquals("PRENOM:François | NOM:Vidalon | PRENOM:Andreea | NOM:Todoru",
        found("Docteur François Vidalon (PHC)\nDr Andreea Todoru (ASP)\n"));
  }
}
