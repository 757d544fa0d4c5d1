// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.storylens.model.json.Json;
import io.storylens.store.AnnotationTable;
import io.storylens.store.Database;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link AnnotationCache} in the store's annotation table ({@link AnnotationTable}), as JSON: the
 * SQL stays in the store, the format of {@link ArticleAnnotations} here.
 */
public final class SqliteAnnotationCache implements AnnotationCache {
  private final AnnotationTable table;

  public SqliteAnnotationCache(Database db) {
    this.table = new AnnotationTable(Objects.requireNonNull(db, "db"));
  }

  @Override
  public Optional<ArticleAnnotations> get(String articleId, String key) {
    Optional<String> json = table.get(articleId, key);
    if (json.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.mapper().readValue(json.get(), ArticleAnnotations.class));
    } catch (JsonProcessingException e) {
      return Optional.empty(); // an unreadable entry is re-annotated and overwritten
    }
  }

  @Override
  public void put(String articleId, String key, ArticleAnnotations annotations) {
    String json;
    try {
      json = Json.mapper().writeValueAsString(annotations);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize annotations of " + articleId, e);
    }
    table.put(articleId, key, json);
  }
}
