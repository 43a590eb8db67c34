package org.onconlp.context;

/** What a ConText cue says about the mentions in its scope (the {@code kind} of a ContextCue). */
public enum CueKind {
  /** The fact is absent or ruled out: sets {@code negated}. */
  NEGATION,
  /** The fact is suspected, possible or conditional: sets {@code hypothetical}. */
  HYPOTHESIS,
  /** The fact concerns a relative: sets {@code family}. */
  FAMILY,
  /** The fact belongs to the patient's past: sets {@code historical}. */
  HISTORY,
  /** Looks like a cue but is not one ("sans doute"): matched only to hide the shorter cue. */
  PSEUDO,
  /** Ends the scope of every other cue ("mais", ";"). */
  TERMINATION
}
