// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The online clusterer's state in the {@code cluster_*} tables (migrations V003, V005), as rows:
 * the store keeps what it is given, in order, and knows nothing of the clusterer; the per-article
 * vectors and lists are opaque payloads whose format the clustering stage owns.
 *
 * <p>A {@link #replace} swaps the whole state in one transaction, so a crash leaves the previous
 * state intact; {@link #load} returns every table in the order it was written.
 */
public final class ClusterTables {
  private final Database db;

  public ClusterTables(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /**
   * The whole stored state; all lists empty and {@code documents} 0 when nothing was saved.
   *
   * @param documents number of documents the term frequencies count
   * @param terms terms in term-id order
   * @param storylines storylines in creation order ({@code parent} empty)
   * @param events events in creation order
   * @param members articles in stored order
   * @param changes the consolidation log in order
   */
  public record Snapshot(
      long documents,
      List<Term> terms,
      List<Node> storylines,
      List<Node> events,
      List<Member> members,
      List<Change> changes) {
    public Snapshot {
      terms = List.copyOf(terms);
      storylines = List.copyOf(storylines);
      events = List.copyOf(events);
      members = List.copyOf(members);
      changes = List.copyOf(changes);
    }
  }

  /** A term and its document frequency. */
  public record Term(String term, int df) {
    public Term {
      Objects.requireNonNull(term, "term");
    }
  }

  /**
   * An event or a storyline.
   *
   * @param id its id
   * @param parent an event's storyline; empty for a storyline
   * @param alive false once merged away
   * @param title display title (written for readers of the database; not read back)
   */
  public record Node(String id, String parent, boolean alive, String title) {
    public Node {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(parent, "parent");
      Objects.requireNonNull(title, "title");
    }
  }

  /**
   * One placed article; the last four fields are payloads in the clustering stage's format.
   *
   * @param article article id
   * @param event event id
   * @param time placement time, epoch seconds
   * @param title display title
   */
  public record Member(
      String article,
      String event,
      long time,
      String title,
      String flags,
      String vector,
      String days,
      String key) {
    public Member {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(flags, "flags");
      Objects.requireNonNull(vector, "vector");
      Objects.requireNonNull(days, "days");
      Objects.requireNonNull(key, "key");
    }
  }

  /** One consolidation step: kind and level as names, the ids before and after, its order. */
  public record Change(String kind, String level, String from, String into, long sequence) {
    public Change {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(into, "into");
    }
  }

  /** The stored state (empty when nothing was saved). */
  public Snapshot load() {
    return db.read(ClusterTables::read);
  }

  /** Replaces the stored state with {@code state} in one transaction. */
  public void replace(Snapshot state) {
    Objects.requireNonNull(state, "state");
    db.runInTransaction(c -> write(c, state));
  }

  private static Snapshot read(Connection c) throws SQLException {
    long docs = 0;
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT value FROM cluster_meta WHERE key = 'documents'")) {
      if (rs.next()) {
        docs = Long.parseLong(rs.getString(1));
      }
    }
    List<Term> terms = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT term, df FROM cluster_terms ORDER BY seq")) {
      while (rs.next()) {
        terms.add(new Term(rs.getString(1), rs.getInt(2)));
      }
    }
    List<Node> storylines = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT id, alive, title FROM cluster_storylines ORDER BY seq")) {
      while (rs.next()) {
        storylines.add(new Node(rs.getString(1), "", rs.getInt(2) == 1, text(rs, 3)));
      }
    }
    List<Node> events = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT id, storyline, alive, title FROM cluster_events ORDER BY seq")) {
      while (rs.next()) {
        events.add(new Node(rs.getString(1), rs.getString(2), rs.getInt(3) == 1, text(rs, 4)));
      }
    }
    List<Member> members = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT article_id, event_id, time, title, flags, vector, days, key_terms FROM"
                    + " cluster_members ORDER BY seq")) {
      while (rs.next()) {
        members.add(
            new Member(
                rs.getString(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8)));
      }
    }
    List<Change> changes = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT kind, level, from_id, into_id, sequence FROM cluster_changes ORDER BY"
                    + " seq")) {
      while (rs.next()) {
        changes.add(
            new Change(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
      }
    }
    return new Snapshot(docs, terms, storylines, events, members, changes);
  }

  private static String text(ResultSet rs, int column) throws SQLException {
    String s = rs.getString(column);
    return s == null ? "" : s;
  }

  private static void write(Connection c, Snapshot s) throws SQLException {
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
      for (Term r : s.terms()) {
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
      for (Node r : s.storylines()) {
        ps.setInt(1, seq++);
        ps.setString(2, r.id());
        ps.setInt(3, r.alive() ? 1 : 0);
        ps.setString(4, r.title());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO cluster_events(seq, id, storyline, alive, title) VALUES (?, ?, ?, ?, ?)")) {
      int seq = 0;
      for (Node r : s.events()) {
        ps.setInt(1, seq++);
        ps.setString(2, r.id());
        ps.setString(3, r.parent());
        ps.setInt(4, r.alive() ? 1 : 0);
        ps.setString(5, r.title());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO cluster_members(seq, article_id, event_id, time, title, flags, vector,"
                + " days, key_terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int seq = 0;
      for (Member r : s.members()) {
        ps.setInt(1, seq++);
        ps.setString(2, r.article());
        ps.setString(3, r.event());
        ps.setLong(4, r.time());
        ps.setString(5, r.title());
        ps.setString(6, r.flags());
        ps.setString(7, r.vector());
        ps.setString(8, r.days());
        ps.setString(9, r.key());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO cluster_changes(seq, kind, level, from_id, into_id, sequence)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      int seq = 0;
      for (Change ch : s.changes()) {
        ps.setInt(1, seq++);
        ps.setString(2, ch.kind());
        ps.setString(3, ch.level());
        ps.setString(4, ch.from());
        ps.setString(5, ch.into());
        ps.setLong(6, ch.sequence());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
