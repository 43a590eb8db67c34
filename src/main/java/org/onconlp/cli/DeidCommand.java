package org.onconlp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.onconlp.deid.surrogate.ReidentificationTable;
import org.onconlp.io.Record;
import org.onconlp.pipeline.PipelineOptions;
import org.onconlp.pipeline.Pipelines;
import org.onconlp.pipeline.UimaDocumentProcessor;
import org.onconlp.types.DocumentMetadata;
import org.onconlp.types.Views;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code onconlp deid}: de-identification alone, for quick use. Plain text in, de-identified
 * text out; or JSON Lines in (fields {@code id}, {@code patientId}, {@code date}, {@code text},
 * optional {@code patientName}, {@code patientFirstName}, {@code birthDate}), JSON Lines out
 * with {@code id}, {@code patientId}, the de-identified {@code date} and {@code text}.
 */
@Command(
    name = "deid",
    mixinStandardHelpOptions = true,
    description = {
      "De-identifies French clinical text: realistic surrogates (default, needs a secret) or masks.",
      "Reads a text file, a JSON Lines file or standard input ('-')."
    })
final class DeidCommand implements Callable<Integer> {
  /** Input formats. */
  enum InputFormat {
    txt,
    jsonl
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--input", required = true, description = "Input file, or - for standard input.")
  String input;

  @Option(names = "--output", description = "Output file (default: standard output).")
  Path output;

  @Option(
      names = "--format",
      description = "Input format: ${COMPLETION-CANDIDATES} (default: jsonl for *.jsonl, else txt).")
  InputFormat format;

  @Option(
      names = "--mapping",
      description = "Also write the re-identification table (TSV) to this file; authorised staff only.")
  Path mapping;

  @Mixin PipelineMixin pipeline;

  @Override
  public Integer call()
      throws IOException, ResourceInitializationException, AnalysisEngineProcessException,
          CASException {
    PipelineOptions options = pipeline.options();
    InputFormat fmt = format != null ? format : input.endsWith(".jsonl") ? InputFormat.jsonl : InputFormat.txt;
    if (!input.equals("-") && !Files.isReadable(Path.of(input))) {
      throw new java.nio.file.NoSuchFileException(input);
    }
    UimaDocumentProcessor processor =
        new UimaDocumentProcessor(
            UIMAFramework.produceAnalysisEngine(Pipelines.deidentification(options)), null, null);
    try (BufferedReader in = reader();
        Writer out = writer();
        ReidentificationTable table = mapping == null ? null : new ReidentificationTable(mapping)) {
      if (fmt == InputFormat.txt) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
          text.append(buffer, 0, n);
        }
        String id = input.equals("-") ? "stdin" : Path.of(input).getFileName().toString();
        JCas jcas = processor.run(new Record(id, null, null, null, text.toString(), id));
        out.write(jcas.getView(Views.DEID).getDocumentText());
        if (table != null) {
          table.write(jcas);
        }
      } else {
        Iterator<String> lines = in.lines().iterator();
        int lineNumber = 0;
        while (lines.hasNext()) {
          String line = lines.next();
          lineNumber++;
          if (line.isBlank()) {
            continue;
          }
          JsonNode node;
          try {
            node = JSON.readTree(line);
          } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // Jackson's message quotes the input: report the line number only.
            throw new IllegalArgumentException("line " + lineNumber + ": not a JSON object");
          }
          if (!node.isObject()) {
            throw new IllegalArgumentException("line " + lineNumber + ": not a JSON object");
          }
          Map<String, String> attributes = new HashMap<>();
          node.fields().forEachRemaining(e -> {
            if (e.getValue().isTextual()) {
              attributes.put(e.getKey(), e.getValue().asText());
            }
          });
          String id = attributes.getOrDefault("id", "line-" + lineNumber);
          String text = attributes.getOrDefault("text", "");
          JCas jcas =
              processor.run(
                  new Record(id, attributes.get("patientId"), attributes.get("type"), attributes.get("date"),
                      text, "line " + lineNumber, attributes));
          JCas deid = jcas.getView(Views.DEID);
          ObjectNode o = JSON.createObjectNode();
          o.put("id", id);
          if (attributes.get("patientId") != null) {
            o.put("patientId", attributes.get("patientId"));
          }
          DocumentMetadata meta = org.apache.uima.fit.util.JCasUtil.select(deid, DocumentMetadata.class).stream().findFirst().orElse(null);
          if (meta != null && meta.getDocumentDate() != null) {
            o.put("date", meta.getDocumentDate());
          }
          o.put("text", deid.getDocumentText());
          out.write(JSON.writeValueAsString(o));
          out.write('\n');
          if (table != null) {
            table.write(jcas);
          }
        }
      }
    } finally {
      processor.close();
    }
    return 0;
  }

  private BufferedReader reader() throws IOException {
    return input.equals("-")
        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
  }

  private Writer writer() throws IOException {
    return output == null
        ? new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false)
        : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
  }
}
