// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.util.Objects;

/**
 * A pointer to one sentence of one article.
 *
 * @param article article id
 * @param sentence 0-based sentence index in the article text (as split by the cheap splitter)
 */
public record SourceRef(String article, int sentence) {
  public SourceRef {
    Objects.requireNonNull(article, "article");
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence must be >= 0: " + sentence);
    }
  }
}
