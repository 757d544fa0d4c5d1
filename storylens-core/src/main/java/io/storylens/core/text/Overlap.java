// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.text;

import java.util.Set;

/** Overlap of two sets of words or other items. */
public final class Overlap {
  private Overlap() {}

  /** Shared items over all items; 0 when either set is empty. */
  public static <T> double jaccard(Set<T> a, Set<T> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<T> small = a.size() <= b.size() ? a : b;
    Set<T> large = small == a ? b : a;
    int common = 0;
    for (T x : small) {
      if (large.contains(x)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }
}
