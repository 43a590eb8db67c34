package org.onconlp.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports a failed command in one line instead of a stack trace. Only I/O problems about the
 * batch itself (missing input, unwritable output) and invalid arguments reach here; records that
 * fail are rejects, not errors. Messages name paths, never document content.
 */
final class CleanErrors implements IExecutionExceptionHandler {
  /** Exit code when the batch itself cannot run. */
  static final int CANNOT_RUN = 1;

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    String what =
        switch (cause) {
          case NoSuchFileException missing -> "no such file: " + missing.getMessage();
          case IOException io -> "I/O error: " + io.getMessage();
          case IllegalArgumentException bad -> bad.getMessage();
          case IllegalStateException bad -> bad.getMessage();
          default -> cause.toString();
        };
    cli.getErr().println("onconlp " + cli.getCommandName() + ": " + what);
    return CANNOT_RUN;
  }
}
