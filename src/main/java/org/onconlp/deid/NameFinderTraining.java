package org.onconlp.deid;

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
import java.util.Set;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.onconlp.text.FrenchTokenizer;
import org.onconlp.text.TextSpan;

/**
 * Trains the project's OpenNLP name finder for PHI from a BRAT folder ({@code onconlp train
 * deid}): each line of each report is one sample, tokenized with {@link FrenchTokenizer} (the
 * tokenizer used at run time); a token belongs to a gold span when it lies inside it. Only the
 * categories rules find least reliably are learnt (NOM, PRENOM, VILLE, HOPITAL, ADRESSE).
 * Features: the French feature descriptor {@code deid-features.xml} (token, token class,
 * prefixes and suffixes, a ±2 window, previous outcome, bigrams, line start). GIS with a fixed
 * number of iterations on one thread, samples in a fixed order (the folders in the order given,
 * each folder's reports in file-name order): the same folders in the same order give the same
 * model.
 */
public final class NameFinderTraining {
  /** Categories the model learns. */
  public static final Set<String> CATEGORIES = Set.of("NOM", "PRENOM", "VILLE", "HOPITAL", "ADRESSE");

  /** Classpath location of the feature generator descriptor. */
  public static final String FEATURES = "/org/onconlp/deid/deid-features.xml";

  private static final int ITERATIONS = 150;
  private static final int CUTOFF = 1;

  private final FrenchTokenizer tokenizer = new FrenchTokenizer();

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

  private List<NameSample> samples(String text, List<Gold> gold) {
    List<NameSample> out = new ArrayList<>();
    int lineStart = 0;
    boolean first = true;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      List<TextSpan> tokens = tokenizer.tokenize(text.substring(lineStart, lineEnd));
      if (!tokens.isEmpty()) {
        String[] words = new String[tokens.size()];
        String[] labels = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
          TextSpan t = tokens.get(i);
          words[i] = text.substring(lineStart + t.begin(), lineStart + t.end());
          for (int g = 0; g < gold.size(); g++) {
            Gold s = gold.get(g);
            if (lineStart + t.begin() >= s.begin() && lineStart + t.end() <= s.end()) {
              labels[i] = s.label() + "#" + g;
            }
          }
        }
        List<Span> names = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
          if (labels[i] == null) {
            i++;
            continue;
          }
          int j = i + 1;
          while (j < words.length && labels[i].equals(labels[j])) {
            j++;
          }
          names.add(new Span(i, j, labels[i].substring(0, labels[i].indexOf('#'))));
          i = j;
        }
        out.add(new NameSample(words, names.toArray(Span[]::new), first));
        first = false;
      }
      lineStart = lineEnd + 1;
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
