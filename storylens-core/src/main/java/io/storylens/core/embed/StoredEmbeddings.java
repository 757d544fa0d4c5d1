// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.embed;

import io.storylens.core.text.Hashing;
import io.storylens.store.EmbeddingTable;
import java.util.Objects;
import java.util.Optional;

/**
 * Embeddings of articles computed once and kept in the store: a vector is reused as long as the
 * article's title and lead are unchanged (the cache key holds a hash of {@link EmbeddingText}), and
 * computed and stored otherwise.
 */
public final class StoredEmbeddings implements ArticleEmbeddings {
  private final Embedder embedder;
  private final String model;
  private final EmbeddingTable table;

  /**
   * @param model names {@code embedder}'s model in the table; vectors of other models are ignored
   */
  public StoredEmbeddings(Embedder embedder, String model, EmbeddingTable table) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.model = Objects.requireNonNull(model, "model");
    this.table = Objects.requireNonNull(table, "table");
  }

  /** The embedding of the article's title and lead, from the store when it was computed before. */
  @Override
  public float[] of(String articleId, String title, String body) {
    String text = EmbeddingText.of(title, body);
    String hash = Hashing.sha256Hex(16, text);
    Optional<float[]> cached = table.get(articleId, model, hash);
    if (cached.isPresent()) {
      return cached.get();
    }
    float[] v = embedder.embed(text);
    table.put(articleId, model, hash, v);
    return v;
  }
}
