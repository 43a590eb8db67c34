package org.onconlp.extract.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StageFinderTest {
  private final StageFinder finder = new StageFinder();

  private String find(String text) {
    return finder.find(text).stream()
        .map(m -> text.substring(m.begin(), m.end()) + " " + m.describe())
        .collect(Collectors.joining(" | "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    "Classement pT2N1aM0.; pT2N1aM0 TNM{prefix=p, T=2, N=1a, M=0}",
    "tumeur T2N0M0 au scanner; T2N0M0 TNM{T=2, N=0, M=0}",
    "stade cT3 N1 M0; cT3 N1 M0 TNM{prefix=c, T=3, N=1, M=0}",
    "après traitement ypT0 N0; ypT0 N0 TNM{prefix=yp, T=0, N=0}",
    "ycT2N0; ycT2N0 TNM{prefix=yc, T=2, N=0}",
    "récidive rT2N0; rT2N0 TNM{prefix=r, T=2, N=0}",
    "rpT3a N0; rpT3a N0 TNM{prefix=rp, T=3a, N=0}",
    "autopsie aT2 N1; aT2 N1 TNM{prefix=a, T=2, N=1}",
    "écho-endoscopie uT3N1; uT3N1 TNM{prefix=u, T=3, N=1}",
    "pTis N0; pTis N0 TNM{prefix=p, T=is, N=0}",
    "pT1mi N0; pT1mi N0 TNM{prefix=p, T=1mi, N=0}",
    "pT4d N3c M1; pT4d N3c M1 TNM{prefix=p, T=4d, N=3c, M=1}",
    "pTx Nx Mx; pTx Nx Mx TNM{prefix=p, T=x, N=x, M=x}",
    "pT0 N0; pT0 N0 TNM{prefix=p, T=0, N=0}",
    "pT1c pN1mi; pT1c pN1mi TNM{prefix=p, T=1c, N=1mi}",
    "pT1b pN0(i+); pT1b pN0(i+) TNM{prefix=p, T=1b, N=0(i+)}",
    "pT1a pN1(sn); pT1a pN1(sn) TNM{prefix=p, T=1a, N=1}",
    "pT2 pN1a (2/12) M0; pT2 pN1a (2/12) M0 TNM{prefix=p, T=2, N=1a, M=0, nodesPositive=2, nodesExamined=12, nodes=2/12}",
    "pN1a (3N+/15N); pN1a (3N+/15N) TNM{prefix=p, N=1a, nodesPositive=3, nodesExamined=15, nodes=3/15}",
    "cT4 N2 M1a; cT4 N2 M1a TNM{prefix=c, T=4, N=2, M=1a}",
    "cT2 N0 M1b; cT2 N0 M1b TNM{prefix=c, T=2, N=0, M=1b}",
    "pT3 N2 M1c; pT3 N2 M1c TNM{prefix=p, T=3, N=2, M=1c}",
    "cT3 N1 M1(HEP); cT3 N1 M1(HEP) TNM{prefix=c, T=3, N=1, M=1, mSite=HEP}",
    "pT3 pN1b R0 L1 V0 Pn1 G2; pT3 pN1b R0 L1 V0 Pn1 G2 TNM{prefix=p, T=3, N=1b, R=0, L=1, V=0, Pn=1, G=2}",
    "pT2N0M0R1; pT2N0M0R1 TNM{prefix=p, T=2, N=0, M=0, R=1}",
    "cT2-3 N0; cT2-3 N0 TNM{prefix=c, T=2-3, N=0}",
    "pT1a-b N0; pT1a-b N0 TNM{prefix=p, T=1a-b, N=0}",
    "cT3/4 N1; cT3/4 N1 TNM{prefix=c, T=3/4, N=1}",
    "pT2 pN1a M0; pT2 pN1a M0 TNM{prefix=p, T=2, N=1a, M=0}",
    "T2 N0 M0; T2 N0 M0 TNM{T=2, N=0, M=0}",
    "p T2 N0; p T2 N0 TNM{prefix=p, T=2, N=0}",
    "cT2, cN0, cM0; cT2, cN0, cM0 TNM{prefix=c, T=2, N=0, M=0}",
    "pN0; pN0 TNM{prefix=p, N=0}",
    "rectum uT3N+, pas de métastase; uT3N+ TNM{prefix=u, T=3, N=+}",
    "cM1; cM1 TNM{prefix=c, M=1}",
    "mélanome stade IV (M1d); stade IV STAGE_GROUP{value=IV} | M1d TNM{M=1d}",
    "pT1c seul; pT1c TNM{prefix=p, T=1c}",
  })
  void parsesTnmForms(String text, String expected) {
    assertEquals(expected, find(text));
  }

  @Test
  void tnmAcrossALineBreakIsOneExpression() {
    assertEquals("pT2\npN1a TNM{prefix=p, T=2, N=1a}", find("Classification : pT2\npN1a"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    "pT2N0 (TNM 8e édition); 8",
    "pT2N0, UICC 2017; UICC 2017",
    "cT2N0 selon AJCC 8th; 8",
    "selon la 7e édition de la classification TNM : pT3N1; 7",
    "pT2N0 (TNM 2009); TNM 2009",
  })
  void readsTheEdition(String text, String edition) {
    assertEquals(edition, finder.find(text).get(0).get("edition"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "Prélèvement n° AT4512 reçu.",
    "Dossier T4-2019-001",
    "Référence XT2N0M0",
    "T2N0Mz12",
    "hypersignal T2 et T1 gadolinium",
    "T4 libre normale, TSH normale",
    "fracture de T4",
    "Bâtiment M1, 3 rue des Lilas",
    "sous trastuzumab emtansine (T-DM1)",
    "stade de France",
    "au stade avancé",
    "escarre stade 4 du sacrum",
    "insuffisance rénale chronique stade 3",
    "Date : [DATE], patient [NOM]",
    "Vitamine A, stade A",
    "Taxotère et Tamoxifène",
    "TNM 8",
  })
  void ignoresNonStages(String text) {
    assertEquals("", find(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    "Gleason 7 (4+3); Gleason 7 (4+3) GLEASON{primary=4, secondary=3, score=7, isup=3}",
    "score de Gleason 4 + 3 = 7; score de Gleason 4 + 3 = 7 GLEASON{primary=4, secondary=3, score=7, isup=3}",
    "Gleason 3+4=7, ISUP 2; Gleason 3+4=7 GLEASON{primary=3, secondary=4, score=7, isup=2} | ISUP 2 GLEASON{isup=2}",
    "score de Gleason 6 (3+3); score de Gleason 6 (3+3) GLEASON{primary=3, secondary=3, score=6, isup=1}",
    "Gleason 4+4; Gleason 4+4 GLEASON{primary=4, secondary=4, score=8, isup=4}",
    "groupe ISUP 3; groupe ISUP 3 GLEASON{isup=3}",
    "Gleason 4+3=7 ISUP 3; Gleason 4+3=7 ISUP 3 GLEASON{primary=4, secondary=3, score=7, isup=3}",
    "ISUP 3; ISUP 3 GLEASON{isup=3}",
  })
  void parsesGleason(String text, String expected) {
    assertEquals(expected, find(text));
  }

  @Test
  void renalIsupIsLeftToTheTumourGrade() {
    assertEquals("", find("Carcinome rénal à cellules claires, grade ISUP 3."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    "stade IIB; stade IIB STAGE_GROUP{value=IIB}",
    "stade 4; stade 4 STAGE_GROUP{value=IV}",
    "stade IV; stade IV STAGE_GROUP{value=IV}",
    "Stade IIIA; Stade IIIA STAGE_GROUP{value=IIIA}",
    "stade 0; stade 0 STAGE_GROUP{value=0}",
    "FIGO IIIC1; FIGO IIIC1 FIGO{value=IIIC1}",
    "stade FIGO IB2; stade FIGO IB2 FIGO{value=IB2}",
    "stade IIIC de la FIGO; stade IIIC de la FIGO FIGO{value=IIIC}",
    "FIGO 2018 : IIIC1; FIGO 2018 : IIIC1 FIGO{value=IIIC1}",
    "Ann Arbor IV-A; Ann Arbor IV-A ANN_ARBOR{value=IVA}",
    "stade IIIB d'Ann Arbor; stade IIIB d'Ann Arbor ANN_ARBOR{value=IIIB}",
    "Ann Arbor IIE; Ann Arbor IIE ANN_ARBOR{value=IIE}",
    "Ann Arbor IIIS; Ann Arbor IIIS ANN_ARBOR{value=IIIS}",
    "ISS II; ISS II ISS{value=II}",
    "R-ISS 3; R-ISS 3 ISS{value=R-III}",
    "Stade : ISS III, R-ISS III; ISS III ISS{value=III} | R-ISS III ISS{value=R-III}",
    "Binet A; Binet A BINET{value=A}",
    "stade B de Binet; stade B de Binet BINET{value=B}",
    "progression vers un stade Binet C; stade Binet C BINET{value=C}",
    "LLC, stade A; stade A BINET{value=A}",
    "Breslow 1,2 mm; Breslow 1,2 mm BRESLOW{value=1.2}",
    "indice de Breslow : 0,8 mm; indice de Breslow : 0,8 mm BRESLOW{value=0.8}",
    "épaisseur de Breslow à 3 mm; épaisseur de Breslow à 3 mm BRESLOW{value=3}",
    "niveau IV de Clark; niveau IV de Clark CLARK{value=IV}",
    "Clark 3; Clark 3 CLARK{value=III}",
  })
  void parsesSingleValuedSystems(String text, String expected) {
    assertEquals(expected, find(text));
  }

  @Test
  void bareStageInALymphomaReportIsAnnArbor() {
    assertEquals("stade IIIB ANN_ARBOR{value=IIIB}",
        find("Lymphome B diffus à grandes cellules, stade IIIB").replaceFirst("^.*?stade", "stade"));
  }

  @Test
  void garbageDoesNotThrow() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 20000; i++) {
      s.append((char) (32 + (i * 7919) % 95));
    }
    finder.find(s.toString());
    finder.find("");
    finder.find(null);
    finder.find("pT2 pN1a (2/12) M0 ".repeat(2000));
  }
}
