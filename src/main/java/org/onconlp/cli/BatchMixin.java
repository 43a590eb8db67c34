package org.onconlp.cli;

import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.onconlp.io.Format;
import org.onconlp.io.ReaderOptions;
import picocli.CommandLine.Option;

/**
 * Options of the batch commands that read reports ({@code process}, {@code ingest}): input
 * format, size limit, worker threads, rejects file and progress bar.
 */
final class BatchMixin {
  @Option(
      names = "--format",
      description = "Input format: ${COMPLETION-CANDIDATES} (default: from the extension).")
  Format format;

  @Option(
      names = "--rejects",
      description = "Rejects file (default: <output or index>.rejects.jsonl).")
  Path rejects;

  @Option(names = "--threads", description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--max-chars",
      description = "Longer reports are rejected (default: ${DEFAULT-VALUE}).")
  int maxChars = ReaderOptions.DEFAULT_MAX_CHARS;

  @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
  boolean noProgress;

  /** The rejects file: {@code --rejects}, else {@code <beside>.rejects.jsonl}. */
  Path rejectsFile(Path beside) {
    return rejects != null ? rejects : Path.of(beside + ".rejects.jsonl");
  }

  /** A progress bar on standard error when it is a terminal, else null. */
  ProgressBar progressBar(String task) {
    if (noProgress || !Terminal.interactive()) {
      return null;
    }
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(-1)
        .setUnit(" docs", 1)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .build();
  }
}
