// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Persisted MinHash signatures and LSH band buckets (migration V002). Each insert is one
 * transaction, so a crash mid-insert leaves the item either fully indexed or absent.
 */
public final class MinHashTable {
  private final Database db;

  public MinHashTable(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /**
   * Stores {@code signature} and its band bucket keys ({@code bucketKeys[band]}) for {@code id}.
   */
  public void put(String id, int[] signature, long[] bucketKeys) {
    Objects.requireNonNull(id, "id");
    db.runInTransaction(
        c -> {
          try (PreparedStatement sig =
                  c.prepareStatement(
                      "INSERT OR REPLACE INTO minhash_signatures(article_id, signature) VALUES"
                          + " (?, ?)");
              PreparedStatement del =
                  c.prepareStatement("DELETE FROM minhash_bands WHERE article_id = ?");
              PreparedStatement band =
                  c.prepareStatement(
                      "INSERT OR IGNORE INTO minhash_bands(band, bucket, article_id) VALUES (?,?,?)")) {
            sig.setString(1, id);
            sig.setBytes(2, toBytes(signature));
            sig.executeUpdate();
            del.setString(1, id);
            del.executeUpdate();
            for (int b = 0; b < bucketKeys.length; b++) {
              band.setInt(1, b);
              band.setLong(2, bucketKeys[b]);
              band.setString(3, id);
              band.addBatch();
            }
            band.executeBatch();
          }
        });
  }

  /** Ids in the bucket {@code bucketKeys[band]} of any band. */
  public List<String> bucketMembers(long[] bucketKeys) {
    return db.read(
        c -> {
          List<String> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT article_id FROM minhash_bands WHERE band = ? AND bucket = ?")) {
            for (int b = 0; b < bucketKeys.length; b++) {
              ps.setInt(1, b);
              ps.setLong(2, bucketKeys[b]);
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  out.add(rs.getString(1));
                }
              }
            }
          }
          return out;
        });
  }

  /** The stored signature of {@code id}. */
  public Optional<int[]> signature(String id) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT signature FROM minhash_signatures WHERE article_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(fromBytes(rs.getBytes(1))) : Optional.empty();
            }
          }
        });
  }

  /** Number of stored signatures. */
  public int count() {
    return db.read(
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT COUNT(*) FROM minhash_signatures");
              ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
          }
        });
  }

  private static byte[] toBytes(int[] values) {
    ByteBuffer buf = ByteBuffer.allocate(values.length * 4);
    buf.asIntBuffer().put(values);
    return buf.array();
  }

  private static int[] fromBytes(byte[] bytes) {
    int[] out = new int[bytes.length / 4];
    ByteBuffer.wrap(bytes).asIntBuffer().get(out);
    return out;
  }
}
