// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import java.util.Arrays;
import java.util.List;

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
    // Scores accumulate in reusable arrays indexed by cluster (cluster indexes are dense): a boxed
    // map here was a large share of each assignment. The index is used under the clusterer's lock.
    stamp++;
    int n = 0;
    for (int t : queryTerms) {
      if (t >= postings.length || postings[t] == null) {
        continue;
      }
      int[] list = postings[t];
      int len = lengths[t];
      double w = idf.of(t);
      for (int k = len - 1; k >= Math.max(0, len - scan); k--) {
        int c = list[k];
        if (c >= score.length) {
          int size = Math.max(c + 1, score.length * 2);
          score = Arrays.copyOf(score, size);
          seen = Arrays.copyOf(seen, size);
        }
        if (seen[c] != stamp) {
          seen[c] = stamp;
          score[c] = 0;
          if (n == touched.length) {
            touched = Arrays.copyOf(touched, Math.max(16, n * 2));
          }
          touched[n++] = c;
        }
        score[c] += w;
      }
    }
    // The best `limit` by (score desc, index asc), through a bounded heap whose root is the worst.
    int[] heap = new int[Math.min(limit, n)];
    int size = 0;
    for (int i = 0; i < n; i++) {
      int c = touched[i];
      if (size < heap.length) {
        heap[size] = c;
        siftUp(heap, size++);
      } else if (size > 0 && better(c, heap[0])) {
        heap[0] = c;
        siftDown(heap, size);
      }
    }
    Integer[] out = new Integer[size];
    for (int i = 0; i < size; i++) {
      out[i] = heap[i];
    }
    Arrays.sort(out, (a, b) -> better(a, b) ? -1 : better(b, a) ? 1 : 0);
    return Arrays.asList(out);
  }

  private double[] score = new double[1024];
  private int[] seen = new int[1024];
  private int[] touched = new int[256];
  private int stamp;

  private boolean better(int a, int b) {
    return score[a] > score[b] || (score[a] == score[b] && a < b);
  }

  /** Min-heap on "better": the root is the worst kept cluster. */
  private void siftUp(int[] h, int i) {
    while (i > 0) {
      int p = (i - 1) >>> 1;
      if (!better(h[p], h[i])) {
        return;
      }
      int t = h[p];
      h[p] = h[i];
      h[i] = t;
      i = p;
    }
  }

  private void siftDown(int[] h, int size) {
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      int r = l + 1;
      int worst = i;
      if (l < size && better(h[worst], h[l])) {
        worst = l;
      }
      if (r < size && better(h[worst], h[r])) {
        worst = r;
      }
      if (worst == i) {
        return;
      }
      int t = h[worst];
      h[worst] = h[i];
      h[i] = t;
      i = worst;
    }
  }
}
