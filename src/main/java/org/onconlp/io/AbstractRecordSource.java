package org.onconlp.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/** Look-ahead plumbing shared by the readers: subclasses only compute the next item. */
abstract class AbstractRecordSource implements RecordSource {
  private SourceItem next;
  private boolean finished;

  /**
   * The next item, or null at the end of the input.
   *
   * @throws IOException only when the input as a whole cannot be read further
   */
  protected abstract SourceItem computeNext() throws IOException;

  @Override
  public final boolean hasNext() {
    if (next == null && !finished) {
      try {
        next = computeNext();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      finished = next == null;
    }
    return next != null;
  }

  @Override
  public final SourceItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SourceItem item = next;
    next = null;
    return item;
  }
}
