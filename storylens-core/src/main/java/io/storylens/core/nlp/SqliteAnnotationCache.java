// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.storylens.model.json.Json;
import io.storylens.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;

/** {@link AnnotationCache} in the store's {@code nlp_annotations} table (migration V004). */
public final class SqliteAnnotationCache implements AnnotationCache {
  private final Database db;

  public SqliteAnnotationCache(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public Optional<ArticleAnnotations> get(String articleId, String key) {
    String json =
        db.read(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT payload FROM nlp_annotations WHERE article_id = ? AND config_key = ?")) {
                ps.setString(1, articleId);
                ps.setString(2, key);
                try (ResultSet rs = ps.executeQuery()) {
                  return rs.next() ? rs.getString(1) : null;
                }
              }
            });
    if (json == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.mapper().readValue(json, ArticleAnnotations.class));
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
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT OR REPLACE INTO nlp_annotations(article_id, config_key, payload)"
                      + " VALUES (?, ?, ?)")) {
            ps.setString(1, articleId);
            ps.setString(2, key);
            ps.setString(3, json);
            return ps.executeUpdate();
          }
        });
  }
}
