package org.onconlp.cli;

import java.io.Console;

/** Whether the process talks to a person at a terminal (progress bars) or to a pipe or log. */
final class Terminal {
  private Terminal() {}

  /**
   * True when standard streams are attached to a terminal. JDK 22+ returns a {@link Console}
   * even when redirected and added {@code isTerminal()}, which this JDK 21 build calls by
   * reflection.
   */
  static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
