package org.onconlp.io;

import java.io.IOException;
import java.util.Iterator;

/**
 * A stream of input items from one source (a folder, a JSON Lines or CSV file). Every input
 * position yields exactly one item, a record or a reject, so counts always reconcile.
 */
public interface RecordSource extends Iterator<SourceItem>, AutoCloseable {
  @Override
  void close() throws IOException;
}
