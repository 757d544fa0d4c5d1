// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dossier;

import io.storylens.model.Article;
import io.storylens.model.Claim;
import java.util.List;

/**
 * Numeric and factual claims with attribution (package {@code claims}). Plug the real stage in with
 * one line in {@link DossierStages}.
 */
@FunctionalInterface
public interface ClaimProvider {
  /** The claims of {@code articles} (the articles of one event or storyline), in a stable order. */
  List<Claim> claims(List<Article> articles);

  /** Finds nothing: the default until the stage is wired in. */
  static ClaimProvider none() {
    return articles -> List.of();
  }
}
