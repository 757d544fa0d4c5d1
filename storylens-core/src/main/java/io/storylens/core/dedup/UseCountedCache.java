// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Values computed on first use and dropped after their last announced use. The linker announces,
 * before judging, every pair an article takes part in; the article's prepared sentences then live
 * from its first judged pair to its last instead of for the whole run (kept for all 10,000 articles
 * of a batch, they outgrew a 4 GB heap).
 *
 * <p>Contract: {@link #expect} every use before the first {@link #use}; each {@link #use} is
 * followed by one {@link #release}. A value used again after its last release is computed again.
 * Not thread-safe: one cache per linking run.
 */
final class UseCountedCache<K, V> {
  private final Function<K, V> compute;
  private final Map<K, Integer> remaining = new HashMap<>();
  private final Map<K, V> values = new HashMap<>();
  private int peak;

  UseCountedCache(Function<K, V> compute) {
    this.compute = Objects.requireNonNull(compute, "compute");
  }

  /** Announces one more use of {@code key}. */
  void expect(K key) {
    remaining.merge(key, 1, Integer::sum);
  }

  /** The value of {@code key}, computed if it is not held. */
  V use(K key) {
    V v = values.get(key);
    if (v == null) {
      v = compute.apply(key);
      values.put(key, v);
      peak = Math.max(peak, values.size());
    }
    return v;
  }

  /** Ends one use of {@code key}; after its last announced use the value is dropped. */
  void release(K key) {
    Integer left = remaining.merge(key, -1, Integer::sum);
    if (left == null || left <= 0) {
      remaining.remove(key);
      values.remove(key);
    }
  }

  /** The most values held at once so far. */
  int peak() {
    return peak;
  }

  /** How many values are held now. */
  int held() {
    return values.size();
  }
}
