package org.onconlp.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.onconlp.index.IndexSchema;

/**
 * Per-reader tables built once when a searcher opens: the patient ordinal of every live report
 * (from the sorted doc values of {@link IndexSchema#PATIENT}, ordinals in patient-id order), each
 * report's date, and each patient's reports (compressed rows). They turn a set of matching
 * reports into a set of patients in one pass. Immutable once built.
 */
final class PatientIndex {
  /** Marks a report without a date. */
  static final long NO_DATE = Long.MIN_VALUE;

  final int maxDoc;
  final int[] patientOf;
  final long[] dateOf;
  final String[] patientIds;
  final int[] docStart;
  final int[] docs;
  final FixedBitSet allPatients;
  final FixedBitSet liveDocs;

  PatientIndex(IndexReader reader) throws IOException {
    maxDoc = reader.maxDoc();
    patientOf = new int[maxDoc];
    java.util.Arrays.fill(patientOf, -1);
    dateOf = new long[maxDoc];
    java.util.Arrays.fill(dateOf, NO_DATE);
    Bits live = MultiBits.getLiveDocs(reader);
    liveDocs = new FixedBitSet(Math.max(1, maxDoc));
    SortedDocValues patients = MultiDocValues.getSortedValues(reader, IndexSchema.PATIENT);
    int count = patients == null ? 0 : patients.getValueCount();
    patientIds = new String[count];
    allPatients = new FixedBitSet(Math.max(1, count));
    int[] perPatient = new int[count + 1];
    if (patients != null) {
      for (int d = patients.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = patients.nextDoc()) {
        if (live == null || live.get(d)) {
          int ord = patients.ordValue();
          patientOf[d] = ord;
          liveDocs.set(d);
          allPatients.set(ord);
          perPatient[ord + 1]++;
        }
      }
      for (int ord = 0; ord < count; ord++) {
        patientIds[ord] = patients.lookupOrd(ord).utf8ToString();
      }
    }
    NumericDocValues dates = MultiDocValues.getNumericValues(reader, IndexSchema.DATE);
    if (dates != null) {
      for (int d = dates.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dates.nextDoc()) {
        dateOf[d] = dates.longValue();
      }
    }
    docStart = new int[count + 1];
    for (int ord = 0; ord < count; ord++) {
      docStart[ord + 1] = docStart[ord] + perPatient[ord + 1];
    }
    docs = new int[docStart[count]];
    int[] fill = java.util.Arrays.copyOf(docStart, count);
    for (int d = 0; d < maxDoc; d++) {
      int ord = patientOf[d];
      if (ord >= 0) {
        docs[fill[ord]++] = d;
      }
    }
  }

  /** Number of patient ordinals (some may have no live report). */
  int patientCount() {
    return patientIds.length;
  }

  /** The patients of a set of reports. */
  FixedBitSet patientsOf(FixedBitSet reports) {
    FixedBitSet out = new FixedBitSet(Math.max(1, patientIds.length));
    for (int d = reports.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS; d = next(reports, d)) {
      int ord = patientOf[d];
      if (ord >= 0) {
        out.set(ord);
      }
    }
    return out;
  }

  /** Keeps only the reports of the given patients (in place). */
  void restrict(FixedBitSet reports, FixedBitSet patients) {
    for (int d = reports.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS; d = next(reports, d)) {
      int ord = patientOf[d];
      if (ord < 0 || !patients.get(ord)) {
        reports.clear(d);
      }
    }
  }

  /** Every report of the given patients. */
  FixedBitSet reportsOf(FixedBitSet patients) {
    FixedBitSet out = new FixedBitSet(Math.max(1, maxDoc));
    for (int p = patients.nextSetBit(0); p != DocIdSetIterator.NO_MORE_DOCS; p = next(patients, p)) {
      for (int i = docStart[p]; i < docStart[p + 1]; i++) {
        out.set(docs[i]);
      }
    }
    return out;
  }

  static int next(FixedBitSet bits, int current) {
    return current + 1 >= bits.length() ? DocIdSetIterator.NO_MORE_DOCS : bits.nextSetBit(current + 1);
  }
}
