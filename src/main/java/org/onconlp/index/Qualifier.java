package org.onconlp.index;

import java.util.Locale;

/**
 * The context flags that keep a fact out of the affirmative fields. A qualified fact is indexed
 * under {@code <qualifier>.<field>} (e.g. {@code negated.topography}) so that it matches only
 * when a query asks for it ({@code include:negated}).
 */
public enum Qualifier {
  /** "pas de", "absence de". */
  NEGATED,
  /** "suspicion de", "à éliminer". */
  HYPOTHETICAL,
  /** About a relative. */
  FAMILY,
  /** Past history. */
  HISTORICAL;

  /** The contract's flag name and the field prefix, e.g. {@code negated}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The field name under which a fact with this flag is indexed. */
  public String field(String field) {
    return key() + "." + field;
  }
}
