// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import java.util.Arrays;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Sets held as sorted arrays without duplicates: a fraction of the memory of a {@code HashSet} (no
 * node or boxed element per member), and intersections by a linear merge. The prepared sentences of
 * thousands of articles are kept this way; sets of hashes or codes are sorted {@code long[]},
 * compared with {@link Shingles#jaccard}.
 */
final class SortedSets {
  private SortedSets() {}

  /** The distinct members of {@code items}, sorted (natural string order). */
  static String[] of(Collection<String> items) {
    return new TreeSet<>(items).toArray(new String[0]);
  }

  /** The distinct values of {@code values}, sorted. */
  static long[] of(long[] values) {
    return Arrays.stream(values).sorted().distinct().toArray();
  }

  /** Members common to the sorted distinct arrays {@code a} and {@code b}. */
  static int intersection(String[] a, String[] b) {
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      int c = a[i].compareTo(b[j]);
      if (c == 0) {
        n++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  /** Whether the sorted distinct array {@code set} holds {@code s}. */
  static boolean contains(String[] set, String s) {
    return Arrays.binarySearch(set, s) >= 0;
  }

  /** Members of {@code items} (sorted, distinct) that are not in {@code in} (sorted, distinct). */
  static int missing(String[] items, String[] in) {
    return items.length - intersection(items, in);
  }

  /** |a ∩ b| / |a ∪ b|; 0 when either is empty (as {@code Overlap.jaccard}). */
  static double jaccard(String[] a, String[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int common = intersection(a, b);
    return (double) common / (a.length + b.length - common);
  }

  /** 2 |a ∩ b| / (|a| + |b|); 0 when both are empty. */
  static double dice(String[] a, String[] b) {
    if (a.length == 0 && b.length == 0) {
      return 0;
    }
    return 2.0 * intersection(a, b) / (a.length + b.length);
  }
}
