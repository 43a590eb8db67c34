package org.onconlp.extract.biomarker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Biomarker mentions on literal French sentences. Each mention is written {@code NAME=interpretation}
 * ({@code -} when none) followed by its value, variant and method when set, mentions separated by
 * {@code " | "}; spans are checked in {@code BiomarkerSpanTest}.
 */
class BiomarkerFinderTest {
  private static final BiomarkerFinder FINDER = new BiomarkerFinder();

  static String describe(String text) {
    List<BiomarkerFinder.Found> found = FINDER.find(text);
    return found.stream().map(BiomarkerFinderTest::describe).collect(Collectors.joining(" | "));
  }

  static String describe(BiomarkerFinder.Found f) {
    StringBuilder s = new StringBuilder(f.name()).append('=');
    s.append(f.interpretation() == null ? "-" : f.interpretation());
    if (f.value() != null) {
      s.append(' ').append(f.value());
    }
    if (f.variant() != null) {
      s.append(' ').append(f.variant());
    }
    if (f.method() != null) {
      s.append(" {").append(f.method()).append('}');
    }
    return s.toString();
  }

  static Stream<Arguments> immunohistochemistry() {
    return Stream.of(
        Arguments.of("RE : 90 % / RP : 10 % / HER2 : 1+",
            "ER=positive 90% {IHC} | PR=positive 10% {IHC} | HER2=negative 1+ {IHC}"),
        Arguments.of("Récepteurs aux œstrogènes positifs à 80 %, intensité forte.",
            "ER=positive 80% {IHC}"),
        Arguments.of("Récepteurs aux oestrogènes : 0 %.", "ER=negative 0% {IHC}"),
        Arguments.of("Récepteurs à la progestérone : < 1 %.", "PR=negative <1% {IHC}"),
        Arguments.of("RE : score d'Allred 8/8.", "ER=positive {IHC}"),
        Arguments.of("RE+ RP- HER2 3+", "ER=positive {IHC} | PR=negative {IHC} | HER2=positive 3+ {IHC}"),
        Arguments.of("Tumeur RH+, HER2 négatif.", "ER=positive {IHC} | HER2=negative"),
        Arguments.of("HER2 score 3+", "HER2=positive 3+ {IHC}"),
        Arguments.of("HER2 : score 0.", "HER2=negative 0 {IHC}"),
        Arguments.of("HER2 (IHC) : 2+ équivoque", "HER2=equivocal 2+ {IHC}"),
        Arguments.of("Surexpression HER2 (+++).", "HER2=positive 3+ {IHC}"),
        Arguments.of("HER2-low (score 1+).", "HER2=low 1+ {IHC}"),
        Arguments.of("HER2 : 1+ (HER2-low)", "HER2=negative 1+ {IHC} | HER2=low"),
        Arguments.of("Statut HER2 : low.", "HER2=low"),
        Arguments.of("HER2 2+, FISH : amplifié (ratio 2,8).",
            "HER2=equivocal 2+ {IHC} | HER2=amplified ratio 2,8 {FISH}"),
        Arguments.of("Pas d'amplification du gène HER2 en SISH.", "HER2=not_amplified {SISH}"),
        Arguments.of("c-erbB2 : négatif", "HER2=negative"),
        Arguments.of("Ki-67 : 20 %", "KI67=high 20% {IHC}"),
        Arguments.of("Index de prolifération MIB1 estimé à 35 %.", "KI67=high 35% {IHC}"),
        Arguments.of("PD-L1 (TPS) : 60 %", "PDL1=high 60% {IHC}"),
        Arguments.of("PD-L1 : TPS < 1 %", "PDL1=negative <1% {IHC}"),
        Arguments.of("PD-L1 CPS = 10", "PDL1=low 10 {IHC}"),
        Arguments.of("p16 : positif (marquage diffus)", "P16=positive {IHC}"),
        Arguments.of("CD20 positif", "CD20=positive {IHC}"),
        Arguments.of("Récepteurs aux androgènes : 40 %", "AR=positive 40% {IHC}"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void immunohistochemistry(String text, String expected) {
    assertEquals(expected, describe(text));
  }

  static Stream<Arguments> mismatchRepair() {
    return Stream.of(
        Arguments.of("Expression conservée des protéines MLH1, MSH2, MSH6 et PMS2.",
            "MLH1=proficient {IHC} | MSH2=proficient {IHC} | MSH6=proficient {IHC} | PMS2=proficient {IHC}"),
        Arguments.of("MLH1 : perte d'expression ; PMS2 : perte d'expression ; MSH2 : conservée",
            "MLH1=deficient {IHC} | PMS2=deficient {IHC} | MSH2=proficient {IHC}"),
        Arguments.of("Perte d'expression de MLH1 et PMS2.", "MLH1=deficient {IHC} | PMS2=deficient {IHC}"),
        Arguments.of("Tumeur dMMR.", "MMR=deficient {IHC}"),
        Arguments.of("Phénotype MSI-H.", "MSI=high"),
        Arguments.of("Statut microsatellitaire : stable (MSS).", "MSI=negative"),
        Arguments.of("Instabilité microsatellitaire : instable", "MSI=high"),
        Arguments.of("ADK MSI pT3N1bM1a.", "MSI=high"),
        Arguments.of("Adénocarcinome opéré, pT3N1bM0, stade IIIB, MSI.", "MSI=high"),
        Arguments.of("Recherche d'instabilité microsatellitaire en cours.", "MSI=unknown"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void mismatchRepair(String text, String expected) {
    assertEquals(expected, describe(text));
  }

  static Stream<Arguments> molecular() {
    return Stream.of(
        Arguments.of("Mutation EGFR p.L858R (exon 21).", "EGFR=mutated p.L858R"),
        Arguments.of("EGFR : délétion de l'exon 19.", "EGFR=mutated exon 19 deletion"),
        Arguments.of("Insertion dans l'exon 20 de l'EGFR.", "EGFR=mutated exon 20 insertion"),
        Arguments.of("Mutation de résistance T790M de l'EGFR.", "EGFR=mutated p.T790M"),
        Arguments.of("EGFR : mutation activatrice", "EGFR=mutated"),
        Arguments.of("Rebiopsie liquide : T790M non détectée.", "EGFR=wild_type p.T790M"),
        Arguments.of("EGFR T790M détectée.", "EGFR=mutated p.T790M"),
        Arguments.of("Amplification de MET en cours de confirmation.", "MET=amplified"),
        Arguments.of("KRAS : mutation p.Gly12Cys (c.34G>T)", "KRAS=mutated p.G12C"),
        Arguments.of("KRAS muté (G12D)", "KRAS=mutated p.G12D"),
        Arguments.of("KRAS : c.35G>T", "KRAS=mutated c.35G>T"),
        Arguments.of("Mutation du codon 12 de KRAS.", "KRAS=mutated"),
        Arguments.of("BRAF V600E muté", "BRAF=mutated p.V600E"),
        Arguments.of("BRAF : sauvage", "BRAF=wild_type"),
        Arguments.of("NRAS non muté", "NRAS=wild_type"),
        Arguments.of("Absence de mutation des gènes KRAS, NRAS et BRAF.",
            "KRAS=wild_type | NRAS=wild_type | BRAF=wild_type"),
        Arguments.of("Statut RAS sauvage.", "KRAS=wild_type | NRAS=wild_type"),
        Arguments.of("MET : saut de l'exon 14", "MET=mutated exon 14 skipping"),
        Arguments.of("Amplification de MET.", "MET=amplified"),
        Arguments.of("Réarrangement ALK en FISH.", "ALK=rearranged {FISH}"),
        Arguments.of("ALK : absence de réarrangement.", "ALK=not_rearranged"),
        Arguments.of("ROS1 négatif en IHC.", "ROS1=not_rearranged {IHC}"),
        Arguments.of("Fusion NTRK détectée en NGS.", "NTRK=rearranged {NGS}"),
        Arguments.of("RET : pas de fusion", "RET=not_rearranged"),
        Arguments.of("Mutation PIK3CA p.His1047Arg", "PIK3CA=mutated p.H1047R"),
        Arguments.of("Mutation germinale BRCA2.", "BRCA2=mutated"),
        Arguments.of("Pas de variant pathogène BRCA1/2.", "BRCA1=wild_type | BRCA2=wild_type"),
        Arguments.of("HRD positif.", "HRD=positive"),
        Arguments.of("TP53 muté.", "TP53=mutated"),
        Arguments.of("Mutation IDH1 R132H.", "IDH1=mutated p.R132H"),
        Arguments.of("Promoteur MGMT méthylé.", "MGMT=positive"),
        Arguments.of("MGMT non méthylé.", "MGMT=negative"),
        Arguments.of("Codélétion 1p/19q.", "1P19Q=positive"),
        Arguments.of("TMB : 12 mut/Mb", "TMB=high 12 mut/Mb {NGS}"),
        Arguments.of("Charge mutationnelle tumorale faible (3 mutations/Mb).", "TMB=low 3 mut/Mb {NGS}"),
        Arguments.of("HPV positif.", "HPV=positive"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void molecular(String text, String expected) {
    assertEquals(expected, describe(text));
  }

  static Stream<Arguments> haematologyAndSerum() {
    return Stream.of(
        Arguments.of("FLT3-ITD positif.", "FLT3=mutated"),
        Arguments.of("NPM1 muté.", "NPM1=mutated"),
        Arguments.of("Mutation JAK2 V617F.", "JAK2=mutated p.V617F"),
        Arguments.of("Transcrit BCR-ABL positif.", "BCR_ABL=positive"),
        Arguments.of("BCR-ABL 3,2 % IS à M6.", "BCR_ABL=positive 3,2%"),
        Arguments.of("Présence d'une del(17p).", "DEL17P=positive {FISH}"),
        Arguments.of("Absence de t(4;14).", "T4_14=negative {FISH}"),
        Arguments.of("t(11;14) présente.", "T11_14=positive {FISH}"),
        Arguments.of("PSA à 12,5 ng/ml.", "PSA=positive 12,5 ng/ml"),
        Arguments.of("CA 15-3 élevé à 45 U/ml", "CA153=positive 45 U/ml"),
        Arguments.of("CA-125 = 350 UI/ml", "CA125=positive 350 UI/ml"),
        Arguments.of("ACE : 3,2 ng/ml", "CEA=negative 3,2 ng/ml"),
        Arguments.of("Gleason 4+3=7, PSA = 7,8, cT2b.", "PSA=positive 7,8"),
        Arguments.of("CA 125 : 9 UI/mL (normalisé).", "CA125=negative 9 UI/mL"),
        Arguments.of("MRD NPM1 négative (< 0,01 %).", "NPM1=negative <0,01%"),
        Arguments.of("LAM NPM1+ de novo.", "NPM1=mutated"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void haematologyAndSerum(String text, String expected) {
    assertEquals(expected, describe(text));
  }

  static Stream<Arguments> pendingOrFailedTests() {
    return Stream.of(
        Arguments.of("Recherche de mutation EGFR en cours.", "EGFR=unknown"),
        Arguments.of("KRAS : non contributif.", "KRAS=unknown"),
        Arguments.of("Recherche de mutation EGFR non réalisée (matériel insuffisant).",
            "EGFR=unknown"),
        Arguments.of("PD-L1 ininterprétable.", "PDL1=unknown {IHC}"),
        Arguments.of("Recherche de mutation KRAS.", "KRAS=unknown"),
        Arguments.of("Statut HER2 en attente.", "HER2=unknown"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void pendingOrFailedTests(String text, String expected) {
    assertEquals(expected, describe(text));
  }

  static Stream<Arguments> layouts() {
    return Stream.of(
        Arguments.of("HER2 :\nscore 3+", "HER2=positive 3+ {IHC}"),
        Arguments.of("RE | 90 % | positif\nRP | 0 % | négatif",
            "ER=positive 90% {IHC} | PR=negative 0% {IHC}"),
        Arguments.of("- Récepteurs aux oestrogènes : positifs (70 %)\n- Récepteurs à la "
            + "progestérone : négatifs\n- HER2 : 0", "ER=positive 70% {IHC} | PR=negative {IHC} | HER2=negative 0 {IHC}"),
        Arguments.of("KRAS muté, NRAS non muté", "KRAS=mutated | NRAS=wild_type"),
        Arguments.of("HER2 négatif, mutation PIK3CA p.E545K", "HER2=negative | PIK3CA=mutated p.E545K"),
        Arguments.of("HER2-positif", "HER2=positive"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void layouts(String text, String expected) {
    assertEquals(expected, describe(text));
  }

  static Stream<Arguments> lookAlikes() {
    return Stream.of(
        Arguments.of("Panel NGS couvrant EGFR, KRAS, BRAF, ALK et ROS1.", ""),
        Arguments.of("Compte rendu validé par le Pr Martin.", ""),
        Arguments.of("Relu par PR. Durand.", ""),
        Arguments.of("La biopsie met en évidence un carcinome.", ""),
        Arguments.of("LA BIOPSIE MET EN ÉVIDENCE UNE MUTATION.", ""),
        Arguments.of("Le patient revient en consultation ; RE-évaluation prévue.", ""),
        Arguments.of("Traitement par inhibiteur de l'EGFR.", ""),
        Arguments.of("Thérapie anti-HER2 par trastuzumab.", ""),
        Arguments.of("Groupe sanguin O RH+.", ""),
        Arguments.of("Examen clinique : RAS.", ""),
        Arguments.of("Le rapport RE-PR est ERRONÉ.", ""),
        Arguments.of("Nous avons réalisé une analyse, la récidive est certaine.", ""));
  }

  @ParameterizedTest(name = "{0} -> nothing")
  @MethodSource
  void lookAlikes(String text, String expected) {
    assertEquals(expected, describe(text));
  }

  static Stream<Arguments> methodsFromTheParagraph() {
    return Stream.of(
        Arguments.of("Technique : NGS ADN + ARN (panel), FISH le cas échéant.\nRésultats :\n"
            + "- EGFR : absence de mutation\n- RET : non contributif",
            "EGFR=wild_type {NGS} | RET=unknown {NGS}"),
        Arguments.of("Analyse par PCR en temps réel.\nKRAS : mutation G12D.", "KRAS=mutated p.G12D {PCR}"),
        Arguments.of("Immunohistochimie :\nALK : négatif\nROS1 : négatif",
            "ALK=not_rearranged {IHC} | ROS1=not_rearranged {IHC}"),
        Arguments.of("Technique : NGS.\nPD-L1 : TPS 60 %", "PDL1=high 60% {IHC}"),
        Arguments.of("Immunohistochimie : RE 90 %.\nHER2 amplifié en FISH.", "ER=positive 90% {IHC} | HER2=amplified {FISH}"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void methodsFromTheParagraph(String text, String expected) {
    assertEquals(expected, describe(text));
  }

  static Stream<Arguments> noMethodAcrossABlankLineOrForAnIncompatibleOne() {
    return Stream.of(
        Arguments.of("Séquençage NGS réalisé.\n\nKRAS muté.", "KRAS=mutated"),
        Arguments.of("Immunohistochimie :\nCD20 positif.\nEGFR muté.", "CD20=positive {IHC} | EGFR=mutated"),
        Arguments.of("Biologie moléculaire : BRAF muté.", "BRAF=mutated"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void noMethodAcrossABlankLineOrForAnIncompatibleOne(String text, String expected) {
    assertEquals(expected, describe(text));
  }
}
