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
 * @param df document frequency of every term
 * @param members articles in assignment order
 * @param events events in creation order (merged-away ones included, as not alive)
 * @param storylines storylines in creation order
 * @param changes the merge/split log
 */
public record ClusterState(
    long documents,
    Map<String, Integer> df,
    List<MemberRow> members,
    List<NodeRow> events,
    List<NodeRow> storylines,
    List<ClusterChange> changes) {
  public ClusterState {
    df = Map.copyOf(df);
    members = List.copyOf(members);
    events = List.copyOf(events);
    storylines = List.copyOf(storylines);
    changes = List.copyOf(changes);
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
   */
  public record MemberRow(
      String article,
      String event,
      long time,
      String title,
      List<String> flags,
      Map<String, Float> vector) {
    public MemberRow {
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
