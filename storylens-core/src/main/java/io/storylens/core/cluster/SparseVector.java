// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable sparse vector over term ids: ids sorted ascending, one weight each. Hand-written
 * because the operations needed (sorted merge, top-k truncation, idf-weighted dot products) are a
 * few lines each and a linear-algebra library would box every entry.
 */
final class SparseVector {
  static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  final int[] terms;
  final float[] weights;

  SparseVector(int[] terms, float[] weights) {
    if (terms.length != weights.length) {
      throw new IllegalArgumentException("terms and weights differ in length");
    }
    this.terms = terms;
    this.weights = weights;
  }

  int size() {
    return terms.length;
  }

  /** Sum of {@code this} and {@code other} scaled by {@code factor}. */
  SparseVector plus(SparseVector other, float factor) {
    int[] t = new int[terms.length + other.terms.length];
    float[] w = new float[t.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < terms.length || j < other.terms.length) {
      if (j >= other.terms.length || (i < terms.length && terms[i] < other.terms[j])) {
        t[n] = terms[i];
        w[n++] = weights[i++];
      } else if (i >= terms.length || other.terms[j] < terms[i]) {
        t[n] = other.terms[j];
        w[n++] = other.weights[j++] * factor;
      } else {
        t[n] = terms[i];
        w[n++] = weights[i++] + other.weights[j++] * factor;
      }
    }
    // Drop entries that cancelled out (after a member is removed in a split).
    int m = 0;
    for (int k = 0; k < n; k++) {
      if (w[k] > 1e-6f) {
        t[m] = t[k];
        w[m++] = w[k];
      }
    }
    return new SparseVector(Arrays.copyOf(t, m), Arrays.copyOf(w, m));
  }

  /**
   * The {@code k} entries with the highest {@code weight * idf(term)} (ties: lower term id), kept
   * sorted by term id.
   */
  SparseVector top(int k, Idf idf) {
    if (terms.length <= k) {
      return this;
    }
    double[] score = new double[terms.length];
    for (int i = 0; i < terms.length; i++) {
      score[i] = weights[i] * idf.of(terms[i]);
    }
    double kth = kthLargest(score.clone(), k);
    int above = 0;
    for (double v : score) {
      if (v > kth) {
        above++;
      }
    }
    int tiesWanted = k - above;
    int[] t = new int[k];
    float[] w = new float[k];
    int n = 0;
    for (int i = 0; i < terms.length; i++) {
      if (score[i] > kth || (score[i] == kth && tiesWanted-- > 0)) {
        t[n] = terms[i];
        w[n++] = weights[i];
      }
    }
    return new SparseVector(t, w);
  }

  /**
   * The {@code k}-th largest value of {@code a} (1-based), by quickselect: centroids are trimmed on
   * every update, and a full sort of their scores was the clusterer's largest single cost. Reorders
   * {@code a}.
   */
  static double kthLargest(double[] a, int k) {
    int target = a.length - k; // index in ascending order
    int lo = 0;
    int hi = a.length - 1;
    while (lo < hi) {
      double pivot = a[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (target <= j) {
        hi = j;
      } else if (target >= i) {
        lo = i;
      } else {
        return a[target];
      }
    }
    return a[target];
  }

  /** Dot product with idf applied to both sides: sum of a_t * b_t * idf(t)^2. */
  double dot(SparseVector other, Idf idf) {
    double s = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < other.terms.length) {
      if (terms[i] < other.terms[j]) {
        i++;
      } else if (terms[i] > other.terms[j]) {
        j++;
      } else {
        double f = idf.of(terms[i]);
        s += weights[i] * other.weights[j] * f * f;
        i++;
        j++;
      }
    }
    return s;
  }

  /** Euclidean norm with idf applied. */
  double norm(Idf idf) {
    double s = 0;
    for (int i = 0; i < terms.length; i++) {
      double v = weights[i] * idf.of(terms[i]);
      s += v * v;
    }
    return Math.sqrt(s);
  }

  /** Cosine similarity with idf weighting; 0 when either side is empty. */
  double cosine(SparseVector other, Idf idf) {
    double d = dot(other, idf);
    if (d == 0) {
      return 0;
    }
    return d / (norm(idf) * other.norm(idf));
  }

  /**
   * {@link #cosine(SparseVector, Idf)} with both norms already computed (a loop comparing many
   * vectors with one centroid computes each norm once); the same value, bit for bit.
   */
  double cosine(SparseVector other, double thisNorm, double otherNorm, Idf idf) {
    double d = dot(other, idf);
    return d == 0 ? 0 : d / (thisNorm * otherNorm);
  }

  /**
   * The sum of {@code vectors}: for vectors with positive weights the same, bit for bit, as adding
   * them one by one with {@link #plus} from {@link #EMPTY} (each term's weights are added in list
   * order), but one sort instead of a merge per vector, which made the two-means split quadratic in
   * the size of the group.
   */
  static SparseVector sum(List<SparseVector> vectors) {
    int total = 0;
    for (SparseVector v : vectors) {
      total += v.terms.length;
    }
    // (term << 32 | position in input order): sorting keeps each term's weights in list order.
    long[] keys = new long[total];
    float[] all = new float[total];
    int n = 0;
    for (SparseVector v : vectors) {
      for (int i = 0; i < v.terms.length; i++) {
        keys[n] = ((long) v.terms[i] << 32) | n;
        all[n++] = v.weights[i];
      }
    }
    Arrays.sort(keys);
    int[] t = new int[total];
    float[] w = new float[total];
    int m = -1;
    for (long k : keys) {
      int term = (int) (k >>> 32);
      float x = all[(int) k];
      if (m >= 0 && t[m] == term) {
        w[m] += x;
      } else {
        t[++m] = term;
        w[m] = x;
      }
    }
    int out = 0;
    for (int k = 0; k <= m; k++) {
      if (w[k] > 1e-6f) {
        t[out] = t[k];
        w[out++] = w[k];
      }
    }
    return new SparseVector(Arrays.copyOf(t, out), Arrays.copyOf(w, out));
  }

  /** Weight-scaled copy. */
  SparseVector times(float factor) {
    float[] w = weights.clone();
    for (int i = 0; i < w.length; i++) {
      w[i] *= factor;
    }
    return new SparseVector(terms, w);
  }

  /** Inverse document frequency lookup. */
  @FunctionalInterface
  interface Idf {
    double of(int term);
  }
}
