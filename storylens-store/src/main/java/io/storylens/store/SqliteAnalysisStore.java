// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link AnalysisStore} in the {@code analysis_*} tables of a {@link Database} (migration V011).
 */
public final class SqliteAnalysisStore implements AnalysisStore {
  private static final String PIPELINE = "pipeline";
  private static final String GENERATION = "generation";

  /** Ids per {@code IN (…)} query, well under SQLite's limit of bound parameters. */
  private static final int CHUNK = 500;

  private final Database db;

  public SqliteAnalysisStore(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public Map<String, String> articleResults(String pipeline, Collection<String> ids) {
    Objects.requireNonNull(pipeline, "pipeline");
    List<String> all = List.copyOf(new LinkedHashSet<>(ids));
    Map<String, String> out = new HashMap<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
      db.read(
          c -> {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "SELECT article_id, payload FROM analysis_articles WHERE pipeline = ? AND"
                        + " article_id IN ("
                        + marks
                        + ")")) {
              ps.setString(1, pipeline);
              for (int i = 0; i < chunk.size(); i++) {
                ps.setString(i + 2, chunk.get(i));
              }
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  out.put(rs.getString(1), rs.getString(2));
                }
              }
            }
            return out;
          });
    }
    return out;
  }

  @Override
  public void putArticleResults(String pipeline, Map<String, String> results) {
    Objects.requireNonNull(pipeline, "pipeline");
    if (results.isEmpty()) {
      return;
    }
    db.runInTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT OR REPLACE INTO analysis_articles(article_id, pipeline, payload)"
                      + " VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> e : results.entrySet()) {
              ps.setString(1, e.getKey());
              ps.setString(2, pipeline);
              ps.setString(3, e.getValue());
              ps.addBatch();
            }
            ps.executeBatch();
          }
        });
  }

  @Override
  public int countArticleResults(String pipeline) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM analysis_articles WHERE pipeline = ?")) {
            ps.setString(1, pipeline);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? rs.getInt(1) : 0;
            }
          }
        });
  }

  @Override
  public Optional<Published> published() {
    return db.read(
        c -> {
          Map<String, String> values = new HashMap<>();
          try (Statement st = c.createStatement();
              ResultSet rs = st.executeQuery("SELECT key, value FROM analysis_state")) {
            while (rs.next()) {
              values.put(rs.getString(1), rs.getString(2));
            }
          }
          String pipeline = values.remove(PIPELINE);
          String generation = values.remove(GENERATION);
          if (pipeline == null || generation == null) {
            return Optional.empty();
          }
          Map<String, List<Row>> collections = new LinkedHashMap<>();
          try (Statement st = c.createStatement();
              ResultSet rs =
                  st.executeQuery(
                      "SELECT kind, key, payload FROM analysis_rows ORDER BY kind, ord")) {
            while (rs.next()) {
              collections
                  .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                  .add(new Row(rs.getString(2), rs.getString(3)));
            }
          }
          return Optional.of(
              new Published(pipeline, Long.parseLong(generation), values, collections));
        });
  }

  @Override
  public void publish(Published p) {
    Objects.requireNonNull(p, "p");
    if (p.values().containsKey(PIPELINE) || p.values().containsKey(GENERATION)) {
      throw new IllegalArgumentException("value names pipeline and generation are reserved");
    }
    // Hashes are computed before the write lock is taken: the transaction only compares and writes.
    Map<String, List<Hashed>> hashed = new HashMap<>();
    p.collections().forEach((kind, rows) -> hashed.put(kind, hash(kind, rows)));
    db.runInTransaction(
        c -> {
          try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM analysis_state");
          }
          try (PreparedStatement ps =
              c.prepareStatement("INSERT INTO analysis_state(key, value) VALUES (?, ?)")) {
            Map<String, String> all = new LinkedHashMap<>(p.values());
            all.put(PIPELINE, p.pipeline());
            all.put(GENERATION, Long.toString(p.generation()));
            for (Map.Entry<String, String> e : all.entrySet()) {
              ps.setString(1, e.getKey());
              ps.setString(2, e.getValue());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          Set<String> kinds = storedKinds(c);
          kinds.addAll(hashed.keySet());
          for (String kind : kinds) {
            replaceRows(c, kind, hashed.getOrDefault(kind, List.of()));
          }
        });
  }

  private record Hashed(String key, int ord, String hash, String payload) {}

  private static List<Hashed> hash(String kind, List<Row> rows) {
    List<Hashed> out = new ArrayList<>(rows.size());
    Set<String> keys = new HashSet<>();
    MessageDigest md = sha256();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (!keys.add(r.key())) {
        throw new IllegalArgumentException("key " + r.key() + " twice in collection " + kind);
      }
      byte[] digest = md.digest(r.payload().getBytes(StandardCharsets.UTF_8));
      out.add(new Hashed(r.key(), i, HexFormat.of().formatHex(digest, 0, 12), r.payload()));
    }
    return out;
  }

  private static Set<String> storedKinds(Connection c) throws SQLException {
    Set<String> kinds = new HashSet<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT DISTINCT kind FROM analysis_rows")) {
      while (rs.next()) {
        kinds.add(rs.getString(1));
      }
    }
    return kinds;
  }

  /** Makes the stored rows of {@code kind} equal {@code rows}, writing only what differs. */
  private static void replaceRows(Connection c, String kind, List<Hashed> rows)
      throws SQLException {
    Map<String, String> stored = new HashMap<>(); // key -> ord:hash
    try (PreparedStatement ps =
        c.prepareStatement("SELECT key, ord, hash FROM analysis_rows WHERE kind = ?")) {
      ps.setString(1, kind);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          stored.put(rs.getString(1), rs.getInt(2) + ":" + rs.getString(3));
        }
      }
    }
    try (PreparedStatement put =
        c.prepareStatement(
            "INSERT OR REPLACE INTO analysis_rows(kind, key, ord, hash, payload)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (Hashed h : rows) {
        String was = stored.remove(h.key());
        if (!(h.ord() + ":" + h.hash()).equals(was)) {
          put.setString(1, kind);
          put.setString(2, h.key());
          put.setInt(3, h.ord());
          put.setString(4, h.hash());
          put.setString(5, h.payload());
          put.addBatch();
        }
      }
      put.executeBatch();
    }
    try (PreparedStatement del =
        c.prepareStatement("DELETE FROM analysis_rows WHERE kind = ? AND key = ?")) {
      for (String gone : stored.keySet()) {
        del.setString(1, kind);
        del.setString(2, gone);
        del.addBatch();
      }
      del.executeBatch();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
