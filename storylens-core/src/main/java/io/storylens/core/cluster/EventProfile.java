// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The running aggregate of a group of articles (an event or a storyline) that a new article is
 * compared with: the sum of member embeddings, summed term frequencies of headlines and leads,
 * entity counts, the days of the happenings members report, and the time span of the members whose
 * publication time is known. Depends only on the members added, in any order (sums), except for
 * floating-point rounding of the embedding sum. Not thread-safe.
 */
public final class EventProfile {
  final double[] dense;
  final List<float[]> members = new ArrayList<>();
  final Map<String, Double> title = new HashMap<>();
  final Map<String, Double> body = new HashMap<>();
  final Map<String, Integer> entities = new HashMap<>();
  final TreeSet<Integer> days = new TreeSet<>();
  long first = Long.MAX_VALUE;
  long last = Long.MIN_VALUE;

  public EventProfile(int dimension) {
    this.dense = new double[dimension];
  }

  /** Adds one member. */
  public void add(GroupingSignals.Signals s) {
    if (s.dense().length != dense.length) {
      throw new IllegalArgumentException(
          "embedding of " + s.id() + " has " + s.dense().length + " values, not " + dense.length);
    }
    for (int i = 0; i < dense.length; i++) {
      dense[i] += s.dense()[i];
    }
    members.add(s.dense());
    s.title().forEach((k, v) -> title.merge(k, (double) v, Double::sum));
    s.body().forEach((k, v) -> body.merge(k, (double) v, Double::sum));
    s.entities().forEach(e -> entities.merge(e, 1, Integer::sum));
    for (int d : s.days()) {
      days.add(d);
    }
    if (s.dated()) {
      first = Math.min(first, s.time());
      last = Math.max(last, s.time());
    }
  }

  /** Number of members. */
  public int size() {
    return members.size();
  }

  /** Whether some member has a stated publication time. */
  public boolean dated() {
    return first <= last;
  }

  /** Seconds from the first to the last dated member, were {@code time} added. */
  public long spanWith(long time) {
    if (!dated()) {
      return 0;
    }
    return Math.max(last, time) - Math.min(first, time);
  }

  /**
   * Days from the closest of {@code reported} (sorted epoch days) to the closest day a member
   * reports; 0 when either side reports none.
   */
  public int dayGap(int[] reported) {
    int best = Integer.MAX_VALUE;
    for (int d : reported) {
      Integer lo = days.floor(d);
      Integer hi = days.ceiling(d);
      if (lo != null) {
        best = Math.min(best, d - lo);
      }
      if (hi != null) {
        best = Math.min(best, hi - d);
      }
    }
    return best == Integer.MAX_VALUE ? 0 : best;
  }

  /** Cosine of {@code v} with the sum of member embeddings. */
  public double denseCosine(float[] v) {
    double dot = 0;
    double n = 0;
    for (int i = 0; i < dense.length; i++) {
      dot += dense[i] * v[i];
      n += dense[i] * dense[i];
    }
    double nv = 0;
    for (float x : v) {
      nv += x * (double) x;
    }
    return n == 0 || nv == 0 ? 0 : dot / Math.sqrt(n * nv);
  }
}
