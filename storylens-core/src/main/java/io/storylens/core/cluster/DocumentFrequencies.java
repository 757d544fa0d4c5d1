// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies of terms over the articles seen so far, maintained as articles arrive, so
 * that a term's weight reflects the stream it came from (no corpus is known in advance). Not
 * thread-safe.
 */
public final class DocumentFrequencies {
  private final Map<String, Integer> df = new HashMap<>();
  private int documents;

  /** Counts one document with terms {@code terms} (each once). */
  public void add(Collection<String> terms) {
    documents++;
    for (String t : terms) {
      df.merge(t, 1, Integer::sum);
    }
  }

  /** Smoothed inverse document frequency: {@code ln((n + 1) / (df + 1)) + 1}. */
  public double idf(String term) {
    return Math.log((documents + 1.0) / (df.getOrDefault(term, 0) + 1.0)) + 1;
  }

  /** Documents counted. */
  public int documents() {
    return documents;
  }
}
