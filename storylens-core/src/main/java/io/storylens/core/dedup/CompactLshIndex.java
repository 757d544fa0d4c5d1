// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A memory-lean in-memory {@link LshIndex}: items are numbered, signatures live in one flat int
 * array, each band is an open-addressing table from bucket key to the newest item, and items of a
 * bucket are chained through a per-(item, band) int array. No boxing on insert or query.
 * Hand-written because no maintained Java library offers an incremental primitive LSH index; the
 * benchmark in storylens-bench compares it with java-lsh and {@link MemoryLshIndex}.
 */
public final class CompactLshIndex implements LshIndex {
  private final LshBands bands;
  private final int sigLen;
  private int[] signatures = new int[0];
  private int[] next = new int[0]; // next[item * bands + band] = older item in the bucket, or -1
  private final long[][] keys;
  private final int[][] heads;
  private final int[] used;
  private final List<String> ids = new ArrayList<>();
  private final Map<String, Integer> numbers = new HashMap<>();

  public CompactLshIndex(LshBands bands) {
    this.bands = Objects.requireNonNull(bands, "bands");
    this.sigLen = bands.signatureLength();
    this.keys = new long[bands.bands()][];
    this.heads = new int[bands.bands()][];
    this.used = new int[bands.bands()];
    for (int b = 0; b < bands.bands(); b++) {
      keys[b] = new long[16];
      heads[b] = new int[16];
      Arrays.fill(heads[b], -1);
    }
  }

  @Override
  public void insert(String id, int[] signature) {
    Objects.requireNonNull(id, "id");
    if (numbers.containsKey(id)) {
      return;
    }
    int item = add(signature);
    ids.add(id);
    numbers.put(id, item);
  }

  /** Adds a signature and returns its item number (0, 1, 2, …). */
  public int add(int[] signature) {
    if (signature.length != sigLen) {
      throw new IllegalArgumentException("signature length " + signature.length + " != " + sigLen);
    }
    int item = size();
    if ((item + 1) * sigLen > signatures.length) {
      int cap = Math.max(16, (item + 1) * 2);
      signatures = Arrays.copyOf(signatures, cap * sigLen);
      next = Arrays.copyOf(next, cap * bands.bands());
    }
    System.arraycopy(signature, 0, signatures, item * sigLen, sigLen);
    for (int b = 0; b < bands.bands(); b++) {
      long key = bands.key(signature, b);
      int slot = slot(b, key);
      if (heads[b][slot] == -1) {
        keys[b][slot] = key;
        heads[b][slot] = item;
        next[item * bands.bands() + b] = -1;
        if (++used[b] * 2 > keys[b].length) {
          grow(b);
        }
      } else {
        next[item * bands.bands() + b] = heads[b][slot];
        heads[b][slot] = item;
      }
    }
    count = item + 1;
    return item;
  }

  private int count;

  /** Item numbers sharing a band with {@code signature}, each once, in no particular order. */
  public int[] candidateItems(int[] signature) {
    int[] out = new int[8];
    int n = 0;
    Set<Integer> seen = null;
    for (int b = 0; b < bands.bands(); b++) {
      long key = bands.key(signature, b);
      int slot = slot(b, key);
      for (int it = heads[b][slot]; it != -1; it = next[it * bands.bands() + b]) {
        boolean dup = false;
        if (n <= 32) {
          for (int k = 0; k < n && !dup; k++) {
            dup = out[k] == it;
          }
        } else {
          if (seen == null) {
            seen = new HashSet<>();
            for (int k = 0; k < n; k++) {
              seen.add(out[k]);
            }
          }
          dup = !seen.add(it);
        }
        if (!dup) {
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = it;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Estimated Jaccard between {@code signature} and stored item {@code item}. */
  public double estimate(int[] signature, int item) {
    int same = 0;
    int base = item * sigLen;
    for (int i = 0; i < sigLen; i++) {
      same += signatures[base + i] == signature[i] ? 1 : 0;
    }
    return same / (double) sigLen;
  }

  @Override
  public Set<String> candidates(int[] signature) {
    Set<String> out = new HashSet<>();
    for (int item : candidateItems(signature)) {
      out.add(ids.get(item));
    }
    return out;
  }

  @Override
  public Optional<int[]> signature(String id) {
    Integer item = numbers.get(id);
    return item == null
        ? Optional.empty()
        : Optional.of(Arrays.copyOfRange(signatures, item * sigLen, (item + 1) * sigLen));
  }

  @Override
  public int size() {
    return count;
  }

  private int slot(int b, long key) {
    long[] k = keys[b];
    int[] h = heads[b];
    int mask = k.length - 1;
    int i = (int) (Shingles.mix(key) & mask);
    while (h[i] != -1 && k[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow(int b) {
    long[] oldKeys = keys[b];
    int[] oldHeads = heads[b];
    keys[b] = new long[oldKeys.length * 2];
    heads[b] = new int[oldKeys.length * 2];
    Arrays.fill(heads[b], -1);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] != -1) {
        int s = slot(b, oldKeys[i]);
        keys[b][s] = oldKeys[i];
        heads[b][s] = oldHeads[i];
      }
    }
  }
}
