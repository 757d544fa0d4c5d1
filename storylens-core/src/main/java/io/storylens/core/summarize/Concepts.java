// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The concepts of a sentence pool: stemmed word bigrams (not both stop words), interned as ints,
 * with the number of independent sources and of sentences that contain each, and whether it
 * contains a query term. Arrays rather than maps: the summarizer scores tens of thousands of
 * sentences for a storyline of 1,000 articles.
 */
final class Concepts {
  private final int[][] bySentence;
  private final int[] sources;
  private final int[] frequency;
  private final boolean[] queried;

  private Concepts(int[][] bySentence, int[] sources, int[] frequency, boolean[] queried) {
    this.bySentence = bySentence;
    this.sources = sources;
    this.frequency = frequency;
    this.queried = queried;
  }

  static Concepts of(SentencePool pool, String query) {
    Terms terms = new Terms();
    Set<String> stop = SentencePool.stopStems(terms);
    Set<String> queryTerms = QueryTerms.of(query, terms, stop);
    Map<String, Integer> ids = new HashMap<>();
    List<Boolean> queried = new ArrayList<>();
    int n = pool.candidates.size();
    int[][] bySentence = new int[n][];
    for (Candidate c : pool.candidates) {
      List<String> t = c.terms();
      int[] out = new int[Math.max(0, t.size() - 1)];
      int k = 0;
      for (int i = 0; i + 1 < t.size(); i++) {
        String a = t.get(i);
        String b = t.get(i + 1);
        if (stop.contains(a) && stop.contains(b)) {
          continue;
        }
        Integer id = ids.get(a + ' ' + b);
        if (id == null) {
          id = ids.size();
          ids.put(a + ' ' + b, id);
          queried.add(queryTerms.contains(a) || queryTerms.contains(b));
        }
        out[k++] = id;
      }
      bySentence[c.index()] = Arrays.stream(out, 0, k).distinct().toArray();
    }
    int size = ids.size();
    int[] frequency = new int[size];
    int[] sources = new int[size];
    int[] lastGroup = new int[size];
    Arrays.fill(lastGroup, -1);
    // visit sentences group by group, so each concept counts each source group once
    Map<String, Integer> groupIds = new HashMap<>();
    List<Candidate> byGroup = new ArrayList<>(pool.candidates);
    byGroup.sort(Comparator.comparing(Candidate::group).thenComparingInt(Candidate::index));
    for (Candidate c : byGroup) {
      int g = groupIds.computeIfAbsent(c.group(), x -> groupIds.size());
      for (int id : bySentence[c.index()]) {
        frequency[id]++;
        if (lastGroup[id] != g) {
          lastGroup[id] = g;
          sources[id]++;
        }
      }
    }
    boolean[] q = new boolean[size];
    for (int i = 0; i < size; i++) {
      q[i] = queried.get(i);
    }
    return new Concepts(bySentence, sources, frequency, q);
  }

  int size() {
    return sources.length;
  }

  /** Concept ids of sentence {@code index}, distinct. */
  int[] of(int index) {
    return bySentence[index];
  }

  int sources(int id) {
    return sources[id];
  }

  int frequency(int id) {
    return frequency[id];
  }

  boolean queried(int id) {
    return queried[id];
  }
}
