// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import io.storylens.core.text.Tokens;
import java.util.Arrays;
import java.util.List;

/**
 * Word shingles hashed to 64 bits, the set representation behind MinHash and exact Jaccard.
 * Hand-written: the hashing is a few lines and must match between the index and verification.
 */
public final class Shingles {
  /** Words per shingle; 5 follows the near-duplicate list shipped with the dev data. */
  public static final int K = 5;

  private Shingles() {}

  /** Normalized text: lower-cased word tokens joined by one space. */
  public static String normalize(String text) {
    return String.join(" ", Tokens.words(text));
  }

  /** Sorted, distinct hashes of the word {@code k}-shingles (a text shorter than k gives one). */
  public static long[] of(List<String> words, int k) {
    if (words.isEmpty()) {
      return new long[0];
    }
    long[] wordHash = new long[words.size()];
    for (int i = 0; i < wordHash.length; i++) {
      wordHash[i] = wordHash(words.get(i));
    }
    return ofWordHashes(wordHash, k);
  }

  /** The 64-bit hash of one word, as used by {@link #ofWordHashes}. */
  public static long wordHash(String word) {
    return mix(word.hashCode() * 0x9E3779B97F4A7C15L + word.length());
  }

  /** {@link #of(List, int)} over precomputed {@link #wordHash word hashes}. */
  public static long[] ofWordHashes(long[] wordHash, int k) {
    if (wordHash.length == 0) {
      return new long[0];
    }
    int n = Math.max(1, wordHash.length - k + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0x632BE59BD9B4E019L;
      for (int j = i; j < Math.min(i + k, wordHash.length); j++) {
        h = mix(h * 31 + wordHash[j]);
      }
      out[i] = h;
    }
    Arrays.sort(out);
    return distinct(out);
  }

  /** {@link #of(List, int)} with {@link #K} over {@link Tokens#words}. */
  public static long[] of(String text) {
    return of(Tokens.words(text), K);
  }

  /** Jaccard similarity of two sorted distinct hash sets. */
  public static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 0;
    }
    int inter = intersection(a, b);
    return inter / (double) (a.length + b.length - inter);
  }

  /** Share of {@code part} contained in {@code whole}. */
  public static double containment(long[] part, long[] whole) {
    return part.length == 0 ? 0 : intersection(part, whole) / (double) part.length;
  }

  static int intersection(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  /** Stafford variant 13 of the SplitMix64 finalizer. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long[] distinct(long[] sorted) {
    int w = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[w++] = sorted[i];
      }
    }
    return w == sorted.length ? sorted : Arrays.copyOf(sorted, w);
  }
}
