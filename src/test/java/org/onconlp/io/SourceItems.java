package org.onconlp.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Test helper: drains a source into compact, readable strings. */
final class SourceItems {
  private SourceItems() {}

  /** Reads every item of {@code source} and closes it. */
  static List<SourceItem> readAll(RecordSource source) throws IOException {
    List<SourceItem> items = new ArrayList<>();
    try (source) {
      source.forEachRemaining(items::add);
    }
    return items;
  }

  /**
   * {@code accepted id (patient, type, date) @ position} or {@code rejected id @ position: reason}.
   */
  static String describe(SourceItem item) {
    return switch (item) {
      case Record r ->
          "accepted "
              + r.id()
              + " ("
              + r.patientId()
              + ", "
              + r.type()
              + ", "
              + r.date()
              + ") @ "
              + r.position();
      case Reject r -> "rejected " + r.id() + " @ " + r.position() + ": " + r.reason();
    };
  }

  /** {@link #describe} of each item. */
  static List<String> describeAll(List<SourceItem> items) {
    return items.stream().map(SourceItems::describe).toList();
  }
}
