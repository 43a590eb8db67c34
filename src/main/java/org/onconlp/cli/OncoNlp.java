package org.onconlp.cli;

import org.onconlp.eval.EvalCommand;
import org.onconlp.deid.DeidMode;
import org.onconlp.pipeline.LazyJsonPipeline;
import org.onconlp.pipeline.PipelineOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code onconlp} command line: one sub-command per job. */
@Command(
    name = "onconlp",
    mixinStandardHelpOptions = true,
    version = "onconlp 0.1.0",
    description = "Clinical NLP for French oncology reports: de-identify, extract, evaluate.",
    subcommands = {
      ProcessCommand.class,
      DeidCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      TimelineCommand.class,
      PatientContextCommand.class,
      SynthCommand.class,
      TrainCommand.class
    })
public final class OncoNlp {

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new OncoNlp());
    // Evaluation scores detection, so it runs in mask mode: no secret needed.
    cli.addSubcommand(
        "eval",
        new EvalCommand(
            new LazyJsonPipeline(new PipelineOptions(DeidMode.MASK)),
            model -> new LazyJsonPipeline(new PipelineOptions(DeidMode.MASK, null, model)),
            new LazyJsonPipeline(new PipelineOptions(DeidMode.MASK).withRulesOnly())));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(new CleanErrors());
    return cli;
  }
}
