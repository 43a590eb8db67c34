package org.onconlp.deid.person;

import org.onconlp.deid.PhiLexicons;

/**
 * The person-name rules {@link PersonNameFinder} runs, built once over the lexicons and shared by
 * its triggers ({@link LowerCaseTriggers}, {@link FormTriggers}). Immutable and thread-safe.
 */
record PersonRules(
    PhiLexicons lex,
    NameLabels labels,
    NameGroups groups,
    TitledNames titles,
    LabelledNames fields,
    NameTables tables,
    SignatureNames signatures,
    TypistInitials typists,
    SignOffInitials signOffs,
    InformalNames informal,
    DictatedNames dictated,
    VisaInitials visas,
    BrokenNames broken,
    NameInitials initials,
    RecurringInitials recurring,
    DatedBy datedBy,
    TeamInitials teams,
    SignOffLines signOffLines,
    RelativeNames relatives,
    LowerCaseNotes notes,
    UntitledNames untitled,
    KnownNames known,
    ClinicalTerms clinical,
    FormTriggers forms,
    NameListSiblings siblings,
    LayoutNames layouts,
    TypistReferences references,
    LegendKeys legendKeys,
    OperatorInitials operators,
    ClosingInitials closings) {

  /** The rules over the given lexicons. */
  static PersonRules of(PhiLexicons lex) {
    NameTokens names = new NameTokens(lex);
    NameLabels labels = new NameLabels(lex);
    NameGroups groups = new NameGroups(lex, names, labels);
    TitledNames titles = new TitledNames(lex, names, groups);
    LabelledNames fields = new LabelledNames(lex, names, labels, groups, titles);
    NameTables tables = new NameTables(lex, names, labels, groups, titles);
    SignatureNames signatures = new SignatureNames(lex, names, labels, groups);
    TypistInitials typists = new TypistInitials(lex);
    SignOffInitials signOffs = new SignOffInitials(lex);
    InformalNames informal = new InformalNames(lex, names, labels);
    DictatedNames dictated = new DictatedNames(lex, names);
    VisaInitials visas = new VisaInitials(lex);
    BrokenNames broken = new BrokenNames(lex);
    NameInitials initials = new NameInitials(lex);
    RecurringInitials recurring = new RecurringInitials(lex, initials);
    DatedBy datedBy = new DatedBy(lex, initials);
    TeamInitials teams = new TeamInitials(lex, initials);
    SignOffLines signOffLines = new SignOffLines(lex, initials);
    RelativeNames relatives = new RelativeNames(lex, names, groups);
    LowerCaseNotes notes = new LowerCaseNotes(lex, names);
    UntitledNames untitled = new UntitledNames(lex, names, labels, groups);
    KnownNames known = new KnownNames(lex);
    ClinicalTerms clinical = new ClinicalTerms(lex);
    FormTriggers forms = new FormTriggers(labels, typists, visas, tables, fields);
    NameListSiblings siblings = new NameListSiblings(lex, names, clinical);
    return new PersonRules(lex, labels, groups, titles, fields, tables, signatures, typists, signOffs,
        informal, dictated, visas, broken, initials, recurring, datedBy, teams, signOffLines, relatives,
        notes, untitled, known, clinical, forms, siblings, new LayoutNames(names, siblings),
        new TypistReferences(lex, initials), new LegendKeys(lex), new OperatorInitials(lex, visas),
        new ClosingInitials(initials));
  }
}
