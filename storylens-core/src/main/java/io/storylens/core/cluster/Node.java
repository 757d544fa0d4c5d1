// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

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

  /** For an event: its size when consolidation last examined it for a split (0: never). */
  int splitCheckedAt;

  /** Weight of the centroid (articles); for storylines, summed over events. */
  int weight;

  /** For an event: the distinct event days of its members, sorted (epoch days). */
  int[] days = new int[0];

  /**
   * For an event: the union of its members' headline term ids, sorted (at most {@link #MAX_KEY}).
   */
  int[] key = new int[0];

  /** Headline terms kept per event: enough for any real event, bounded for pathological ones. */
  static final int MAX_KEY = 512;

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

  /** Adds {@code more} (sorted) to this node's event days. */
  void addDays(int[] more) {
    if (more.length == 0) {
      return;
    }
    days = IntStream.concat(Arrays.stream(days), Arrays.stream(more)).distinct().sorted().toArray();
  }

  /** Adds {@code more} (sorted term ids) to this node's headline terms. */
  void addKey(int[] more) {
    if (more.length == 0 || key.length >= MAX_KEY) {
      return;
    }
    key =
        IntStream.concat(Arrays.stream(key), Arrays.stream(more))
            .distinct()
            .sorted()
            .limit(MAX_KEY)
            .toArray();
  }

  /**
   * The idf-weighted share of {@code a}'s terms found in {@code b} (both sorted); 1 when {@code a}
   * is empty.
   */
  static double share(int[] a, int[] b, SparseVector.Idf idf) {
    double all = 0;
    double shared = 0;
    for (int t : a) {
      double w = idf.of(t);
      all += w;
      if (Arrays.binarySearch(b, t) >= 0) {
        shared += w;
      }
    }
    return all == 0 ? 1 : shared / all;
  }

  /**
   * Whether two sets of event days (sorted epoch days) both exist and have no pair within {@code
   * tolerance} days of each other: the two sides report different happenings.
   */
  static boolean conflict(int[] a, int[] b, int tolerance) {
    if (a.length == 0 || b.length == 0) {
      return false;
    }
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (Math.abs(a[i] - b[j]) <= tolerance) {
        return false;
      }
      if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return true;
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
