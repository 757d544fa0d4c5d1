// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import java.util.Optional;
import java.util.Set;

/**
 * A banded LSH index over MinHash signatures that grows one item at a time: {@link #insert} never
 * rebuilds, {@link #candidates} returns every stored item sharing at least one band.
 */
public interface LshIndex {
  /** Adds (or replaces) {@code id} with its signature. */
  void insert(String id, int[] signature);

  /** Ids of stored items that share a band with {@code signature}, in no particular order. */
  Set<String> candidates(int[] signature);

  /** The stored signature of {@code id}, if any. */
  Optional<int[]> signature(String id);

  /** Number of stored items. */
  int size();
}
