/**
 * Reading reports into the pipeline and writing its results.
 *
 * <p>Readers ({@link org.onconlp.io.RecordSources#open}): {@link org.onconlp.io.TextFolderSource}
 * (a folder of {@code .txt} files with an optional {@code metadata.csv}), {@link
 * org.onconlp.io.JsonLinesSource} and {@link org.onconlp.io.CsvSource}. Each streams its input and
 * yields exactly one {@link org.onconlp.io.Record} or {@link org.onconlp.io.Reject} per input
 * position, so read = accepted + rejected always reconciles. Blank lines of JSON Lines and CSV
 * files are layout, not positions, and are skipped. All readers decode with {@link
 * org.onconlp.io.TextDecoder} (UTF-8, Windows-1252 for the bytes that are not UTF-8) and validate
 * with {@link org.onconlp.io.RecordValidator}; what they notice on accepted records (Windows-1252
 * decoding, a dropped date, an unknown type mapped to {@code other}) goes to the {@link
 * org.onconlp.io.ReadNoteListener} of the {@link org.onconlp.io.ReaderOptions}. Reject reasons and
 * notes never carry record content.
 *
 * <p>Writers: {@link org.onconlp.io.ContractJsonWriter} (the output contract, schema {@code
 * onconlp-output.schema.json} in this package's resources), {@link org.onconlp.io.JsonLinesWriter},
 * {@link org.onconlp.io.RejectsWriter} and {@link org.onconlp.io.XmiWriter} (INCEpTION-ready XMI
 * with {@code TypeSystem.xml}).
 */
package org.onconlp.io;
