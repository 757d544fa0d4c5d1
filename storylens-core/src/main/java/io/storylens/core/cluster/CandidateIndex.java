// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An inverted index from term id to the clusters (events or storylines, by index) whose centroids
 * rank that term highly. Postings are appended as clusters are created or change, so the newest are
 * at the end; a lookup reads only the newest {@code scan} postings of each query term, which bounds
 * its cost however large the store grows, and favours recently active clusters. Stale postings (for
 * clusters merged away) are filtered by the caller.
 */
final class CandidateIndex {
  // Term ids are dense, so postings are arrays indexed by term id (no boxing per term).
  private int[][] postings = new int[1024][];
  private int[] lengths = new int[1024];

  void add(int term, int cluster) {
    if (term >= postings.length) {
      int size = Math.max(term + 1, postings.length * 2);
      postings = Arrays.copyOf(postings, size);
      lengths = Arrays.copyOf(lengths, size);
    }
    int[] list = postings[term];
    int len = lengths[term];
    if (list == null) {
      list = new int[2];
    } else if (len > 0 && list[len - 1] == cluster) {
      return;
    } else if (len == list.length) {
      list = Arrays.copyOf(list, len * 2);
    }
    list[len] = cluster;
    postings[term] = list;
    lengths[term] = len + 1;
  }

  /**
   * Clusters sharing the query terms, best first: scored by the summed idf of the shared terms,
   * ties broken by the lower cluster index; at most {@code limit}.
   */
  List<Integer> lookup(int[] queryTerms, SparseVector.Idf idf, int scan, int limit) {
    Map<Integer, Double> score = new HashMap<>();
    for (int t : queryTerms) {
      if (t >= postings.length || postings[t] == null) {
        continue;
      }
      int[] list = postings[t];
      int len = lengths[t];
      double w = idf.of(t);
      for (int k = len - 1; k >= Math.max(0, len - scan); k--) {
        score.merge(list[k], w, Double::sum);
      }
    }
    List<Integer> out = new ArrayList<>(score.keySet());
    out.sort(
        (a, b) -> {
          int c = Double.compare(score.get(b), score.get(a));
          return c != 0 ? c : Integer.compare(a, b);
        });
    return out.size() > limit ? out.subList(0, limit) : out;
  }
}
