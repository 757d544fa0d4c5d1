// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SparseVectorTest {
  @Test
  void quickselectAgreesWithSortingIncludingTies() {
    Random r = new Random(7);
    for (int round = 0; round < 2_000; round++) {
      int n = 1 + r.nextInt(300);
      double[] a = new double[n];
      for (int i = 0; i < n; i++) {
        // Few distinct values: many ties, as in centroids of near-identical articles.
        a[i] = r.nextInt(round % 2 == 0 ? 5 : 1_000) / 7.0;
      }
      double[] sorted = a.clone();
      Arrays.sort(sorted);
      int k = 1 + r.nextInt(n);
      assertThat(SparseVector.kthLargest(a.clone(), k)).isEqualTo(sorted[n - k]);
    }
  }

  @Test
  void topKeepsTheHighestWeightsAndBreaksTiesByLowerTerm() {
    SparseVector v =
        new SparseVector(new int[] {1, 2, 3, 4, 5}, new float[] {0.5f, 0.9f, 0.5f, 0.1f, 0.5f});
    SparseVector top = v.top(3, t -> 1);
    assertThat(top.terms).containsExactly(1, 2, 3);
    assertThat(v.top(9, t -> 1)).isSameAs(v);
  }

  @Test
  void sumEqualsAddingOneByOneBitForBit() {
    Random r = new Random(11);
    for (int round = 0; round < 500; round++) {
      List<SparseVector> vs = new ArrayList<>();
      for (int k = r.nextInt(12); k > 0; k--) {
        int[] terms = r.ints(r.nextInt(40), 0, 60).distinct().sorted().toArray();
        float[] w = new float[terms.length];
        for (int i = 0; i < w.length; i++) {
          w[i] = 0.001f + r.nextFloat();
        }
        vs.add(new SparseVector(terms, w));
      }
      SparseVector folded = SparseVector.EMPTY;
      for (SparseVector v : vs) {
        folded = folded.plus(v, 1);
      }
      SparseVector sum = SparseVector.sum(vs);
      assertThat(sum.terms).containsExactly(folded.terms);
      assertThat(sum.weights).containsExactly(folded.weights);
    }
  }

  @Test
  void cosineWithGivenNormsIsTheCosine() {
    SparseVector a = new SparseVector(new int[] {1, 3, 5}, new float[] {0.3f, 0.7f, 0.1f});
    SparseVector b = new SparseVector(new int[] {3, 4, 5}, new float[] {0.2f, 0.4f, 0.9f});
    SparseVector.Idf idf = t -> 1 + t / 10.0;
    assertThat(a.cosine(b, a.norm(idf), b.norm(idf), idf)).isEqualTo(a.cosine(b, idf));
    assertThat(a.cosine(new SparseVector(new int[] {2}, new float[] {1}), 1, 1, idf)).isZero();
  }
}
