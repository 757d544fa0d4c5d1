// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Candidate pairs of articles, at most {@code perArticle} per article: each offered pair is kept
 * while it is among the strongest {@code perArticle} of either of its two articles. Many
 * near-identical articles make every pair a candidate; bounding them per article keeps memory and
 * the number of judged pairs linear in the articles. The outcome does not depend on the order of
 * the offers: ties in score go to the partner with the lower position.
 */
final class StrongestPairs {
  private record Offer(int other, double score) {}

  /** Weakest first, so the head is the one to drop. */
  private static final Comparator<Offer> WEAKEST_FIRST =
      Comparator.comparingDouble(Offer::score)
          .thenComparing(Offer::other, Comparator.reverseOrder());

  private final int perArticle;
  private final List<PriorityQueue<Offer>> best;

  /**
   * @param articles number of articles (positions 0 … articles − 1)
   * @param perArticle how many partners each article keeps, at least 1
   */
  StrongestPairs(int articles, int perArticle) {
    if (perArticle < 1) {
      throw new IllegalArgumentException("perArticle must be >= 1: " + perArticle);
    }
    this.perArticle = perArticle;
    this.best = new ArrayList<>(articles);
    for (int i = 0; i < articles; i++) {
      best.add(null);
    }
  }

  /** Offers the pair of positions {@code i} and {@code j} with {@code score} (higher is closer). */
  void offer(int i, int j, double score) {
    keep(i, new Offer(j, score));
    keep(j, new Offer(i, score));
  }

  private void keep(int at, Offer o) {
    PriorityQueue<Offer> q = best.get(at);
    if (q == null) {
      q = new PriorityQueue<>(WEAKEST_FIRST);
      best.set(at, q);
    }
    if (q.size() < perArticle) {
      q.add(o);
    } else if (WEAKEST_FIRST.compare(o, q.peek()) > 0) {
      q.poll();
      q.add(o);
    }
  }

  /** Adds every kept pair to {@code pairs} as {@code [lower, higher]} positions. */
  void addTo(Set<List<Integer>> pairs) {
    for (int i = 0; i < best.size(); i++) {
      PriorityQueue<Offer> q = best.get(i);
      if (q != null) {
        for (Offer o : q) {
          pairs.add(List.of(Math.min(i, o.other()), Math.max(i, o.other())));
        }
      }
    }
  }
}
