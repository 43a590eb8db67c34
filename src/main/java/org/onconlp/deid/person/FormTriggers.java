package org.onconlp.deid.person;

import java.util.List;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens;

/**
 * The person-name triggers of forms: a label of initials or of a visa, a table's column header,
 * a header row drawn with spaces, a label and its value. Immutable and thread-safe.
 */
final class FormTriggers {
  private final NameLabels labels;
  private final TypistInitials typists;
  private final VisaInitials visas;
  private final NameTables tables;
  private final LabelledNames fields;

  FormTriggers(NameLabels labels, TypistInitials typists, VisaInitials visas, NameTables tables, LabelledNames fields) {
    this.labels = labels;
    this.typists = typists;
    this.visas = visas;
    this.tables = tables;
    this.fields = fields;
  }

  /**
   * The triggers of forms: a label of initials, a table's column header, a header row drawn with
   * spaces, a label and its value. No title is a label, so the title rule may run before or after.
   *
   * @return the token after what was read, or {@code i} when no form trigger starts here
   */
  int at(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    String f = t.fold[i];
    if (labels.isInitialsLabel(f)) {
      int initials = typists.labelledInitials(t, i, out);
      if (initials > i) {
        return initials;
      }
    }
    if (labels.isInitialsOnlyLabel(f)) {
      int visa = visas.after(t, i, labels.isVisaLabel(f), out, used);
      if (visa > i) {
        return visa;
      }
    }
    if (tables.isColumnHeader(t, i)) {
      return tables.column(t, i, out, used);
    }
    if (t.lineBefore[i] && labels.isNameLabel(t, i)) {
      int header = tables.gapHeader(t, i, out, used);
      if (header > i) {
        return header;
      }
    }
    if (labels.isLabel(f) && LabelledNames.labelValue(t, i) > 0) {
      return fields.labelled(t, i, out, used);
    }
    return i;
  }
}
