// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;

/**
 * Cached dense embeddings of articles (migration V010), one row per article and model. A vector is
 * stored as little-endian IEEE floats, so a read returns exactly the bits that were written.
 */
public final class EmbeddingTable {
  private final Database db;

  public EmbeddingTable(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /**
   * Stores {@code vector} for {@code articleId} under {@code model}, replacing an older one.
   *
   * @param textHash a hash of the text the vector was computed from, to detect stale rows
   */
  public void put(String articleId, String model, String textHash, float[] vector) {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(textHash, "textHash");
    Objects.requireNonNull(vector, "vector");
    db.runInTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT OR REPLACE INTO article_embeddings(article_id, model, text_hash,"
                      + " dimension, vector) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, articleId);
            ps.setString(2, model);
            ps.setString(3, textHash);
            ps.setInt(4, vector.length);
            ps.setBytes(5, toBytes(vector));
            ps.executeUpdate();
          }
        });
  }

  /**
   * The vector stored for {@code articleId} under {@code model}, if one was computed from text with
   * hash {@code textHash}; a row for other text counts as absent.
   */
  public Optional<float[]> get(String articleId, String model, String textHash) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT text_hash, dimension, vector FROM article_embeddings"
                      + " WHERE article_id = ? AND model = ?")) {
            ps.setString(1, articleId);
            ps.setString(2, model);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next() || !rs.getString(1).equals(textHash)) {
                return Optional.empty();
              }
              float[] v = fromBytes(rs.getBytes(3));
              if (v.length != rs.getInt(2)) {
                throw new IllegalStateException(
                    "embedding of "
                        + articleId
                        + " ("
                        + model
                        + ") is damaged: "
                        + v.length
                        + " values, "
                        + rs.getInt(2)
                        + " expected");
              }
              return Optional.of(v);
            }
          }
        });
  }

  /** Number of stored vectors of {@code model}. */
  public int count(String model) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM article_embeddings WHERE model = ?")) {
            ps.setString(1, model);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? rs.getInt(1) : 0;
            }
          }
        });
  }

  private static byte[] toBytes(float[] v) {
    ByteBuffer buf = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    buf.asFloatBuffer().put(v);
    return buf.array();
  }

  private static float[] fromBytes(byte[] bytes) {
    float[] out = new float[bytes.length / 4];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
    return out;
  }
}
