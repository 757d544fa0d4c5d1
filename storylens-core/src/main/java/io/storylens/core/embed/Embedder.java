// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.embed;

/**
 * Turns a text into a dense vector whose cosine with another text's vector measures how close the
 * two are in meaning.
 *
 * <p>Contract: the vector has unit length (or is all zeros for a text with no content), always the
 * same dimension, and the same text gives the same bits on every call and every run; safe to call
 * from several threads.
 */
@FunctionalInterface
public interface Embedder {
  /** The unit-length embedding of {@code text}. */
  float[] embed(String text);

  /** Cosine of two vectors of the same dimension (their dot product when both have unit length). */
  static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "vectors of different dimension: " + a.length + " and " + b.length);
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * (double) b[i];
      na += a[i] * (double) a[i];
      nb += b[i] * (double) b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
