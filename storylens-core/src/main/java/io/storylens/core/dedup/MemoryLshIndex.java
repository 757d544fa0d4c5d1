// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** An in-memory {@link LshIndex}: one hash map from band key to ids. Not thread-safe. */
public final class MemoryLshIndex implements LshIndex {
  private final LshBands bands;
  private final Map<Long, List<String>> buckets = new HashMap<>();
  private final Map<String, int[]> signatures = new HashMap<>();

  public MemoryLshIndex(LshBands bands) {
    this.bands = Objects.requireNonNull(bands, "bands");
  }

  @Override
  public void insert(String id, int[] signature) {
    if (signatures.put(id, signature.clone()) != null) {
      return; // already banded; a changed signature for one id does not happen (ids hash content)
    }
    for (int b = 0; b < bands.bands(); b++) {
      buckets.computeIfAbsent(bands.key(signature, b), k -> new ArrayList<>(2)).add(id);
    }
  }

  @Override
  public Set<String> candidates(int[] signature) {
    Set<String> out = new HashSet<>();
    for (int b = 0; b < bands.bands(); b++) {
      List<String> ids = buckets.get(bands.key(signature, b));
      if (ids != null) {
        out.addAll(ids);
      }
    }
    return out;
  }

  @Override
  public Optional<int[]> signature(String id) {
    return Optional.ofNullable(signatures.get(id)).map(int[]::clone);
  }

  @Override
  public int size() {
    return signatures.size();
  }
}
