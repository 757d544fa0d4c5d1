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
    OnlineClusterer c = clusterer();
    feed(c, articles, eventDays, clock);
    return c.clustering();
  }

  /**
   * A fresh clusterer configured as {@link #of} configures it: keep it and {@link #feed} it later
   * articles to cluster incrementally.
   */
  public static OnlineClusterer clusterer() {
    return new OnlineClusterer();
  }

  /**
   * A clusterer configured as {@link #clusterer()} with the state {@code state} (from {@link
   * OnlineClusterer#export()} of such a clusterer), to go on clustering where it left off.
   */
  public static OnlineClusterer restore(ClusterState state) {
    return OnlineClusterer.restore(state, ClusterSettings.defaults(), new CapitalizedPhrases());
  }

  /**
   * Assigns {@code articles} to {@code clusterer} in the order given, with their event days, as
   * {@link #of(List, Map, Clock)} does.
   */
  public static void feed(
      Clusterer clusterer,
      List<Article> articles,
      Map<String, List<LocalDate>> eventDays,
      Clock clock) {
    Objects.requireNonNull(clusterer, "clusterer");
    Objects.requireNonNull(eventDays, "eventDays");
    Objects.requireNonNull(clock, "clock");
    for (Article a : articles) {
      clusterer.assign(doc(a, eventDays, clock));
    }
  }

  /**
   * The document {@link #feed} assigns for {@code article}: placed by {@code clock} when undated,
   * with its event days from {@code eventDays} when there are some.
   */
  public static ClusterDoc doc(
      Article article, Map<String, List<LocalDate>> eventDays, Clock clock) {
    ClusterDoc doc = ClusterDoc.of(article, clock);
    List<LocalDate> days = eventDays.get(article.id());
    return days == null ? doc : doc.withEventDays(days);
  }
}
