// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dossier;

import io.storylens.model.Article;
import io.storylens.model.Entity;
import java.util.List;

/**
 * Canonical entities of a story (language layer, package {@code nlp}). Plug the real stage in with
 * one line in {@link DossierStages}.
 */
@FunctionalInterface
public interface EntityProvider {
  /**
   * The canonical entities of {@code articles} (the articles of one event or storyline), in a
   * stable order.
   */
  List<Entity> entities(List<Article> articles);

  /** Finds nothing: the default until the stage is wired in. */
  static EntityProvider none() {
    return articles -> List.of();
  }
}
