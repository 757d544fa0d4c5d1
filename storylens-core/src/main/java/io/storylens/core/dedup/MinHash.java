// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import java.util.Arrays;

/**
 * MinHash signatures over 64-bit shingle hashes, computed by one-permutation hashing with optimal
 * densification (Shrivastava 2017): each shingle is hashed once and falls into one of {@code
 * numHashes} bins, each bin keeps its minimum, and empty bins borrow the value of a bin chosen by a
 * fixed hash sequence, so equal sets give equal signatures and the share of equal positions
 * estimates Jaccard. Hand-written: it is about 40 lines and, per the storylens-bench benchmark,
 * several times faster than java-lsh's k-hash MinHash at equal recall.
 */
public final class MinHash {
  private final int bins;
  private final long seed;

  /** Signatures of {@code numHashes} positions, hashes drawn from a fixed {@code seed}. */
  public MinHash(int numHashes, long seed) {
    if (numHashes < 1 || Integer.bitCount(numHashes) != 1) {
      throw new IllegalArgumentException("numHashes must be a power of two: " + numHashes);
    }
    this.bins = numHashes;
    this.seed = Shingles.mix(seed ^ 0x2545F4914F6CDD1DL);
  }

  /** The number of positions, i.e. the signature length. */
  public int size() {
    return bins;
  }

  /** The signature of a shingle set; all {@code Integer.MAX_VALUE} for the empty set. */
  public int[] signature(long[] shingles) {
    int[] sig = new int[bins];
    Arrays.fill(sig, Integer.MAX_VALUE);
    if (shingles.length == 0) {
      return sig;
    }
    int shift = 64 - Integer.numberOfTrailingZeros(bins);
    boolean[] filled = new boolean[bins];
    for (long s : shingles) {
      long h = Shingles.mix(s ^ seed);
      int bin = (int) (h >>> shift);
      int v = (int) h & Integer.MAX_VALUE;
      if (v < sig[bin]) {
        sig[bin] = v;
      }
      filled[bin] = true;
    }
    int[] dense = sig.clone();
    for (int i = 0; i < bins; i++) {
      if (!filled[i]) {
        for (int attempt = 1; ; attempt++) {
          int j = (int) (Shingles.mix(seed + i * 0x9E3779B97F4A7C15L + attempt) >>> shift);
          if (filled[j]) {
            dense[i] = sig[j] ^ attempt; // distinguishes borrowed values from real ones
            break;
          }
        }
      }
    }
    return dense;
  }

  /** Estimated Jaccard similarity: the share of equal signature positions. */
  public static double estimate(int[] a, int[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "signature lengths differ: " + a.length + " vs " + b.length);
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) a.length;
  }
}
