// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import io.storylens.model.Article;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
    return of(articles, Map.of(), clock);
  }

  /**
   * As {@link #of(List, Clock)}, with the days of the happening each article reports (see {@link
   * EventDates#byArticle}) where the language layer found them; articles missing from {@code
   * eventDays} get the clusterer's cheap fallback.
   */
  public static Clustering of(
      List<Article> articles, Map<String, List<LocalDate>> eventDays, Clock clock) {
    Objects.requireNonNull(eventDays, "eventDays");
    Objects.requireNonNull(clock, "clock");
    OnlineClusterer c = new OnlineClusterer();
    for (Article a : articles) {
      ClusterDoc doc = ClusterDoc.of(a, clock);
      List<LocalDate> days = eventDays.get(a.id());
      c.assign(days == null ? doc : doc.withEventDays(days));
    }
    return c.clustering();
  }
}
