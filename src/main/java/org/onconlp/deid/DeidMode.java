package org.onconlp.deid;

/** How {@link DeidViewBuilder} replaces PHI: each mode names a {@link SurrogateStrategy}. */
public enum DeidMode {
  /** Replace each span by {@code [CATEGORY]}; keep only the year of the document date. */
  MASK {
    @Override
    public SurrogateStrategy strategy() {
      return new MaskStrategy();
    }
  };

  /** A new strategy instance for this mode. */
  public abstract SurrogateStrategy strategy();
}
