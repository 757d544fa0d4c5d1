// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Extrinsic clustering scores of a predicted grouping against a gold one: B³ (Bagga and Baldwin
 * 1998, averaged per item) and pairwise precision/recall/F1 (over all item pairs). Hand-written:
 * the formulas are a few lines and no Java library ships both.
 *
 * @param bcubedPrecision mean over items of |pred ∩ gold| / |pred|
 * @param bcubedRecall mean over items of |pred ∩ gold| / |gold|
 * @param bcubedF1 harmonic mean of the two
 * @param pairwisePrecision share of same-cluster pairs that are gold pairs (1 when there are none)
 * @param pairwiseRecall share of gold pairs that are same-cluster pairs (1 when there are none)
 * @param pairwiseF1 harmonic mean of the two
 * @param predicted number of predicted clusters
 * @param gold number of gold clusters
 * @param items number of items scored
 */
public record ClusterScores(
    double bcubedPrecision,
    double bcubedRecall,
    double bcubedF1,
    double pairwisePrecision,
    double pairwiseRecall,
    double pairwiseF1,
    int predicted,
    int gold,
    int items) {

  /**
   * Scores {@code predicted} against {@code gold}; both map every item to a cluster label and must
   * cover the same items.
   */
  public static ClusterScores of(Map<String, String> predicted, Map<String, String> gold) {
    Objects.requireNonNull(predicted, "predicted");
    Objects.requireNonNull(gold, "gold");
    if (!predicted.keySet().equals(gold.keySet())) {
      throw new IllegalArgumentException("predicted and gold cover different items");
    }
    Map<String, Integer> predSize = sizes(predicted);
    Map<String, Integer> goldSize = sizes(gold);
    Map<List<String>, Integer> both = new HashMap<>();
    for (var e : predicted.entrySet()) {
      both.merge(List.of(e.getValue(), gold.get(e.getKey())), 1, Integer::sum);
    }
    int n = predicted.size();
    double p = 0;
    double r = 0;
    for (var e : predicted.entrySet()) {
      String pl = e.getValue();
      String gl = gold.get(e.getKey());
      int overlap = both.get(List.of(pl, gl));
      p += (double) overlap / predSize.get(pl);
      r += (double) overlap / goldSize.get(gl);
    }
    p = n == 0 ? 1 : p / n;
    r = n == 0 ? 1 : r / n;
    long tp = 0;
    for (int c : both.values()) {
      tp += pairs(c);
    }
    long predPairs = predSize.values().stream().mapToLong(ClusterScores::pairs).sum();
    long goldPairs = goldSize.values().stream().mapToLong(ClusterScores::pairs).sum();
    double pp = predPairs == 0 ? 1 : (double) tp / predPairs;
    double pr = goldPairs == 0 ? 1 : (double) tp / goldPairs;
    return new ClusterScores(
        p, r, f1(p, r), pp, pr, f1(pp, pr), predSize.size(), goldSize.size(), n);
  }

  private static Map<String, Integer> sizes(Map<String, String> labels) {
    Map<String, Integer> out = new HashMap<>();
    labels.values().forEach(l -> out.merge(l, 1, Integer::sum));
    return out;
  }

  private static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
