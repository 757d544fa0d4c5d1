// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dossier;

import io.storylens.model.Article;
import io.storylens.model.Disagreement;
import java.util.List;

/**
 * Places where outlets differ (package {@code claims}); the summary marks sentences they touch as
 * disputed. Plug the real stage in with one line in {@link DossierStages}.
 */
@FunctionalInterface
public interface DisagreementProvider {
  /**
   * The disagreements of {@code articles} (the articles of one event or storyline), in a stable
   * order.
   */
  List<Disagreement> disagreements(List<Article> articles);

  /** Finds nothing: the default until the stage is wired in. */
  static DisagreementProvider none() {
    return articles -> List.of();
  }
}
