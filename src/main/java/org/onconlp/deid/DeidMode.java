package org.onconlp.deid;

import org.onconlp.deid.surrogate.MaskStrategy;
import org.onconlp.deid.surrogate.SurrogateGenerator;
import org.onconlp.deid.surrogate.SurrogateSecret;
import org.onconlp.deid.surrogate.SurrogateStrategy;

/** How {@link DeidViewBuilder} replaces PHI: each mode names a {@link SurrogateStrategy}. */
public enum DeidMode {
  /** Replace each span by {@code [CATEGORY]}; keep only the year of the document date. */
  MASK {
    @Override
    public SurrogateStrategy strategy(SurrogateSecret secret, PhiLexicons lexicons) {
      return new MaskStrategy();
    }

    @Override
    public boolean needsSecret() {
      return false;
    }
  },
  /**
   * Replace each span by a realistic surrogate of the same kind and format, consistent per
   * patient, and shift dates by a per-patient offset ({@link SurrogateGenerator}); needs a
   * secret.
   */
  SURROGATE {
    @Override
    public SurrogateStrategy strategy(SurrogateSecret secret, PhiLexicons lexicons) {
      return new SurrogateGenerator(secret, lexicons);
    }

    @Override
    public boolean needsSecret() {
      return true;
    }
  };

  /**
   * A new strategy instance for this mode.
   *
   * @param secret the surrogate key, or null for a mode that needs none
   * @param lexicons the name and place lexicons, or null for a mode that needs none
   */
  public abstract SurrogateStrategy strategy(SurrogateSecret secret, PhiLexicons lexicons);

  /** Whether this mode needs a {@link SurrogateSecret}. */
  public abstract boolean needsSecret();
}
