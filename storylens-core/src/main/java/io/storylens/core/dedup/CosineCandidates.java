// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pairs of unit vectors whose cosine may reach a threshold, found through an index instead of
 * by comparing all pairs (50 million at 10,000 articles): prefix filtering, as in Bayardo, Ma and
 * Srikant's All-Pairs. Terms are ranked rarest first (then by spelling); a vector's <em>prefix</em>
 * is its terms in rank order up to where the remaining ones (its <em>suffix</em>) weigh, as a norm,
 * less than the threshold. Only prefixes are indexed.
 *
 * <p>Why nothing at the threshold is missed: take two vectors x and y, x the one whose suffix
 * starts at the lower rank r. A term they share below rank r is in both prefixes; so the terms they
 * share outside the common prefix terms all rank at r or above, and by Cauchy–Schwarz add at most
 * |x's suffix| · |y's terms from rank r| to the dot product. The cosine is therefore at most the
 * dot product over common prefix terms (accumulated from the index) plus that product; a pair is
 * listed when this bound reaches the threshold. A pair with no common prefix term has a bound below
 * it.
 *
 * <p>Contract: {@link #of} returns a superset of the partners at or above the threshold (with a
 * small margin for rounding); callers compute the exact cosine. Vectors must have norm 1 (or be
 * empty). Not thread-safe.
 */
final class CosineCandidates {
  /** Slack for rounding: a bound counts as below the threshold only when clearly below it. */
  private static final double MARGIN = 1e-9;

  private final double threshold;

  /** Per vector, the ranks of its terms ascending, and the squared norm from each on. */
  private final List<int[]> ranks = new ArrayList<>();

  private final List<double[]> weights = new ArrayList<>();
  private final List<double[]> tailSquares = new ArrayList<>();

  /** Per vector, how many of its terms (the first, by rank) form its prefix. */
  private final int[] prefixLength;

  /** Per term rank, the vectors whose prefix holds it, and its weight in each. */
  private final Map<Integer, int[]> postings = new HashMap<>();

  private final Map<Integer, double[]> postingWeights = new HashMap<>();

  /** Per position, the probe that last reached it, and the dot product over prefixes so far. */
  private final int[] seen;

  private final double[] common;
  private int probes;

  /**
   * @param vectors unit vectors (term to weight), by position
   * @param threshold the cosine callers keep pairs from, in (0, 1]
   */
  CosineCandidates(List<Map<String, Double>> vectors, double threshold) {
    this.threshold = threshold;
    Map<String, Integer> df = new HashMap<>();
    for (Map<String, Double> v : vectors) {
      for (String term : v.keySet()) {
        df.merge(term, 1, Integer::sum);
      }
    }
    String[] byRank = df.keySet().toArray(new String[0]);
    Arrays.sort(
        byRank,
        Comparator.comparingInt((String t) -> df.get(t)).thenComparing(Comparator.naturalOrder()));
    Map<String, Integer> rankOf = new HashMap<>();
    for (int r = 0; r < byRank.length; r++) {
      rankOf.put(byRank[r], r);
    }
    double light = Math.pow(Math.max(0, threshold - MARGIN), 2);
    this.prefixLength = new int[vectors.size()];
    Map<Integer, Integer> sizes = new HashMap<>();
    for (int i = 0; i < vectors.size(); i++) {
      Map<String, Double> v = vectors.get(i);
      int[] r = v.keySet().stream().mapToInt(rankOf::get).sorted().toArray();
      double[] w = new double[r.length];
      double[] tail = new double[r.length + 1];
      for (int k = r.length - 1; k >= 0; k--) {
        w[k] = v.get(byRank[r[k]]);
        tail[k] = tail[k + 1] + w[k] * w[k];
      }
      // The prefix ends where the squared weight of the rest falls below the threshold's square.
      int end = r.length;
      while (end > 0 && tail[end - 1] < light) {
        end--;
      }
      ranks.add(r);
      weights.add(w);
      tailSquares.add(tail);
      prefixLength[i] = end;
      for (int k = 0; k < end; k++) {
        sizes.merge(r[k], 1, Integer::sum);
      }
    }
    sizes.forEach(
        (r, n) -> {
          postings.put(r, new int[n]);
          postingWeights.put(r, new double[n]);
        });
    Map<Integer, Integer> filled = new HashMap<>();
    for (int i = 0; i < vectors.size(); i++) {
      for (int k = 0; k < prefixLength[i]; k++) {
        int r = ranks.get(i)[k];
        int at = filled.merge(r, 1, Integer::sum) - 1;
        postings.get(r)[at] = i;
        postingWeights.get(r)[at] = weights.get(i)[k];
      }
    }
    this.seen = new int[vectors.size()];
    this.common = new double[vectors.size()];
  }

  /**
   * The positions other than {@code i} whose cosine with {@code i} may reach the threshold,
   * ascending.
   */
  int[] of(int i) {
    int stamp = ++probes;
    int[] out = new int[8];
    int n = 0;
    for (int k = 0; k < prefixLength[i]; k++) {
      double w = weights.get(i)[k];
      int r = ranks.get(i)[k];
      int[] at = postings.get(r);
      double[] there = postingWeights.get(r);
      for (int p = 0; p < at.length; p++) {
        int j = at[p];
        if (j == i) {
          continue;
        }
        if (seen[j] != stamp) {
          seen[j] = stamp;
          common[j] = 0;
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = j;
        }
        common[j] += w * there[p];
      }
    }
    int kept = 0;
    for (int p = 0; p < n; p++) {
      int j = out[p];
      if (common[j] + outsideCommonPrefixes(i, j) >= threshold - MARGIN) {
        out[kept++] = j;
      }
    }
    int[] found = Arrays.copyOf(out, kept);
    Arrays.sort(found);
    return found;
  }

  /**
   * The most that terms shared by {@code i} and {@code j} but not by both prefixes add to their dot
   * product: |x's suffix| · |y's terms from the rank where x's suffix starts|.
   */
  private double outsideCommonPrefixes(int i, int j) {
    int x = suffixStart(i) <= suffixStart(j) ? i : j;
    int y = x == i ? j : i;
    double xSuffix = tailSquares.get(x)[prefixLength[x]];
    int from = Arrays.binarySearch(ranks.get(y), suffixStart(x));
    if (from < 0) {
      from = -from - 1;
    }
    return Math.sqrt(xSuffix) * Math.sqrt(tailSquares.get(y)[from]);
  }

  /** The rank of the first suffix term of {@code i} (past every rank when it has no suffix). */
  private int suffixStart(int i) {
    int[] r = ranks.get(i);
    return prefixLength[i] < r.length ? r[prefixLength[i]] : Integer.MAX_VALUE;
  }
}
