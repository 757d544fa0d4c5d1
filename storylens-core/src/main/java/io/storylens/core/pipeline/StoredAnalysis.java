// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storylens.core.cluster.ClusterState;
import io.storylens.core.cluster.LearnedState;
import io.storylens.model.Article;
import io.storylens.model.Dossier;
import io.storylens.model.Entity;
import io.storylens.model.ErrorCode;
import io.storylens.model.Event;
import io.storylens.model.Link;
import io.storylens.model.StorylensException;
import io.storylens.model.Storyline;
import io.storylens.model.TimelineEntry;
import io.storylens.model.json.Json;
import io.storylens.store.AnalysisStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An {@link IncrementalAnalyzer} whose results are kept in an {@link AnalysisStore}: per-article
 * results as they are computed, and each published analysis as a whole, so that a restarted process
 * serves the last analysis at once ({@link #published}) and goes on from it ({@link #resume}) with
 * nothing analyzed again.
 *
 * <p>The published analysis is saved in the report's own JSON format (article views without their
 * text, which the store already holds), so an analysis of an older pipeline version can still be
 * read and served while the current version analyzes everything again. Not thread-safe: one
 * analysis thread drives it.
 */
public final class StoredAnalysis {
  static final String VIEWS = "views";
  static final String LINKS = "links";
  static final String EVENTS = "events";
  static final String STORYLINES = "storylines";
  static final String DOSSIERS = "dossiers";
  static final String MEMBERS = "cluster_members";
  static final String ENTITIES = "entities";
  static final String TIMELINE = "timeline";
  static final String CLUSTERS = "clusters";
  static final String GROUPING = "grouping";
  static final String GROUPING_IDENTITY = "grouping_identity";
  static final String PLACEMENTS = "placements";
  static final String LINKED_FULLY_AT = "linked_fully_at";

  private static final ObjectMapper JSON = Json.mapper();

  private final AnalysisStore store;
  private final String pipeline;
  private final IncrementalAnalyzer analyzer;

  /** The grouping path of the stages ({@link ClusterStage#name()}). */
  private final String grouping;

  /** What decides the stages' placements ({@link ClusterStage#identity()}). */
  private final String groupingIdentity;

  /** Dossiers serialized by the last save, by identity: an unchanged dossier is the same object. */
  private Map<Dossier, String> dossierJson = new IdentityHashMap<>();

  private long generation;

  /**
   * @param config the stages
   * @param store where results are kept
   * @param pipeline the version of the stages' output ({@link Analyzer#PIPELINE_VERSION})
   */
  public StoredAnalysis(Analyzer config, AnalysisStore store, String pipeline) {
    this.store = Objects.requireNonNull(store, "store");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.analyzer = config.incremental().withResults(new Results());
    this.grouping = config.clusters().name();
    this.groupingIdentity = config.clusters().identity();
  }

  /** With the current {@link Analyzer#PIPELINE_VERSION}. */
  public StoredAnalysis(Analyzer config, AnalysisStore store) {
    this(config, store, Analyzer.PIPELINE_VERSION);
  }

  /** The analysis last published in the store. */
  public record Published(String pipeline, long generation, Report report) {}

  /**
   * Reads the analysis last published in the store, of whatever pipeline version, without running
   * any stage: its article views take their text from {@code stored}, and articles that are no
   * longer stored are left out.
   */
  public Optional<Published> published(List<Article> stored) {
    return store.published().map(p -> read(p, stored));
  }

  /**
   * The grouping path the published analysis was made with ({@link ClusterStage#name()}); empty
   * when nothing is published. Analyses kept before the path was recorded were all cheap.
   */
  public Optional<String> publishedGrouping() {
    return store.published().map(StoredAnalysis::groupingOf);
  }

  private static String groupingOf(AnalysisStore.Published p) {
    return p.values().getOrDefault(GROUPING, ClusterStage.CHEAP);
  }

  /**
   * The identity of the grouping the published analysis was made with; analyses kept before it was
   * recorded have their path's name, which only the cheap path's identity equals (the embedding
   * paths of then embedded other vectors or ran another model).
   */
  private static String identityOf(AnalysisStore.Published p) {
    return p.values().getOrDefault(GROUPING_IDENTITY, groupingOf(p));
  }

  /**
   * Takes up the published analysis when the current pipeline version made it on the same grouping
   * path with the same model and embedder ({@link ClusterStage#identity()}), so that the next
   * {@link #analyze} costs only new articles; otherwise (another version, another path or model, or
   * nothing saved) the next analysis starts from nothing, reusing the per-article results saved
   * under this version (and, on the embedding path, the stored embeddings).
   *
   * @return whether the saved analysis was taken up
   */
  public boolean resume(List<Article> stored) {
    Optional<AnalysisStore.Published> saved = store.published();
    if (saved.isEmpty()
        || !saved.get().pipeline().equals(pipeline)
        || !groupingOf(saved.get()).equals(grouping)
        || !identityOf(saved.get()).equals(groupingIdentity)) {
      generation = saved.map(AnalysisStore.Published::generation).orElse(0L);
      return false;
    }
    AnalysisStore.Published p = saved.get();
    generation = p.generation();
    Report report = read(p, stored).report();
    KeptGrouping state;
    if (grouping.equals(ClusterStage.CHEAP)) {
      ClusterState clusters = value(p, CLUSTERS, ClusterState.class);
      List<ClusterState.MemberRow> members = rows(p, MEMBERS, ClusterState.MemberRow.class);
      state =
          new KeptGrouping.Cheap(
              new ClusterState(
                  clusters.documents(),
                  clusters.terms(),
                  members,
                  clusters.events(),
                  clusters.storylines(),
                  clusters.changes()));
    } else {
      state = new KeptGrouping.Embedding(value(p, PLACEMENTS, LearnedState.class));
    }
    List<String> ids = report.articles().stream().map(ArticleView::id).toList();
    if (ids.size() != p.collections().getOrDefault(VIEWS, List.of()).size()) {
      return false; // an article of the analysis is no longer stored: analyze again
    }
    analyzer.restore(
        new IncrementalAnalyzer.State(
            ids, state, Integer.parseInt(p.values().getOrDefault(LINKED_FULLY_AT, "0")), report),
        stored);
    return true;
  }

  /**
   * Analyzes {@code all} (the complete set of articles, as {@link IncrementalAnalyzer#analyze}
   * takes it), saving per-article results as they are computed; with {@code publish}, also saves
   * the resulting analysis as the published one.
   */
  public Report analyze(List<Article> all, boolean publish) {
    Report r = analyzer.analyze(all);
    if (publish) {
      publish(r);
    }
    return r;
  }

  /** Saves the analyzer's current report as the published analysis. */
  public void publish() {
    publish(analyzer.report());
  }

  /** The ids of the articles the analyzer holds. */
  public Set<String> analyzed() {
    return analyzer.analyzed();
  }

  /** The stage running now ("" when idle). */
  public String stage() {
    return analyzer.stage();
  }

  /** How many articles had their per-article stages run by this process. */
  public long computed() {
    return analyzer.computed();
  }

  /** The generation of the last saved analysis (0 when none). */
  public long generation() {
    return generation;
  }

  private void publish(Report r) {
    IncrementalAnalyzer.State state = analyzer.export();
    Map<String, List<AnalysisStore.Row>> collections = new HashMap<>();
    collections.put(VIEWS, keyed(r.articles(), ArticleView::id, StoredAnalysis::withoutText));
    collections.put(LINKS, keyed(r.links(), l -> l.from() + " " + l.to(), StoredAnalysis::json));
    collections.put(EVENTS, keyed(r.events(), Event::id, StoredAnalysis::json));
    collections.put(STORYLINES, keyed(r.storylines(), Storyline::id, StoredAnalysis::json));
    Map<Dossier, String> nextJson = new IdentityHashMap<>();
    collections.put(
        DOSSIERS,
        keyed(
            r.dossiers(),
            Dossier::id,
            d -> {
              String j = dossierJson.get(d);
              j = j != null ? j : json(d);
              nextJson.put(d, j);
              return j;
            }));
    Map<String, String> values = new LinkedHashMap<>();
    values.put(GROUPING, state.grouping().path());
    values.put(GROUPING_IDENTITY, groupingIdentity);
    if (state.grouping() instanceof KeptGrouping.Cheap cheap) {
      ClusterState c = cheap.state();
      collections.put(
          MEMBERS, keyed(c.members(), ClusterState.MemberRow::article, StoredAnalysis::json));
      values.put(
          CLUSTERS,
          json(
              new ClusterState(
                  c.documents(), c.terms(), List.of(), c.events(), c.storylines(), c.changes())));
    } else if (state.grouping() instanceof KeptGrouping.Embedding embedding) {
      // In placement order, which the replay needs: one value rather than rows keyed by article.
      values.put(PLACEMENTS, json(embedding.state()));
    }
    values.put(ENTITIES, json(r.entities()));
    values.put(TIMELINE, json(r.timeline()));
    values.put(LINKED_FULLY_AT, Integer.toString(state.linkedFullyAt()));
    generation++;
    store.publish(new AnalysisStore.Published(pipeline, generation, values, collections));
    dossierJson = nextJson;
  }

  private static <T> List<AnalysisStore.Row> keyed(
      List<T> items, Function<T, String> key, Function<T, String> payload) {
    List<AnalysisStore.Row> out = new ArrayList<>(items.size());
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      String k = key.apply(item);
      if (seen.add(k)) {
        out.add(new AnalysisStore.Row(k, payload.apply(item)));
      }
    }
    return out;
  }

  /** A view without its text: the store holds the article's text already. */
  private static String withoutText(ArticleView v) {
    ObjectNode node = JSON.valueToTree(v);
    node.remove("text");
    return node.toString();
  }

  private static Published read(AnalysisStore.Published p, List<Article> stored) {
    Map<String, Article> byId = new HashMap<>();
    stored.forEach(a -> byId.putIfAbsent(a.id(), a));
    List<ArticleView> views = new ArrayList<>();
    for (AnalysisStore.Row row : p.collections().getOrDefault(VIEWS, List.of())) {
      Article a = byId.get(row.key());
      if (a != null) {
        views.add(viewOf(row.payload(), a));
      }
    }
    Report report =
        new Report(
            views,
            rows(p, LINKS, Link.class),
            rows(p, EVENTS, Event.class),
            rows(p, STORYLINES, Storyline.class),
            rows(p, DOSSIERS, Dossier.class),
            list(p, ENTITIES, Entity.class),
            list(p, TIMELINE, TimelineEntry.class));
    return new Published(p.pipeline(), p.generation(), report);
  }

  private static ArticleView viewOf(String payload, Article a) {
    try {
      ObjectNode node = (ObjectNode) JSON.readTree(payload);
      node.put("text", a.text());
      return JSON.treeToValue(node, ArticleView.class);
    } catch (JsonProcessingException | ClassCastException e) {
      throw unreadable("the view of article " + a.id(), e);
    }
  }

  private static <T> List<T> rows(AnalysisStore.Published p, String kind, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (AnalysisStore.Row row : p.collections().getOrDefault(kind, List.of())) {
      try {
        out.add(JSON.readValue(row.payload(), type));
      } catch (JsonProcessingException e) {
        throw unreadable(kind + " " + row.key(), e);
      }
    }
    return out;
  }

  private static <T> List<T> list(AnalysisStore.Published p, String name, Class<T> type) {
    String json = p.values().get(name);
    if (json == null) {
      return List.of();
    }
    JavaType t = JSON.getTypeFactory().constructCollectionType(List.class, type);
    try {
      return JSON.readValue(json, t);
    } catch (JsonProcessingException e) {
      throw unreadable(name, e);
    }
  }

  private static <T> T value(AnalysisStore.Published p, String name, Class<T> type) {
    String json = p.values().get(name);
    if (json == null) {
      throw new StorylensException(
          ErrorCode.STORE_FAILURE, "the saved analysis has no " + name + "; it is analyzed again");
    }
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw unreadable(name, e);
    }
  }

  private static StorylensException unreadable(String what, Exception e) {
    return new StorylensException(
        ErrorCode.STORE_FAILURE, "cannot read " + what + " of the saved analysis: " + e, e);
  }

  static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + o.getClass().getSimpleName(), e);
    }
  }

  /** Per-article results in the store, as JSON, under this pipeline version. */
  private final class Results implements IncrementalAnalyzer.ResultStore {
    @Override
    public Map<String, IncrementalAnalyzer.ArticleResult> load(List<Article> articles) {
      Map<String, String> saved =
          store.articleResults(pipeline, articles.stream().map(Article::id).toList());
      Map<String, IncrementalAnalyzer.ArticleResult> out = new HashMap<>();
      saved.forEach(
          (id, json) -> {
            try {
              out.put(id, JSON.readValue(json, IncrementalAnalyzer.ArticleResult.class));
            } catch (JsonProcessingException e) {
              // unreadable: the article is analyzed again and its result overwritten
            }
          });
      return out;
    }

    @Override
    public void save(Map<String, IncrementalAnalyzer.ArticleResult> results) {
      Map<String, String> out = new LinkedHashMap<>();
      results.forEach((id, r) -> out.put(id, json(r)));
      store.putArticleResults(pipeline, out);
    }
  }
}
