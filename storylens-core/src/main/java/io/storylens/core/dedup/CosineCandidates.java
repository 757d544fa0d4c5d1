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
 * Srikant's All-Pairs. Terms are ordered rarest first (then by spelling); a vector's
 * <em>prefix</em> is its terms in that order up to where the remaining ones weigh (as a norm) less
 * than the threshold. If the prefixes of two vectors share no term, all their shared terms lie in
 * the suffix of the one whose suffix starts earlier in the order, so their cosine is at most that
 * suffix's norm, below the threshold. Hence every pair at or above it shares a prefix term, and
 * only prefixes are indexed.
 *
 * <p>Contract: {@link #of} returns a superset of the partners at or above the threshold (with a
 * small margin for rounding); callers compute the exact cosine. Vectors must have norm 1 (or be
 * empty). Not thread-safe.
 */
final class CosineCandidates {
  /** Slack for rounding: a suffix counts as light only when clearly below the threshold. */
  private static final double MARGIN = 1e-9;

  private final List<String[]> prefixes = new ArrayList<>();
  private final Map<String, int[]> postings = new HashMap<>();

  /** Per position, the probe that last reached it (so each probe lists a partner once). */
  private final int[] seen;

  private int probes;

  /**
   * @param vectors unit vectors (term to weight), by position
   * @param threshold the cosine callers keep pairs from, in (0, 1]
   */
  CosineCandidates(List<Map<String, Double>> vectors, double threshold) {
    Map<String, Integer> df = new HashMap<>();
    for (Map<String, Double> v : vectors) {
      for (String term : v.keySet()) {
        df.merge(term, 1, Integer::sum);
      }
    }
    Comparator<String> rarestFirst =
        Comparator.comparingInt((String t) -> df.get(t)).thenComparing(Comparator.naturalOrder());
    double light = Math.pow(Math.max(0, threshold - MARGIN), 2);
    Map<String, Integer> sizes = new HashMap<>();
    for (Map<String, Double> v : vectors) {
      String[] terms = v.keySet().toArray(new String[0]);
      Arrays.sort(terms, rarestFirst);
      // The prefix ends where the squared weight of the rest falls below the threshold's square.
      double rest = 0;
      int end = terms.length;
      while (end > 0 && rest + square(v.get(terms[end - 1])) < light) {
        rest += square(v.get(terms[end - 1]));
        end--;
      }
      String[] prefix = Arrays.copyOf(terms, end);
      prefixes.add(prefix);
      for (String t : prefix) {
        sizes.merge(t, 1, Integer::sum);
      }
    }
    sizes.forEach((t, n) -> postings.put(t, new int[n]));
    Map<String, Integer> filled = new HashMap<>();
    for (int i = 0; i < prefixes.size(); i++) {
      for (String t : prefixes.get(i)) {
        postings.get(t)[filled.merge(t, 1, Integer::sum) - 1] = i;
      }
    }
    this.seen = new int[vectors.size()];
  }

  private static double square(double x) {
    return x * x;
  }

  /**
   * The positions other than {@code i} whose cosine with {@code i} may reach the threshold,
   * ascending.
   */
  int[] of(int i) {
    int stamp = ++probes;
    int[] out = new int[8];
    int n = 0;
    for (String t : prefixes.get(i)) {
      for (int j : postings.get(t)) {
        if (j != i && seen[j] != stamp) {
          seen[j] = stamp;
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = j;
        }
      }
    }
    int[] found = Arrays.copyOf(out, n);
    Arrays.sort(found);
    return found;
  }
}
