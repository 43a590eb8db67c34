package org.onconlp.pipeline;

/** Hears about each input position as its outcome is committed, in input order. */
@FunctionalInterface
public interface BatchListener {
  /** Called once per input position, after its output or reject line was written. */
  void committed(long read, long written, long rejected);

  /** A listener that does nothing. */
  BatchListener NONE = (read, written, rejected) -> {};
}
