// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylens.model.ErrorCode;
import io.storylens.model.Link;
import io.storylens.model.StorylensException;
import io.storylens.model.json.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The derivation graph last computed over the stored articles (migration V002). */
public final class LinkTable {
  private static final ObjectMapper JSON = Json.mapper();
  private final Database db;

  public LinkTable(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /** Replaces every stored link with {@code links}, in one transaction. */
  public void replaceAll(List<Link> links) {
    Objects.requireNonNull(links, "links");
    db.runInTransaction(
        c -> {
          try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM links");
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT OR REPLACE INTO links(from_id, to_id, kind, record) VALUES (?,?,?,?)")) {
            for (Link l : links) {
              ps.setString(1, l.from());
              ps.setString(2, l.to());
              ps.setString(3, l.kind().label());
              ps.setString(4, toJson(l));
              ps.addBatch();
            }
            ps.executeBatch();
          }
        });
  }

  /**
   * Replaces the stored links whose two ends are both in {@code ids} with {@code links} (a fresh
   * analysis of those articles), in one transaction; links touching other articles stay.
   */
  public void replaceAmong(Collection<String> ids, List<Link> links) {
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(links, "links");
    Set<String> set = new HashSet<>(ids);
    List<Link> keep = new ArrayList<>();
    for (Link l : all()) {
      if (!(set.contains(l.from()) && set.contains(l.to()))) {
        keep.add(l);
      }
    }
    keep.addAll(links);
    replaceAll(keep);
  }

  /** Every stored link, sorted by (from, to). */
  public List<Link> all() {
    return db.read(
        c -> {
          List<Link> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT record FROM links ORDER BY from_id, to_id");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              try {
                out.add(JSON.readValue(rs.getString(1), Link.class));
              } catch (JsonProcessingException e) {
                throw new StorylensException(
                    ErrorCode.STORE_FAILURE, "stored link is not valid JSON: " + e.getMessage(), e);
              }
            }
          }
          return out;
        });
  }

  private static String toJson(Link l) {
    try {
      return JSON.writeValueAsString(l);
    } catch (JsonProcessingException e) {
      throw new StorylensException(ErrorCode.STORE_FAILURE, "cannot serialize link", e);
    }
  }
}
