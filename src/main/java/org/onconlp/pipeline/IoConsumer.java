package org.onconlp.pipeline;

import java.io.IOException;

/** A sink that may fail with an I/O error, such as an output file. */
@FunctionalInterface
public interface IoConsumer<T> {
  /** Accepts one item. */
  void accept(T item) throws IOException;
}
