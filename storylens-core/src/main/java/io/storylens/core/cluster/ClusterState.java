// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything an {@link OnlineClusterer} needs to resume where it stopped: document frequencies,
 * each article's stored vector and event, the events and storylines in creation order (their
 * centroids are sums of member vectors, so they are rebuilt rather than stored), and the change
 * log. Restoring and then assigning a new article places it as the live clusterer would have.
 *
 * @param documents number of documents counted in {@code df}
 * @param terms every term with its document frequency, in term-id order (ids break ties when
 *     vectors are trimmed, so restoring them in order reproduces the same vectors)
 * @param members articles event by event, each event's in the order it received them
 * @param events events in creation order (merged-away ones included, as not alive)
 * @param storylines storylines in creation order
 * @param changes the merge/split log
 */
public record ClusterState(
    long documents,
    List<TermRow> terms,
    List<MemberRow> members,
    List<NodeRow> events,
    List<NodeRow> storylines,
    List<ClusterChange> changes) {
  public ClusterState {
    terms = List.copyOf(terms);
    members = List.copyOf(members);
    events = List.copyOf(events);
    storylines = List.copyOf(storylines);
    changes = List.copyOf(changes);
  }

  /** A term and its document frequency. */
  public record TermRow(String term, int df) {
    public TermRow {
      Objects.requireNonNull(term, "term");
    }
  }

  /**
   * One stored article.
   *
   * @param article article id
   * @param event event id
   * @param time placement time, epoch seconds
   * @param title display title
   * @param flags date flags
   * @param vector term weights (before idf)
   * @param days the reported happening's days (ISO dates, sorted); empty when none were found
   * @param key the headline's stemmed content words, sorted
   */
  public record MemberRow(
      String article,
      String event,
      long time,
      String title,
      List<String> flags,
      Map<String, Float> vector,
      List<String> days,
      List<String> key) {
    public MemberRow {
      days = List.copyOf(days);
      key = List.copyOf(key);
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(title, "title");
      flags = List.copyOf(flags);
      vector = Map.copyOf(vector);
    }
  }

  /**
   * One event or storyline.
   *
   * @param id its id
   * @param parent for an event, its storyline's id; empty for a storyline
   * @param alive false once merged away
   */
  public record NodeRow(String id, String parent, boolean alive) {
    public NodeRow {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(parent, "parent");
    }
  }
}
