package org.onconlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.onconlp.io.Record;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code onconlp eval}: scores predictions (JSON Lines in the output contract) against a gold
 * corpus (BRAT folder, XMI folder or contract JSON Lines) and writes into the report folder {@code
 * scores.json} (numbers only), {@code documents.json} (per-document counts, for paired
 * comparisons), {@code errors.jsonl} (error cases without text) and {@code report.html} (error
 * analysis with text in context). Without {@code --pred}, the injected pipeline is run on the gold
 * texts; register the command with {@code new EvalCommand(pipeline)} (picocli's default factory
 * would build it without one; {@code new EvalCommand(pipeline, pipelineWithModel)} also accepts
 * {@code --deid-model}). Subcommands {@code compare} and {@code check} compare two score
 * files and check scores against regression floors.
 *
 * <p>With {@code --patient-context}, the predictions are completed from each patient's other
 * documents before scoring ({@link org.onconlp.patient.PatientTumourConsolidator}), patients taken
 * from the predictions' {@code patientId} or from a metadata CSV ({@code id,patientId,...}; by
 * default the gold folder's {@code metadata.csv}).
 *
 * <p>For CI, {@code onconlp eval --floors eval/floors.json --corpus sample --report DIR} evaluates
 * the corpus entry's {@code gold} (and {@code pred} when given, else runs the pipeline) and fails
 * when a score drops below its floor.
 *
 * <p>Exit codes: 0 done, 1 a score below its floor (with {@code --floors}), 2 bad usage or
 * unreadable input.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Evaluate predictions against an annotated corpus.",
    subcommands = {EvalCompareCommand.class, EvalCheckCommand.class})
public final class EvalCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec private CommandSpec spec;

  @Option(
      names = "--gold",
      paramLabel = "PATH",
      description = "Gold corpus: BRAT folder (.txt + .ann), XMI folder or file, or .jsonl.")
  private Path gold;

  @Option(
      names = "--pred",
      paramLabel = "OUT.jsonl",
      description =
          "Predictions (contract JSON Lines). Without it, the pipeline runs on the gold texts.")
  private Path pred;

  @Option(
      names = "--report",
      paramLabel = "DIR",
      description = "Output folder: scores.json, documents.json, errors.jsonl, report.html.")
  private Path report;

  @Option(
      names = "--save-pred",
      paramLabel = "FILE",
      description = "When the pipeline runs, also write its predictions as JSON Lines.")
  private Path savePred;

  @Option(
      names = "--bootstrap",
      defaultValue = "1000",
      paramLabel = "N",
      description = "Bootstrap resamples for the F1 intervals (default: ${DEFAULT-VALUE}).")
  private int iterations;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--xmi-layer",
      paramLabel = "TYPE=FEATURE",
      description = "XMI gold: read layer TYPE with its label in FEATURE (repeatable).")
  private Map<String, String> xmiLayers = Map.of();

  @Option(
      names = "--labels",
      split = ",",
      paramLabel = "LABEL",
      description =
          "Labels to score (default: all PHI categories if the gold has PHI, plus the"
              + " clinical labels the gold annotates).")
  private Set<String> labels;

  @Option(
      names = "--floors",
      paramLabel = "FILE",
      description =
          "After scoring, check the scores against this floors file (exit 1 if below). Without"
              + " --gold, the corpus entry's gold (and pred) paths are evaluated.")
  private Path floors;

  @Option(
      names = "--corpus",
      paramLabel = "NAME",
      description = "Corpus entry of the floors file (optional when it has only one).")
  private String corpus;

  @Option(
      names = "--patient-context",
      description =
          "Before scoring, complete each predicted tumour from the same patient's other documents"
              + " (as 'onconlp patient-context' does). Patients come from the predictions'"
              + " patientId, else from --metadata.")
  private boolean patientContext;

  @Option(
      names = "--metadata",
      paramLabel = "CSV",
      description =
          "CSV with columns id and patientId giving each document's patient (default: the gold"
              + " folder's metadata.csv when there is one).")
  private Path metadata;

  @Option(
      names = "--deid-model",
      paramLabel = "MODEL",
      description =
          "When the pipeline runs on the gold texts: use this OpenNLP name-finder model ('onconlp"
              + " train deid') instead of the one shipped with onconlp, as process and deid do.")
  private Path deidModel;

  @Option(
      names = "--no-deid-model",
      description =
          "When the pipeline runs on the gold texts: rule and lexicon PHI finders only, without"
              + " the name-finder model, as process and deid do.")
  private boolean rulesOnly;

  private Function<Record, JsonNode> pipeline;
  private Function<Path, Function<Record, JsonNode>> pipelineWithModel;
  private Function<Record, JsonNode> rulesOnlyPipeline;

  /** A command without pipeline: {@code --pred} is then required. */
  public EvalCommand() {}

  /**
   * @param pipeline turns an original record into its contract JSON, for gold-only runs
   */
  public EvalCommand(Function<Record, JsonNode> pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * @param pipeline turns an original record into its contract JSON, for gold-only runs
   * @param pipelineWithModel the same pipeline with another de-identification model ({@code
   *     --deid-model}), given the model file
   * @param rulesOnlyPipeline the same pipeline without de-identification model ({@code
   *     --no-deid-model})
   */
  public EvalCommand(
      Function<Record, JsonNode> pipeline,
      Function<Path, Function<Record, JsonNode>> pipelineWithModel,
      Function<Record, JsonNode> rulesOnlyPipeline) {
    this.pipeline = pipeline;
    this.pipelineWithModel = pipelineWithModel;
    this.rulesOnlyPipeline = rulesOnlyPipeline;
  }

  /** Sets the pipeline used when no {@code --pred} is given. */
  public void setPipeline(Function<Record, JsonNode> pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path goldPath = gold;
    Path predPath = pred;
    if (goldPath == null && floors != null) {
      try {
        JsonNode entry = FloorCheck.entry(ScoresJson.read(floors), corpus);
        goldPath = entry.hasNonNull("gold") ? Path.of(entry.get("gold").asText()) : null;
        predPath =
            predPath == null && entry.hasNonNull("pred")
                ? Path.of(entry.get("pred").asText())
                : predPath;
        patientContext = patientContext || entry.path("patientContext").asBoolean(false);
      } catch (IOException | IllegalArgumentException e) {
        err.println("eval: " + e.getMessage());
        return 2;
      }
    }
    if (goldPath == null || report == null) {
      err.println(
          "eval: --gold (or --floors naming the gold) and --report are required"
              + " (or use a subcommand: compare, check)");
      return 2;
    }
    if (predPath == null && pipeline == null) {
      err.println("eval: no --pred given and no pipeline available to run on the gold texts");
      return 2;
    }
    if (iterations < 1) {
      err.println("eval: --bootstrap must be positive");
      return 2;
    }
    Function<Record, JsonNode> run = pipeline;
    if (rulesOnly) {
      if (predPath != null || rulesOnlyPipeline == null || deidModel != null) {
        err.println("eval: --no-deid-model applies only when the pipeline runs, without --pred"
            + " and without --deid-model");
        return 2;
      }
      run = rulesOnlyPipeline;
    }
    if (deidModel != null) {
      if (predPath != null) {
        err.println("eval: --deid-model applies only when the pipeline runs (without --pred)");
        return 2;
      }
      if (pipelineWithModel == null) {
        err.println("eval: no pipeline available to run with --deid-model");
        return 2;
      }
      if (!Files.isReadable(deidModel)) {
        err.println("eval: cannot read the de-identification model " + deidModel);
        return 2;
      }
      run = pipelineWithModel.apply(deidModel);
    }
    Corpus goldCorpus;
    Corpus predCorpus;
    try {
      goldCorpus = new GoldReader(xmiLayers).read(goldPath);
      if (patientContext) {
        PatientContextPredictions context =
            new PatientContextPredictions(PatientContextPredictions.patients(metadataFile(goldPath)));
        predCorpus =
            predPath != null ? context.read(predPath) : context.convert(runPipeline(goldCorpus, run));
      } else {
        predCorpus =
            predPath != null
                ? ContractDocuments.readJsonLines(predPath, true)
                : PatientContextPredictions.plain(runPipeline(goldCorpus, run));
      }
    } catch (IOException e) {
      err.println("eval: " + e.getMessage());
      return 2;
    }
    EvalResult result = new Evaluator(iterations, seed, labels).evaluate(goldCorpus, predCorpus);
    Files.createDirectories(report);
    ScoresJson.write(result, report.resolve("scores.json"));
    DocumentCounts.write(result, report.resolve(DocumentCounts.FILE_NAME));
    ErrorsJson.write(result, report.resolve(ErrorsJson.FILE_NAME));
    HtmlReport.write(result, goldCorpus, report.resolve("report.html"));
    summary(out, result);
    if (floors != null) {
      return EvalCheckCommand.check(floors, corpus, ScoresJson.toJson(result), out, err);
    }
    return 0;
  }

  /** The metadata CSV: {@code --metadata}, else the gold folder's {@code metadata.csv} if any. */
  private Path metadataFile(Path goldPath) {
    if (metadata != null) {
      return metadata;
    }
    Path beside = goldPath.resolve("metadata.csv");
    return Files.isDirectory(goldPath) && Files.isRegularFile(beside) ? beside : null;
  }

  /** Runs the pipeline on the gold texts: the contract JSON of each document, with problems. */
  private PatientContextPredictions.Predictions runPipeline(
      Corpus goldCorpus, Function<Record, JsonNode> pipeline) throws IOException {
    List<JsonNode> docs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    BufferedWriter save =
        savePred == null ? null : Files.newBufferedWriter(savePred, StandardCharsets.UTF_8);
    try {
      for (EvalDocument g : goldCorpus.documents()) {
        JsonNode json;
        try {
          json = pipeline.apply(new Record(g.id(), null, null, null, g.text(), "gold:" + g.id()));
        } catch (RuntimeException e) {
          // One failing document is scored as missed; the message could quote the text, so
          // only the exception type is kept.
          problems.add(g.id() + ": the pipeline failed (" + e.getClass().getSimpleName() + ")");
          continue;
        }
        if (json == null) {
          problems.add(g.id() + ": the pipeline produced no output");
          continue;
        }
        docs.add(json);
        if (save != null) {
          save.write(JSON.writeValueAsString(json));
          save.newLine();
        }
      }
    } finally {
      if (save != null) {
        save.close();
      }
    }
    return new PatientContextPredictions.Predictions(docs, problems);
  }

  private void summary(PrintWriter out, EvalResult r) {
    Counts strict = ScoreTables.micro(r.counts().getOrDefault("strict", Map.of()));
    Counts lenient = ScoreTables.micro(r.counts().getOrDefault("lenient", Map.of()));
    out.printf(
        Locale.ROOT,
        "%d documents (%d without prediction): strict F1 %.3f, lenient F1 %.3f,"
            + " PHI character recall %.3f, leaks %d (high-risk %d)%n",
        r.goldDocuments(),
        r.missingPredictions(),
        strict.f1(),
        lenient.f1(),
        r.redaction().charRecall(),
        r.redaction().totalLeaks(),
        r.redaction().highRiskLeaks());
    if (!r.problems().isEmpty()) {
      out.printf(Locale.ROOT, "%d reading problems, listed in the report%n", r.problems().size());
    }
    out.println("report: " + report.resolve("report.html"));
    out.flush();
  }
}
