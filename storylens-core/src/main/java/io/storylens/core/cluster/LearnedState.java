// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import java.util.List;
import java.util.Objects;

/**
 * Everything a {@link LearnedClusterer} needs to resume where it stopped, besides the articles
 * themselves: where each article went, in placement order. Embeddings are not part of it: they are
 * kept per article in the store ({@link io.storylens.core.embed.StoredEmbeddings}), so restoring
 * reads them there and embeds nothing again. Group aggregates are sums over members and document
 * frequencies are counts, so replaying the placements rebuilds them exactly.
 *
 * @param placements every placed article, in the order it was placed
 */
public record LearnedState(List<Placement> placements) {
  public LearnedState {
    placements = List.copyOf(placements);
  }

  /**
   * One placed article.
   *
   * @param article article id
   * @param event the event it joined or founded
   * @param storyline that event's storyline
   * @param time the publication time it was placed at, epoch seconds (an undated article is placed
   *     at the time it arrived, which a later clock would not reproduce)
   * @param dated whether {@code time} is a stated publication time
   */
  public record Placement(
      String article, String event, String storyline, long time, boolean dated) {
    public Placement {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(storyline, "storyline");
    }
  }
}
