// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.embed;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedding of an article's title and lead ({@link EmbeddingText}), however it is obtained:
 * computed each time, remembered for the process, or kept in the store ({@link StoredEmbeddings}).
 */
@FunctionalInterface
public interface ArticleEmbeddings {
  /** The unit-length embedding of the article's title and lead. */
  float[] of(String articleId, String title, String body);

  /** Computes every embedding with {@code embedder}, remembering none. */
  static ArticleEmbeddings direct(Embedder embedder) {
    Objects.requireNonNull(embedder, "embedder");
    return (id, title, body) -> embedder.embed(EmbeddingText.of(title, body));
  }

  /**
   * Computes each article's embedding once per process (evaluation runs cluster the same articles
   * many times); keyed by id, so ids must name one text each.
   */
  static ArticleEmbeddings memo(Embedder embedder) {
    Objects.requireNonNull(embedder, "embedder");
    Map<String, float[]> seen = new ConcurrentHashMap<>();
    return (id, title, body) ->
        seen.computeIfAbsent(id, k -> embedder.embed(EmbeddingText.of(title, body)));
  }
}
