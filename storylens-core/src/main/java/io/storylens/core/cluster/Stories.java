// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import io.storylens.model.Article;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** Batch entry point: the events and storylines of a list of articles, fed in the given order. */
public final class Stories {
  private Stories() {}

  /**
   * Clusters {@code articles} (in the order given; callers pass publication order) with a fresh
   * clusterer. Undated articles and articles dated in the future are placed at {@code clock}'s
   * instant and flagged.
   */
  public static Clustering of(List<Article> articles, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    OnlineClusterer c = new OnlineClusterer();
    for (Article a : articles) {
      c.assign(ClusterDoc.of(a, clock));
    }
    return c.clustering();
  }
}
