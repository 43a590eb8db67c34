package org.onconlp.context;

/** Which side of a cue its scope covers (the {@code direction} of a ContextCue). */
public enum CueDirection {
  /** Mentions after the cue ("pas de carcinome"). */
  FORWARD,
  /** Mentions before the cue ("carcinome exclu"). */
  BACKWARD,
  /** Both sides ("cancer du sein chez la mère", "sa mère : cancer du sein"). */
  BOTH;

  boolean forward() {
    return this != BACKWARD;
  }

  boolean backward() {
    return this != FORWARD;
  }
}
