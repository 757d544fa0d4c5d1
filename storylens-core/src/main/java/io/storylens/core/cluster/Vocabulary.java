// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Term ids and document frequencies, maintained incrementally: each new document raises the
 * frequency of its distinct terms, so idf values drift as the corpus grows and every similarity is
 * computed with the current ones. Not thread-safe, except {@link #known}: the clusterer serializes
 * every other access.
 */
final class Vocabulary implements SparseVector.Idf {
  /** Concurrent so that feature threads can look up ids while the placing thread adds terms. */
  private final Map<String, Integer> ids = new ConcurrentHashMap<>(1 << 14);

  private final List<String> names = new ArrayList<>();
  private int[] df = new int[1024];
  private float[] logDf = new float[1024];
  private long docs;
  private double logDocs;

  /** The id of {@code term}, created on first use. */
  int id(String term) {
    int next = names.size();
    // One probe of the map whether the term is new or not: most terms reaching here are new.
    Integer id = ids.putIfAbsent(term, next);
    if (id != null) {
      return id;
    }
    names.add(term);
    if (next == df.length) {
      df = Arrays.copyOf(df, next * 2);
      logDf = Arrays.copyOf(logDf, next * 2);
    }
    return next;
  }

  /**
   * The id of {@code term}, or -1 when it has none yet; safe to call from any thread. An id never
   * changes once given, so a term found here has the id the placing thread would find.
   */
  int known(String term) {
    Integer id = ids.get(term);
    return id == null ? -1 : id;
  }

  String name(int id) {
    return names.get(id);
  }

  int size() {
    return names.size();
  }

  int df(int id) {
    return df[id];
  }

  long docs() {
    return docs;
  }

  /** Counts one document whose distinct terms are {@code terms}. */
  void addDocument(int[] terms) {
    docs++;
    logDocs = Math.log(1 + docs);
    for (int t : terms) {
      setDf(t, df[t] + 1);
    }
  }

  /** Restores a stored frequency. */
  void restore(String term, int frequency) {
    setDf(id(term), frequency);
  }

  /** Restores the stored document count. */
  void restoreDocuments(long documents) {
    docs = documents;
    logDocs = Math.log(1 + docs);
  }

  private void setDf(int t, int value) {
    df[t] = value;
    logDf[t] = (float) Math.log(1 + value);
  }

  /** Smoothed idf: ln((1 + N) / (1 + df)) + 1, so that no term weighs zero. */
  @Override
  public double of(int term) {
    return logDocs - logDf[term] + 1;
  }
}
