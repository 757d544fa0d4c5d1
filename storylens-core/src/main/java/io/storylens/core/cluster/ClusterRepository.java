// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import io.storylens.store.ClusterTables;
import io.storylens.store.Database;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Stores the clusterer's state in the store's cluster tables ({@link ClusterTables}) and loads it
 * back, so that articles ingested later join the existing events. A save replaces the stored state
 * in one transaction: a crash leaves the previous state intact. The SQL stays in the store; the
 * format of the per-article payloads (JSON lists and term vectors) is kept here.
 */
public final class ClusterRepository {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Float>> VECTOR = new TypeReference<>() {};
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final ClusterTables tables;

  public ClusterRepository(Database db) {
    this.tables = new ClusterTables(Objects.requireNonNull(db, "db"));
  }

  /** The stored clusterer, or a fresh one when nothing is stored. */
  public OnlineClusterer load(ClusterSettings settings, EntityExtractor entities) {
    return OnlineClusterer.restore(state(tables.load()), settings, entities);
  }

  /** Replaces the stored state with {@code clusterer}'s, titles taken from its snapshot. */
  public void save(OnlineClusterer clusterer) {
    Clustering snapshot = clusterer.clustering();
    ClusterState state = clusterer.export();
    Map<String, String> titles = new HashMap<>();
    snapshot.events().forEach(e -> titles.put(e.id(), e.title()));
    snapshot.storylines().forEach(s -> titles.put(s.id(), s.title()));
    tables.replace(rows(state, titles));
  }

  private static ClusterState state(ClusterTables.Snapshot s) {
    return new ClusterState(
        s.documents(),
        s.terms().stream().map(t -> new ClusterState.TermRow(t.term(), t.df())).toList(),
        s.members().stream()
            .map(
                m ->
                    new ClusterState.MemberRow(
                        m.article(),
                        m.event(),
                        m.time(),
                        m.title(),
                        parse(m.flags(), STRINGS),
                        parse(m.vector(), VECTOR),
                        parse(m.days(), STRINGS),
                        parse(m.key(), STRINGS)))
            .toList(),
        s.events().stream()
            .map(n -> new ClusterState.NodeRow(n.id(), n.parent(), n.alive()))
            .toList(),
        s.storylines().stream().map(n -> new ClusterState.NodeRow(n.id(), "", n.alive())).toList(),
        s.changes().stream()
            .map(
                c ->
                    new ClusterChange(
                        ClusterChange.Kind.valueOf(c.kind()),
                        c.level(),
                        c.from(),
                        c.into(),
                        c.sequence()))
            .toList());
  }

  private static ClusterTables.Snapshot rows(ClusterState s, Map<String, String> titles) {
    return new ClusterTables.Snapshot(
        s.documents(),
        s.terms().stream().map(t -> new ClusterTables.Term(t.term(), t.df())).toList(),
        s.storylines().stream()
            .map(
                n -> new ClusterTables.Node(n.id(), "", n.alive(), titles.getOrDefault(n.id(), "")))
            .toList(),
        s.events().stream()
            .map(
                n ->
                    new ClusterTables.Node(
                        n.id(), n.parent(), n.alive(), titles.getOrDefault(n.id(), "")))
            .toList(),
        s.members().stream()
            .map(
                m ->
                    new ClusterTables.Member(
                        m.article(),
                        m.event(),
                        m.time(),
                        m.title(),
                        json(m.flags()),
                        // Sorted, so that the same state is always written as the same text.
                        json(new TreeMap<>(m.vector())),
                        json(m.days()),
                        json(m.key())))
            .toList(),
        s.changes().stream()
            .map(
                c ->
                    new ClusterTables.Change(
                        c.kind().name(), c.level(), c.from(), c.into(), c.sequence()))
            .toList());
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
