// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Applies the numbered SQL migrations in order. Hand-written because the few lines it takes are
 * less than a migration framework's SQLite support brings in; the list is explicit so a missing
 * resource fails loudly instead of being skipped.
 */
final class Migrations {
  /**
   * Migration scripts, in order; each one's version is the number after its {@code V}. Append only.
   * Versions may have gaps (branches number their migrations ahead of each other), and a script is
   * applied when its version is not yet recorded, so a version merged in later below a higher one
   * still runs.
   */
  static final List<String> SCRIPTS =
      List.of(
          "V001__articles.sql",
          "V002__links.sql",
          "V003__clusters.sql",
          "V004__nlp_annotations.sql",
          "V005__cluster_event_days.sql",
          "V006__fts_batch_index.sql",
          "V007__fts_hash_size.sql",
          "V008__fts_merge_width.sql",
          "V009__fts_own_file.sql",
          "V010__article_embeddings.sql",
          "V011__analysis.sql",
          "V019__article_url_key.sql");

  private Migrations() {}

  /** The version of the newest script, which a migrated database reports. */
  static int latest() {
    return version(SCRIPTS.get(SCRIPTS.size() - 1));
  }

  static void apply(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT"
              + " NULL)");
    }
    for (String name : SCRIPTS) {
      int v = version(name);
      // Checked outside a transaction first: an up-to-date database needs no write lock (it may
      // be read-only).
      if (applied(c, v)) {
        continue;
      }
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        // Another process may have migrated while this one waited for the write lock.
        if (applied(c, v)) {
          c.commit();
          continue;
        }
        for (String sql : statements(load(name))) {
          st.execute(sql);
        }
        try (PreparedStatement ps =
            c.prepareStatement("INSERT INTO schema_version(version, name) VALUES (?, ?)")) {
          ps.setInt(1, v);
          ps.setString(2, name);
          ps.executeUpdate();
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw new SQLException("migration " + name + " failed: " + e.getMessage(), e);
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  /** The version in a script's name: {@code V011__analysis.sql} is 11. */
  static int version(String name) {
    if (!name.matches("V\\d{3}__[a-z0-9_]+\\.sql")) {
      throw new IllegalStateException("migration name is not V###__name.sql: " + name);
    }
    return Integer.parseInt(name.substring(1, 4));
  }

  private static boolean applied(Connection c, int version) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT 1 FROM schema_version WHERE version = ?")) {
      ps.setInt(1, version);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  static int currentVersion(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static String load(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
      if (in == null) {
        throw new IllegalStateException("migration resource missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits a script on {@code ;} at line ends, keeping trigger bodies (BEGIN … END;) whole. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean inTrigger = false;
    for (String line : script.lines().toList()) {
      String t = line.strip();
      if (t.startsWith("--") || t.isEmpty()) {
        continue;
      }
      cur.append(line).append('\n');
      String upper = t.toUpperCase(Locale.ROOT);
      if (upper.startsWith("CREATE TRIGGER")) {
        inTrigger = true;
      }
      boolean ends = inTrigger ? upper.equals("END;") : t.endsWith(";");
      if (ends) {
        out.add(cur.toString().strip());
        cur.setLength(0);
        inTrigger = false;
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString().strip());
    }
    return out;
  }
}
