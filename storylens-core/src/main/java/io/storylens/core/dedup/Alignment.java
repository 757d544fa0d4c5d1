// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Monotonic sentence alignment: the in-order matching of sentences of two articles that maximizes
 * the summed paraphrase probability, over pairs above the classifier threshold (dynamic
 * programming, like a weighted longest common subsequence). Hand-written: a few lines of DP.
 */
final class Alignment {
  /** Sentences beyond this many are not aligned (keeps huge articles at bounded cost). */
  static final int MAX_SENTENCES = 400;

  private Alignment() {}

  /** One aligned pair: sentence {@code a} of the first article with {@code b} of the second. */
  record Pair(int a, int b, double probability, boolean quotation) {}

  static List<Pair> align(
      List<SentenceSimilarity.Prepared> a,
      List<SentenceSimilarity.Prepared> b,
      double[] quotedA,
      double[] quotedB,
      SentenceSimilarity sim,
      double minProbability) {
    int n = Math.min(a.size(), MAX_SENTENCES);
    int m = Math.min(b.size(), MAX_SENTENCES);
    if (n == 0 || m == 0) {
      return List.of();
    }
    // Candidate pairs share at least two content stems; others cannot be paraphrases.
    Map<String, List<Integer>> inB = new HashMap<>();
    for (int j = 0; j < m; j++) {
      for (String s : b.get(j).contentStems) {
        inB.computeIfAbsent(s, k -> new ArrayList<>()).add(j);
      }
    }
    double[][] score = new double[n][];
    for (int i = 0; i < n; i++) {
      int[] shared = new int[m];
      for (String s : a.get(i).contentStems) {
        for (int j : inB.getOrDefault(s, List.of())) {
          shared[j]++;
        }
      }
      for (int j = 0; j < m; j++) {
        if (shared[j] >= 2) {
          double p = sim.probability(a.get(i), b.get(j));
          if (p >= minProbability) {
            if (score[i] == null) {
              score[i] = new double[m];
            }
            score[i][j] = p;
          }
        }
      }
    }
    double[][] best = new double[n + 1][m + 1];
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        double s = score[i - 1] == null ? 0 : score[i - 1][j - 1];
        double take = s > 0 ? best[i - 1][j - 1] + s : 0;
        best[i][j] = Math.max(take, Math.max(best[i - 1][j], best[i][j - 1]));
      }
    }
    List<Pair> out = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 && j > 0) {
      double s = score[i - 1] == null ? 0 : score[i - 1][j - 1];
      if (s > 0 && best[i][j] == best[i - 1][j - 1] + s) {
        boolean quote = Math.max(quotedA[i - 1], quotedB[j - 1]) >= 0.5;
        out.add(new Pair(i - 1, j - 1, s, quote));
        i--;
        j--;
      } else if (best[i - 1][j] >= best[i][j - 1]) {
        i--;
      } else {
        j--;
      }
    }
    Collections.reverse(out);
    return out;
  }

  /**
   * Sentence pairs inside the gaps between aligned pairs that share at least {@code minShared}
   * content stems: split or merged sentences of a rewrite that the classifier alone misses.
   */
  static List<Pair> gapPairs(
      List<SentenceSimilarity.Prepared> a,
      List<SentenceSimilarity.Prepared> b,
      List<Pair> aligned,
      int minShared) {
    List<Pair> out = new ArrayList<>();
    int prevA = -1;
    int prevB = -1;
    int n = Math.min(a.size(), MAX_SENTENCES);
    int m = Math.min(b.size(), MAX_SENTENCES);
    List<Pair> anchors = new ArrayList<>(aligned);
    anchors.add(new Pair(n, m, 0, false));
    for (Pair anchor : anchors) {
      for (int i = prevA + 1; i < anchor.a(); i++) {
        for (int j = prevB + 1; j < anchor.b(); j++) {
          int shared = SortedSets.intersection(a.get(i).contentStems, b.get(j).contentStems);
          if (shared >= minShared) {
            out.add(new Pair(i, j, 0, false));
          }
        }
      }
      prevA = anchor.a();
      prevB = anchor.b();
    }
    return out;
  }
}
