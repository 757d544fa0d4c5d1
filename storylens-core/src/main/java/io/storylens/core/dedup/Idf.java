// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/**
 * Smoothed inverse document frequencies over stemmed words, counted on whatever collection is at
 * hand (the sentences of the articles being linked, or of the pair file being scored): no external
 * resource, so it adapts to any corpus.
 */
public final class Idf {
  private final Map<String, Integer> df;
  private final int docs;

  private Idf(Map<String, Integer> df, int docs) {
    this.df = df;
    this.docs = docs;
  }

  /** Counts document frequencies over {@code texts} (each text is one document). */
  public static Idf of(Collection<String> texts) {
    Map<String, Integer> df = new HashMap<>();
    for (String t : texts) {
      for (String w : new HashSet<>(SentenceSimilarity.stems(t))) {
        df.merge(w, 1, Integer::sum);
      }
    }
    return new Idf(df, texts.size());
  }

  /**
   * As {@link #of}, from each document's distinct stems already computed (callers that keep them
   * between runs skip re-tokenizing). Each collection must hold a stem at most once.
   */
  static Idf ofStemSets(Collection<? extends Collection<String>> stemSets) {
    Map<String, Integer> df = new HashMap<>();
    for (Collection<String> set : stemSets) {
      for (String w : set) {
        df.merge(w, 1, Integer::sum);
      }
    }
    return new Idf(df, stemSets.size());
  }

  /** An empty collection: every word gets the same weight. */
  public static Idf uniform() {
    return new Idf(Map.of(), 0);
  }

  /** {@code ln((N + 1) / (df + 1)) + 1}. */
  public double weight(String stem) {
    return Math.log((docs + 1.0) / (df.getOrDefault(stem, 0) + 1.0)) + 1.0;
  }
}
