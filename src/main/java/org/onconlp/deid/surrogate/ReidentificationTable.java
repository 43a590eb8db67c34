package org.onconlp.deid.surrogate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.onconlp.types.DocumentMetadata;
import org.onconlp.types.Phi;
import org.onconlp.types.Views;

/**
 * Writes the re-identification table ({@code --mapping FILE}) for authorised staff: one
 * tab-separated line per replaced span, {@code documentId, category, original, surrogate},
 * after a header line. Kept apart from the output, and never logged: it holds every original
 * value. Tabs and line breaks inside values are written as {@code \t}, {@code \n}, {@code \r},
 * and a backslash as {@code \\}. Thread-safe (one synchronized writer).
 */
public final class ReidentificationTable implements Closeable {
  private final BufferedWriter out;

  /** Creates (or truncates) the table file and writes its header. */
  public ReidentificationTable(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    out.write("documentId\tcategory\toriginal\tsurrogate\n");
  }

  /** Appends the replaced spans of a processed CAS (original view Phi with a surrogate). */
  public void write(JCas jcas) throws IOException {
    JCas original;
    try {
      original = jcas.getView(Views.ORIGINAL);
    } catch (CASException e) {
      throw new IOException("No original view", e);
    }
    DocumentMetadata meta = JCasUtil.select(original, DocumentMetadata.class).stream().findFirst().orElse(null);
    String id = meta == null || meta.getDocumentId() == null ? "" : meta.getDocumentId();
    StringBuilder b = new StringBuilder();
    for (Phi phi : JCasUtil.select(original, Phi.class)) {
      if (phi.getSurrogate() == null) {
        continue;
      }
      b.append(escape(id)).append('\t').append(escape(phi.getCategory())).append('\t')
          .append(escape(phi.getCoveredText())).append('\t').append(escape(phi.getSurrogate())).append('\n');
    }
    synchronized (out) {
      out.write(b.toString());
    }
  }

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  @Override
  public void close() throws IOException {
    synchronized (out) {
      out.close();
    }
  }
}
