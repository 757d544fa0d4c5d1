// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import io.storylens.store.Database;
import io.storylens.store.MinHashTable;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An {@link LshIndex} kept in SQLite (tables of migration V002): inserts and queries go straight to
 * the indexed bucket table, so the index survives restarts and is never rebuilt.
 */
public final class SqliteLshIndex implements LshIndex {
  private final LshBands bands;
  private final MinHashTable table;

  public SqliteLshIndex(Database db, LshBands bands) {
    this.table = new MinHashTable(Objects.requireNonNull(db, "db"));
    this.bands = Objects.requireNonNull(bands, "bands");
  }

  @Override
  public void insert(String id, int[] signature) {
    table.put(id, signature, keys(signature));
  }

  @Override
  public Set<String> candidates(int[] signature) {
    return new HashSet<>(table.bucketMembers(keys(signature)));
  }

  @Override
  public Optional<int[]> signature(String id) {
    return table.signature(id);
  }

  @Override
  public int size() {
    return table.count();
  }

  private long[] keys(int[] signature) {
    long[] keys = new long[bands.bands()];
    for (int b = 0; b < keys.length; b++) {
      keys[b] = bands.key(signature, b);
    }
    return keys;
  }
}
