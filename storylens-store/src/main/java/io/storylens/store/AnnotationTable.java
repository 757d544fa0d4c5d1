// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;

/**
 * Language-layer annotations kept per article and annotator configuration (migration V004), as
 * opaque payloads: the store keeps the text it is given and knows nothing of its format, so the
 * language layer owns its serialization.
 */
public final class AnnotationTable {
  private final Database db;

  public AnnotationTable(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /** The payload stored for {@code articleId} under {@code configKey}, if any. */
  public Optional<String> get(String articleId, String configKey) {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(configKey, "configKey");
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT payload FROM nlp_annotations WHERE article_id = ? AND config_key = ?")) {
            ps.setString(1, articleId);
            ps.setString(2, configKey);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
          }
        });
  }

  /** Stores {@code payload} for {@code articleId} under {@code configKey}, replacing any other. */
  public void put(String articleId, String configKey, String payload) {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(configKey, "configKey");
    Objects.requireNonNull(payload, "payload");
    db.runInTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT OR REPLACE INTO nlp_annotations(article_id, config_key, payload)"
                      + " VALUES (?, ?, ?)")) {
            ps.setString(1, articleId);
            ps.setString(2, configKey);
            ps.setString(3, payload);
            ps.executeUpdate();
          }
        });
  }
}
