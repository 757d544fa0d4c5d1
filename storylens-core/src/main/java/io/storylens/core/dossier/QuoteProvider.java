// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dossier;

import io.storylens.model.Article;
import io.storylens.model.Quote;
import java.util.List;

/**
 * Quotes with speakers (package {@code quotes}). Plug the real stage in with one line in {@link
 * DossierStages}.
 */
@FunctionalInterface
public interface QuoteProvider {
  /** The quotes of {@code articles} (the articles of one event or storyline), in a stable order. */
  List<Quote> quotes(List<Article> articles);

  /** Finds nothing: the default until the stage is wired in. */
  static QuoteProvider none() {
    return articles -> List.of();
  }
}
