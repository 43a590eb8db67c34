package org.onconlp.deid.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.stream.Stream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;

/**
 * Trains the project's OpenNLP name finder for PHI from a BRAT folder ({@code onconlp train
 * deid}): each sequence of {@link NameFinderContext} (a window of a line around possible names,
 * with the lexicon and rule evidence of each token as additional context, computed as at run
 * time) is one sample; a token belongs to a gold span when it lies inside it. Only the
 * categories rules find least reliably are learnt (NOM, PRENOM, VILLE, HOPITAL, ADRESSE).
 * Features: the French feature descriptor {@code deid-features.xml} (token, token class,
 * prefixes and suffixes, a ±2 window, previous outcome, bigrams, sequence start) and OpenNLP's
 * ±8 window over the additional context; half of the rule spans are hidden from training
 * contexts (see RULE_DROPOUT). GIS with a fixed number of iterations on one thread, beam 1,
 * samples in a fixed order (the folders in the order given, each folder's reports in file-name
 * order): the same folders in the same order give the same model.
 */
public final class NameFinderTraining {
  /** Categories the model learns. */
  public static final Set<String> CATEGORIES = Set.of("NOM", "PRENOM", "VILLE", "HOPITAL", "ADRESSE");

  /** Classpath location of the feature generator descriptor. */
  public static final String FEATURES = "/org/onconlp/deid/deid-features.xml";

  private static final int ITERATIONS = 150;
  private static final int CUTOFF = 1;

  /**
   * Greedy decoding: a wider beam did not find more names on the hand-written dev reports and
   * costs about as many evaluations more (eval/deid/README.md, "Lexicon and rule evidence").
   */
  private static final int BEAM_SIZE = 1;

  /**
   * Share of the rule finders' spans hidden from the additional context of each training report.
   * The rules were tuned on the training reports and find nearly all their names there, so a
   * model shown every rule span learns to copy the rules and adds nothing where they miss;
   * hiding half of them makes it learn names from the lexicons and the words around them too.
   */
  private static final double RULE_DROPOUT = 0.5;

  private static final long DROPOUT_SEED = 42;

  /**
   * Whether a rule span is hidden from the training context: a pseudo-random draw seeded by the
   * span and its report, so the same reports always hide the same spans, whatever the order.
   */
  private static boolean hidden(String text, PhiSpan span) {
    long seed = DROPOUT_SEED ^ ((long) text.hashCode() << 32) ^ (span.begin() * 31L + span.end());
    return new SplittableRandom(seed).nextDouble() < RULE_DROPOUT;
  }

  private final NameFinderContext context;

  /** A trainer with the default lexicons. */
  public NameFinderTraining() {
    this(new PhiLexicons());
  }

  /** A trainer over the given lexicons (those of the pipeline the model will run in). */
  public NameFinderTraining(PhiLexicons lexicons) {
    this.context = new NameFinderContext(lexicons);
  }

  /** One gold span of a BRAT file. */
  private record Gold(String label, int begin, int end) {}

  /** The training samples of a BRAT folder (every {@code .txt} with its {@code .ann}), sorted by file name. */
  public List<NameSample> samples(Path folder) throws IOException {
    List<Path> texts;
    try (Stream<Path> files = Files.list(folder)) {
      texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    List<NameSample> out = new ArrayList<>();
    for (Path txt : texts) {
      String text = Files.readString(txt, StandardCharsets.UTF_8);
      Path ann = txt.resolveSibling(txt.getFileName().toString().replaceFirst("\\.txt$", ".ann"));
      List<Gold> gold = Files.exists(ann) ? readAnn(ann) : List.of();
      out.addAll(samples(text, gold));
    }
    return out;
  }

  private static List<Gold> readAnn(Path ann) throws IOException {
    List<Gold> gold = new ArrayList<>();
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length < 2 || !f[0].startsWith("T")) {
        continue;
      }
      String[] m = f[1].split(" ");
      if (CATEGORIES.contains(m[0])) {
        gold.add(new Gold(m[0], Integer.parseInt(m[1]), Integer.parseInt(m[m.length - 1])));
      }
    }
    return gold;
  }

  /**
   * The samples of one report: one per line, with the additional context of {@link
   * NameFinderContext} computed from the rule finders' candidates on the whole report.
   */
  private List<NameSample> samples(String text, List<Gold> gold) {
    List<NameSample> out = new ArrayList<>();
    List<PhiSpan> rules = new ArrayList<>(context.ruleSpans(text));
    rules.removeIf(r -> hidden(text, r));
    for (NameFinderContext.Line line : context.lines(text, rules)) {
      int n = line.words().length;
      String[] labels = new String[n];
      for (int i = 0; i < n; i++) {
        for (int g = 0; g < gold.size(); g++) {
          Gold s = gold.get(g);
          if (line.begin()[i] >= s.begin() && line.end()[i] <= s.end()) {
            labels[i] = s.label() + "#" + g;
          }
        }
      }
      List<Span> names = new ArrayList<>();
      int i = 0;
      while (i < n) {
        if (labels[i] == null) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < n && labels[i].equals(labels[j])) {
          j++;
        }
        names.add(new Span(i, j, labels[i].substring(0, labels[i].indexOf('#'))));
        i = j;
      }
      out.add(new NameSample(line.words(), names.toArray(Span[]::new), line.context(), line.first()));
    }
    return out;
  }

  /**
   * The training samples of several BRAT folders: the folders in the order given, each in
   * file-name order (see {@link #samples(Path)}).
   */
  public List<NameSample> samples(List<Path> folders) throws IOException {
    List<NameSample> out = new ArrayList<>();
    for (Path folder : folders) {
      out.addAll(samples(folder));
    }
    return out;
  }

  /** Trains a model on the samples of a BRAT folder. */
  public TokenNameFinderModel train(Path folder) throws IOException {
    return train(List.of(folder));
  }

  /** Trains a model on the samples of several BRAT folders, in the order given. */
  public TokenNameFinderModel train(List<Path> folders) throws IOException {
    List<NameSample> samples = samples(folders);
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put(BeamSearch.BEAM_SIZE_PARAMETER, BEAM_SIZE);
    byte[] features;
    try (InputStream in = NameFinderTraining.class.getResourceAsStream(FEATURES)) {
      if (in == null) {
        throw new IOException("Missing feature descriptor " + FEATURES);
      }
      features = in.readAllBytes();
    }
    TokenNameFinderFactory factory =
        TokenNameFinderFactory.create(null, features, Collections.<String, Object>emptyMap(), new opennlp.tools.namefind.BioCodec());
    return NameFinderME.train("fr", null, ObjectStreamUtils.createObjectStream(samples), params, factory);
  }

  /** Trains on one folder and writes a model file. */
  public void trainTo(Path corpus, Path model) throws IOException {
    trainTo(List.of(corpus), model);
  }

  /** Trains on several folders (in the order given) and writes a model file. */
  public void trainTo(List<Path> corpora, Path model) throws IOException {
    TokenNameFinderModel m = train(corpora);
    Path parent = model.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    m.serialize(bytes);
    try (OutputStream out = Files.newOutputStream(model)) {
      bytes.writeTo(out);
    }
  }
}
