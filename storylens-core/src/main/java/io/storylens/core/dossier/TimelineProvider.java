// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dossier;

import io.storylens.model.Article;
import io.storylens.model.TimelineEntry;
import java.util.List;

/**
 * Dated happenings of a story (package {@code timeline}). Plug the real stage in with one line in
 * {@link DossierStages}.
 */
@FunctionalInterface
public interface TimelineProvider {
  /**
   * The timeline entries, sorted by date, of {@code articles} (the articles of one event or
   * storyline), in a stable order.
   */
  List<TimelineEntry> timeline(List<Article> articles);

  /** Finds nothing: the default until the stage is wired in. */
  static TimelineProvider none() {
    return articles -> List.of();
  }
}
