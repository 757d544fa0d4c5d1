// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import io.storylens.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stores the clusterer's state in the {@code cluster_*} tables of a {@link Database} (migrations
 * V003, V007) and loads it back, so that articles ingested later join the existing events. A save
 * replaces the stored state in one transaction: a crash leaves the previous state intact.
 */
public final class ClusterRepository {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Float>> VECTOR = new TypeReference<>() {};
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final Database db;

  public ClusterRepository(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /** The stored clusterer, or a fresh one when nothing is stored. */
  public OnlineClusterer load(ClusterSettings settings, EntityExtractor entities) {
    ClusterState state = db.read(this::read);
    return OnlineClusterer.restore(state, settings, entities);
  }

  /** Replaces the stored state with {@code clusterer}'s, titles taken from its snapshot. */
  public void save(OnlineClusterer clusterer) {
    Clustering snapshot = clusterer.clustering();
    ClusterState state = clusterer.export();
    Map<String, String> titles = new HashMap<>();
    snapshot.events().forEach(e -> titles.put(e.id(), e.title()));
    snapshot.storylines().forEach(s -> titles.put(s.id(), s.title()));
    db.inTransaction(c -> write(c, state, titles));
  }

  private ClusterState read(Connection c) throws SQLException {
    long docs = 0;
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT value FROM cluster_meta WHERE key = 'documents'")) {
      if (rs.next()) {
        docs = Long.parseLong(rs.getString(1));
      }
    }
    List<ClusterState.TermRow> df = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT term, df FROM cluster_terms ORDER BY seq")) {
      while (rs.next()) {
        df.add(new ClusterState.TermRow(rs.getString(1), rs.getInt(2)));
      }
    }
    List<ClusterState.NodeRow> storylines = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, alive FROM cluster_storylines ORDER BY seq")) {
      while (rs.next()) {
        storylines.add(new ClusterState.NodeRow(rs.getString(1), "", rs.getInt(2) == 1));
      }
    }
    List<ClusterState.NodeRow> events = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT id, storyline, alive FROM cluster_events ORDER BY seq")) {
      while (rs.next()) {
        events.add(new ClusterState.NodeRow(rs.getString(1), rs.getString(2), rs.getInt(3) == 1));
      }
    }
    List<ClusterState.MemberRow> members = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT article_id, event_id, time, title, flags, vector, days, key_terms FROM"
                    + " cluster_members"
                    + " ORDER BY seq")) {
      while (rs.next()) {
        members.add(
            new ClusterState.MemberRow(
                rs.getString(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                parse(rs.getString(5), STRINGS),
                parse(rs.getString(6), VECTOR),
                parse(rs.getString(7), STRINGS),
                parse(rs.getString(8), STRINGS)));
      }
    }
    List<ClusterChange> changes = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT kind, level, from_id, into_id, sequence FROM cluster_changes ORDER BY"
                    + " seq")) {
      while (rs.next()) {
        changes.add(
            new ClusterChange(
                ClusterChange.Kind.valueOf(rs.getString(1)),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5)));
      }
    }
    return new ClusterState(docs, df, members, events, storylines, changes);
  }

  private static Void write(Connection c, ClusterState s, Map<String, String> titles)
      throws SQLException {
    try (Statement st = c.createStatement()) {
      for (String t :
          List.of(
              "cluster_meta",
              "cluster_terms",
              "cluster_storylines",
              "cluster_events",
              "cluster_members",
              "cluster_changes")) {
        st.executeUpdate("DELETE FROM " + t);
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO cluster_meta(key, value) VALUES ('documents', ?)")) {
      ps.setString(1, Long.toString(s.documents()));
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO cluster_terms(seq, term, df) VALUES (?, ?, ?)")) {
      int seq = 0;
      for (ClusterState.TermRow r : s.terms()) {
        ps.setInt(1, seq++);
        ps.setString(2, r.term());
        ps.setInt(3, r.df());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO cluster_storylines(seq, id, alive, title) VALUES (?, ?, ?, ?)")) {
      int seq = 0;
      for (ClusterState.NodeRow r : s.storylines()) {
        ps.setInt(1, seq++);
        ps.setString(2, r.id());
        ps.setInt(3, r.alive() ? 1 : 0);
        ps.setString(4, titles.getOrDefault(r.id(), ""));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO cluster_events(seq, id, storyline, alive, title) VALUES (?, ?, ?, ?, ?)")) {
      int seq = 0;
      for (ClusterState.NodeRow r : s.events()) {
        ps.setInt(1, seq++);
        ps.setString(2, r.id());
        ps.setString(3, r.parent());
        ps.setInt(4, r.alive() ? 1 : 0);
        ps.setString(5, titles.getOrDefault(r.id(), ""));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO cluster_members(seq, article_id, event_id, time, title, flags, vector,"
                + " days, key_terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int seq = 0;
      for (ClusterState.MemberRow r : s.members()) {
        ps.setInt(1, seq++);
        ps.setString(2, r.article());
        ps.setString(3, r.event());
        ps.setLong(4, r.time());
        ps.setString(5, r.title());
        ps.setString(6, json(r.flags()));
        ps.setString(7, json(new java.util.TreeMap<>(r.vector())));
        ps.setString(8, json(r.days()));
        ps.setString(9, json(r.key()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO cluster_changes(seq, kind, level, from_id, into_id, sequence)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      int seq = 0;
      for (ClusterChange ch : s.changes()) {
        ps.setInt(1, seq++);
        ps.setString(2, ch.kind().name());
        ps.setString(3, ch.level());
        ps.setString(4, ch.from());
        ps.setString(5, ch.into());
        ps.setLong(6, ch.sequence());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return null;
  }

  private static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T parse(String s, TypeReference<T> type) {
    try {
      return JSON.readValue(s, type);
    } catch (JsonProcessingException e) {
      throw new StorylensException(
          ErrorCode.STORE_FAILURE, "corrupt cluster state row: " + e.getMessage(), e);
    }
  }
}
