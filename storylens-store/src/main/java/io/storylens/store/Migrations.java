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

/**
 * Applies the numbered SQL migrations in order. Hand-written because the few lines it takes are
 * less than a migration framework's SQLite support brings in; the list is explicit so a missing
 * resource fails loudly instead of being skipped.
 */
final class Migrations {
  /** Migration scripts, in order. Version = position + 1. Append only. */
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
          "V009__fts_own_file.sql");

  private Migrations() {}

  static void apply(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT"
              + " NULL)");
    }
    int current = currentVersion(c);
    for (int v = current + 1; v <= SCRIPTS.size(); v++) {
      String name = SCRIPTS.get(v - 1);
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        // Another process may have migrated while this one waited for the write lock.
        if (currentVersion(c) >= v) {
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
      String upper = t.toUpperCase(java.util.Locale.ROOT);
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
