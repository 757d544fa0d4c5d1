// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * An order in which to judge candidate pairs so that each article's pairs come close together: the
 * articles are numbered breadth-first over the graph of candidate pairs (neighbours by ascending
 * position), and pairs are sorted by their lower, then higher, number. Near-copies of one story
 * then are judged one group after the other, and the articles whose prepared sentences must be held
 * at once (see {@link UseCountedCache}) are about one group, not the whole batch. The order changes
 * no decision: each pair is judged on its own.
 */
final class PairOrder {
  private PairOrder() {}

  /**
   * {@code pairs} (each {@code [i, j]}, positions below {@code articles}) in breadth-first order;
   * deterministic for the same pairs.
   */
  static List<List<Integer>> breadthFirst(Collection<List<Integer>> pairs, int articles) {
    List<List<Integer>> neighbours = new ArrayList<>(articles);
    for (int i = 0; i < articles; i++) {
      neighbours.add(new ArrayList<>());
    }
    for (List<Integer> p : pairs) {
      neighbours.get(p.get(0)).add(p.get(1));
      neighbours.get(p.get(1)).add(p.get(0));
    }
    int[] rank = new int[articles];
    Arrays.fill(rank, -1);
    int next = 0;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int start = 0; start < articles; start++) {
      if (rank[start] >= 0 || neighbours.get(start).isEmpty()) {
        continue;
      }
      rank[start] = next++;
      queue.add(start);
      while (!queue.isEmpty()) {
        List<Integer> around = neighbours.get(queue.poll());
        around.sort(null);
        for (int n : around) {
          if (rank[n] < 0) {
            rank[n] = next++;
            queue.add(n);
          }
        }
      }
    }
    List<List<Integer>> out = new ArrayList<>(pairs);
    out.sort(
        Comparator.comparingInt((List<Integer> p) -> Math.min(rank[p.get(0)], rank[p.get(1)]))
            .thenComparingInt(p -> Math.max(rank[p.get(0)], rank[p.get(1)])));
    return out;
  }
}
