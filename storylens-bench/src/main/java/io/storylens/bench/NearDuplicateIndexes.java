// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import io.storylens.core.dedup.CompactLshIndex;
import io.storylens.core.dedup.LshBands;
import io.storylens.core.dedup.MemoryLshIndex;
import io.storylens.core.dedup.MinHash;
import io.storylens.core.dedup.Shingles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The three near-duplicate finders compared by the benchmark. Each inserts documents one at a time
 * and, before each insert, queries for earlier documents at Jaccard ≥ threshold; {@link #run}
 * returns the pairs found (after verification on the estimate, or exactly for brute force).
 */
public final class NearDuplicateIndexes {
  private NearDuplicateIndexes() {}

  /** Implementations. */
  public enum Impl {
    JAVA_LSH,
    STORYLENS,
    STORYLENS_MAP,
    BRUTE_FORCE
  }

  /** Candidates verified at the estimate threshold minus this slack, to keep recall. */
  static final double SLACK = 0.1;

  /** Runs {@code impl} over the corpus; returns sorted pair keys found. */
  public static long[] run(Impl impl, SyntheticCorpus c) {
    return switch (impl) {
      case STORYLENS -> compact(c);
      case STORYLENS_MAP -> storylens(c);
      case JAVA_LSH -> javaLsh(c);
      case BRUTE_FORCE -> bruteForce(c);
    };
  }

  private static long[] compact(SyntheticCorpus c) {
    MinHash mh = new MinHash(LshBands.DEFAULT.signatureLength(), 42);
    CompactLshIndex index = new CompactLshIndex(LshBands.DEFAULT);
    long[] found = new long[16];
    int n = 0;
    for (int i = 0; i < c.docs.length; i++) {
      int[] sig = mh.signature(SyntheticCorpus.shingles(c.docs[i]));
      for (int j : index.candidateItems(sig)) {
        if (index.estimate(sig, j) >= c.threshold - SLACK) {
          if (n == found.length) {
            found = Arrays.copyOf(found, n * 2);
          }
          found[n++] = SyntheticCorpus.pairKey(j, i);
        }
      }
      index.add(sig);
    }
    long[] out = Arrays.copyOf(found, n);
    Arrays.sort(out);
    return out;
  }

  private static long[] storylens(SyntheticCorpus c) {
    MinHash mh = new MinHash(LshBands.DEFAULT.signatureLength(), 42);
    MemoryLshIndex index = new MemoryLshIndex(LshBands.DEFAULT);
    List<int[]> sigs = new ArrayList<>(c.docs.length);
    List<Long> found = new ArrayList<>();
    for (int i = 0; i < c.docs.length; i++) {
      int[] sig = mh.signature(SyntheticCorpus.shingles(c.docs[i]));
      sigs.add(sig);
      for (String id : index.candidates(sig)) {
        int j = Integer.parseInt(id);
        if (MinHash.estimate(sig, sigs.get(j)) >= c.threshold - SLACK) {
          found.add(SyntheticCorpus.pairKey(j, i));
        }
      }
      index.insert(Integer.toString(i), sig);
    }
    return found.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  private static long[] javaLsh(SyntheticCorpus c) {
    // java-lsh: its MinHash over Set<Integer>, its LSH band hashing into 2^20 buckets per stage,
    // and a map from (stage, bucket) to ids (the library has no index of its own).
    info.debatty.java.lsh.MinHash mh =
        new info.debatty.java.lsh.MinHash(
            LshBands.DEFAULT.signatureLength(), Integer.MAX_VALUE, 42);
    info.debatty.java.lsh.LSHMinHash lsh =
        new info.debatty.java.lsh.LSHMinHash(LshBands.DEFAULT.bands(), 1 << 20, 10, 42);
    Map<Long, List<Integer>> buckets = new HashMap<>();
    List<int[]> sigs = new ArrayList<>(c.docs.length);
    List<Long> found = new ArrayList<>();
    for (int i = 0; i < c.docs.length; i++) {
      Set<Integer> set = new HashSet<>();
      for (long s : SyntheticCorpus.shingles(c.docs[i])) {
        set.add((int) (s ^ (s >>> 32)) & Integer.MAX_VALUE);
      }
      int[] sig = mh.signature(set);
      sigs.add(sig);
      int[] bands = lsh.hashSignature(sig);
      Set<Integer> cands = new HashSet<>();
      for (int b = 0; b < bands.length; b++) {
        List<Integer> ids = buckets.get(((long) b << 32) | bands[b]);
        if (ids != null) {
          cands.addAll(ids);
        }
      }
      for (int j : cands) {
        if (mh.similarity(sig, sigs.get(j)) >= c.threshold - SLACK) {
          found.add(SyntheticCorpus.pairKey(j, i));
        }
      }
      for (int b = 0; b < bands.length; b++) {
        buckets.computeIfAbsent(((long) b << 32) | bands[b], k -> new ArrayList<>(2)).add(i);
      }
    }
    return found.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  private static long[] bruteForce(SyntheticCorpus c) {
    List<long[]> sets = new ArrayList<>(c.docs.length);
    List<Long> found = new ArrayList<>();
    for (int i = 0; i < c.docs.length; i++) {
      long[] s = SyntheticCorpus.shingles(c.docs[i]);
      for (int j = 0; j < i; j++) {
        if (Shingles.jaccard(s, sets.get(j)) >= c.threshold) {
          found.add(SyntheticCorpus.pairKey(j, i));
        }
      }
      sets.add(s);
    }
    return found.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  /** Share of the corpus' true pairs among {@code found}. */
  public static double recall(SyntheticCorpus c, long[] found) {
    if (c.truePairs.length == 0) {
      return 1;
    }
    int hit = 0;
    for (long p : c.truePairs) {
      hit += Arrays.binarySearch(found, p) >= 0 ? 1 : 0;
    }
    return hit / (double) c.truePairs.length;
  }
}
