package org.onconlp.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CASException;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCopier;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.TypeSystemUtil;
import org.onconlp.types.DocumentMetadata;
import org.onconlp.types.Views;
import org.xml.sax.SAXException;

/**
 * Writes one UIMA XMI file per document into a folder, named {@code <safe id>.xmi} (see {@link
 * #fileName(String)}), plus the type system as {@value #TYPE_SYSTEM_FILE} beside them, written once
 * from the first document's CAS, so the folder imports into INCEpTION as is.
 *
 * <p>By default ({@link Content#DEID}) a file holds only the de-identified view, copied into the
 * initial view (the one INCEpTION shows), so no original text leaves the pipeline; {@link
 * Content#ALL_VIEWS} writes the whole CAS, original text and {@code Phi} annotations included, for
 * de-identification review inside a secure area. Each file is written to a temporary name and moved
 * into place, so a reader never sees half a file. Thread-safe for different documents.
 */
public final class XmiWriter {
  /** Name of the type system file written beside the XMI files. */
  public static final String TYPE_SYSTEM_FILE = "TypeSystem.xml";

  /** What a file holds. */
  public enum Content {
    /** The de-identified view only, as the initial view. */
    DEID,
    /** Every view of the CAS, the original text included. */
    ALL_VIEWS
  }

  private static final int MAX_NAME = 120;

  private final Path folder;
  private final Content content;
  private final Object typeSystemLock = new Object();
  private volatile boolean typeSystemWritten;

  /** A writer of de-identified views into {@code folder}, created if missing. */
  public XmiWriter(Path folder) throws IOException {
    this(folder, Content.DEID);
  }

  /** A writer of {@code content} into {@code folder}, created if missing. */
  public XmiWriter(Path folder, Content content) throws IOException {
    this.folder = Files.createDirectories(folder);
    this.content = content;
  }

  /**
   * Writes one document.
   *
   * @param jcas any view of the document's CAS
   * @return the file written
   * @throws IllegalArgumentException when the document has no id, or no DEID view in {@link
   *     Content#DEID} mode
   */
  public Path write(JCas jcas) throws IOException {
    CAS cas = jcas.getCas();
    writeTypeSystemOnce(cas);
    DocumentMetadata meta = metadata(cas, Views.DEID);
    if (meta == null) {
      meta = metadata(cas, Views.ORIGINAL);
    }
    if (meta == null || meta.getDocumentId() == null || meta.getDocumentId().isBlank()) {
      throw new IllegalArgumentException("The document has no DocumentMetadata id");
    }
    CAS toWrite = content == Content.ALL_VIEWS ? cas : deidOnly(cas, meta);
    Path target = folder.resolve(fileName(meta.getDocumentId()) + ".xmi");
    Path temp = Files.createTempFile(folder, ".xmi-", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        XmiCasSerializer.serialize(toWrite, out);
      } catch (SAXException e) {
        throw new IOException("XMI serialisation failed", e);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    return target;
  }

  /**
   * A file-system-safe name for an id: ASCII letters, digits, {@code .}, {@code _} and {@code -}
   * are kept, anything else becomes {@code _}, a leading dot too; when that changed the id or it is
   * longer than 120 chars, the first 8 hex digits of the id's SHA-256 are appended so two ids never
   * share a file ({@code 2021/CR-1} and {@code 2021_CR-1}).
   */
  public static String fileName(String id) {
    StringBuilder sb = new StringBuilder(id.length());
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean safe =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '-'
              || (c == '.' && i > 0);
      sb.append(safe ? c : '_');
    }
    String name = sb.toString();
    if (name.equals(id) && name.length() <= MAX_NAME && !name.isEmpty()) {
      return name;
    }
    String shortName = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    return shortName + "-" + hash(id);
  }

  private static String hash(String id) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
    }
  }

  private void writeTypeSystemOnce(CAS cas) throws IOException {
    if (typeSystemWritten) {
      return;
    }
    synchronized (typeSystemLock) {
      if (typeSystemWritten) {
        return;
      }
      TypeSystemDescription description =
          TypeSystemUtil.typeSystem2TypeSystemDescription(cas.getTypeSystem());
      Path temp = Files.createTempFile(folder, ".typesystem-", ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(temp)) {
          description.toXML(out);
        } catch (SAXException e) {
          throw new IOException("Type system serialisation failed", e);
        }
        Files.move(
            temp,
            folder.resolve(TYPE_SYSTEM_FILE),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
      typeSystemWritten = true;
    }
  }

  /** A new CAS whose initial view is a copy of the DEID view (with its metadata). */
  private static CAS deidOnly(CAS cas, DocumentMetadata meta) {
    CAS deid;
    try {
      deid = cas.getView(Views.DEID);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "The document has no de-identified view '" + Views.DEID + "'", e);
    }
    CAS copy;
    try {
      copy = CasCreationUtils.createCas(cas.getTypeSystem(), null, null, null);
    } catch (ResourceInitializationException e) {
      throw new IllegalStateException("Cannot create a CAS of the document's type system", e);
    }
    new CasCopier(cas, copy).copyCasView(deid, copy, true);
    if (meta.getView().getViewName().equals(Views.ORIGINAL)) {
      try {
        DocumentMetadata added = new DocumentMetadata(copy.getJCas(), 0, 0);
        added.setDocumentId(meta.getDocumentId());
        added.setPatientId(meta.getPatientId());
        added.setDocumentType(meta.getDocumentType());
        added.setDocumentDate(meta.getDocumentDate());
        added.setSourcePosition(meta.getSourcePosition());
        added.addToIndexes();
      } catch (CASException e) {
        throw new IllegalStateException("The copy has no JCas", e);
      }
    }
    return copy;
  }

  private static DocumentMetadata metadata(CAS cas, String viewName) {
    JCas view;
    try {
      view = cas.getView(viewName).getJCas();
    } catch (CASException | RuntimeException e) {
      return null;
    }
    for (DocumentMetadata meta : JCasUtil.select(view, DocumentMetadata.class)) {
      return meta;
    }
    return null;
  }
}
