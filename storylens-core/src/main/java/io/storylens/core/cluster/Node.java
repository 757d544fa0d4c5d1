// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Mutable state of one event or storyline inside {@link OnlineClusterer}. */
final class Node {
  final int index;
  String id;
  boolean alive = true;
  SparseVector centroid = SparseVector.EMPTY;
  long first = Long.MAX_VALUE;
  long last = Long.MIN_VALUE;

  /** Member indexes: articles for an event, events for a storyline. */
  final List<Integer> members = new ArrayList<>();

  /** For an event: its storyline index. */
  int parent = -1;

  /** Weight of the centroid (articles); for storylines, summed over events. */
  int weight;

  /** Terms under which this node is posted in the index, sorted. */
  int[] indexed = new int[0];

  Node(int index, String id) {
    this.index = index;
    this.id = id;
  }

  void widen(long from, long to) {
    first = Math.min(first, from);
    last = Math.max(last, to);
  }

  /** Distance in seconds from {@code time} to this node's time span; 0 inside it. */
  long gap(long time) {
    if (first == Long.MAX_VALUE) {
      return 0;
    }
    return Math.max(0, Math.max(first - time, time - last));
  }

  /** Distance in seconds between two spans; 0 when they overlap. */
  long gap(Node other) {
    return Math.max(0, Math.max(first - other.last, other.first - last));
  }

  boolean isIndexed(int term) {
    return Arrays.binarySearch(indexed, term) >= 0;
  }

  void markIndexed(int term) {
    int[] next = Arrays.copyOf(indexed, indexed.length + 1);
    next[indexed.length] = term;
    Arrays.sort(next);
    indexed = next;
  }
}
