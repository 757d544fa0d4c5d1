// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import io.storylens.core.cluster.CatchAll;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.ArticleView;
import io.storylens.core.pipeline.Report;
import io.storylens.core.text.Sentences;
import io.storylens.model.Article;
import io.storylens.model.Claim;
import io.storylens.model.Disagreement;
import io.storylens.model.Dossier;
import io.storylens.model.Entity;
import io.storylens.model.Event;
import io.storylens.model.FirstPublisher;
import io.storylens.model.Link;
import io.storylens.model.Quote;
import io.storylens.model.SourceRef;
import io.storylens.model.Storyline;
import io.storylens.model.SummarySentence;
import io.storylens.model.TimelineEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * One immutable analysis of the stored articles, indexed for reads. Everything a request needs is
 * computed here once, so reads never run analysis and never wait for a writer.
 */
public final class Snapshot {
  private final long generation;
  private final Report report;
  private final Map<String, Article> articles;
  private final List<Views.ArticleRef> articleRefs;
  private final List<Views.StorySummary> storylines;
  private final List<Views.StorySummary> events;
  private final Map<String, Views.StorySummary> summaries = new HashMap<>();
  private final Map<String, Dossier> dossiers = new HashMap<>();

  /** The JSON body of each dossier, serialized when the snapshot is built, off the read path. */
  private final Map<String, byte[]> dossierJson = new HashMap<>();

  private final Map<String, List<Link>> linksIn = new HashMap<>();
  private final Map<String, List<Link>> linksOut = new HashMap<>();
  private final Map<String, List<String>> eventsOf = new HashMap<>();
  private final Map<String, List<String>> storylinesOf = new HashMap<>();

  /** Most responses kept per snapshot; beyond that they are computed per request. */
  static final int MAX_CACHED_RESPONSES = 5_000;

  private final ConcurrentHashMap<String, byte[]> responses = new ConcurrentHashMap<>();

  Snapshot(long generation, List<Article> stored, Report report) {
    this(generation, stored, report, Optional.empty());
  }

  /**
   * A snapshot that takes from {@code previous} the JSON of every dossier that did not change (an
   * incremental analysis hands back the same dossier object), so that building it costs only the
   * changed stories.
   */
  Snapshot(long generation, List<Article> stored, Report report, Optional<Snapshot> previous) {
    this.generation = generation;
    this.report = report;
    Map<String, Article> byId = new LinkedHashMap<>();
    stored.stream().sorted(Analyzer.ORDER).forEach(a -> byId.put(a.id(), a));
    this.articles = byId;
    this.articleRefs = byId.values().stream().map(Views.ArticleRef::of).toList();
    for (Link l : report.links()) {
      linksOut.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
      linksIn.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l);
    }
    report.dossiers().forEach(d -> dossiers.put(d.id(), d));
    for (Event e : report.events()) {
      e.articles().forEach(a -> eventsOf.computeIfAbsent(a, k -> new ArrayList<>()).add(e.id()));
      dossiers.computeIfAbsent(e.id(), id -> derived(id, "event", e.title(), e.articles()));
    }
    for (Storyline s : report.storylines()) {
      s.articles()
          .forEach(a -> storylinesOf.computeIfAbsent(a, k -> new ArrayList<>()).add(s.id()));
      dossiers.computeIfAbsent(s.id(), id -> derived(id, "storyline", s.title(), s.articles()));
    }
    List<Views.StorySummary> lines = new ArrayList<>();
    for (Storyline s : report.storylines()) {
      lines.add(summary(dossiers.get(s.id()), s.events(), Optional.empty()));
    }
    List<Views.StorySummary> evs = new ArrayList<>();
    for (Event e : report.events()) {
      evs.add(summary(dossiers.get(e.id()), List.of(), Optional.of(e.storyline())));
    }
    // Dossiers the stages built for ids that are neither an event nor a storyline still get listed.
    for (Dossier d : report.dossiers()) {
      if (!summaries.containsKey(d.id())) {
        (d.kind().equals("event") ? evs : lines).add(summary(d, List.of(), Optional.empty()));
      }
    }
    this.storylines = sortNewestFirst(lines);
    this.events = sortNewestFirst(evs);
    for (Dossier d : dossiers.values()) {
      Dossier old = previous.map(p -> p.dossiers.get(d.id())).orElse(null);
      if (old != null && (old == d || old.equals(d))) {
        dossierJson.put(d.id(), previous.get().dossierJson.get(d.id()));
      } else {
        dossierJson.put(d.id(), StorylensServer.bytes(view(d)));
      }
    }
  }

  /** An empty snapshot (before the first analysis). */
  static Snapshot empty() {
    return new Snapshot(
        0, List.of(), new Report(List.of(), List.of(), List.of(), List.of(), List.of()));
  }

  /** Which analysis this is; grows with every ingest. */
  public long generation() {
    return generation;
  }

  Report report() {
    return report;
  }

  /** The JSON body already computed for this request key in this snapshot, or null. */
  byte[] cachedResponse(String key) {
    return responses.get(key);
  }

  /**
   * Keeps a response body: a snapshot never changes, so its answers do not either. Search answers
   * come from the store, which may already hold articles of the next snapshot; they are cached with
   * this one all the same, since the next ingest replaces it.
   */
  void cacheResponse(String key, byte[] body) {
    if (responses.size() < MAX_CACHED_RESPONSES) {
      responses.putIfAbsent(key, body);
    }
  }

  Optional<Article> article(String id) {
    return Optional.ofNullable(articles.get(id));
  }

  /** Every stored article, in report order. */
  public List<Views.ArticleRef> articleRefs() {
    return articleRefs;
  }

  List<Views.StorySummary> storylines() {
    return storylines;
  }

  List<Views.StorySummary> events() {
    return events;
  }

  Optional<Dossier> dossier(String id) {
    return Optional.ofNullable(dossiers.get(id));
  }

  /** The JSON body of {@code GET /api/dossiers/{id}}, computed when this snapshot was built. */
  Optional<byte[]> dossierJson(String id) {
    return Optional.ofNullable(dossierJson.get(id));
  }

  Optional<Views.StorySummary> summary(String id) {
    return Optional.ofNullable(summaries.get(id));
  }

  List<Dossier> dossiers() {
    return dossiers.values().stream().sorted(Comparator.comparing(Dossier::id)).toList();
  }

  /** The article with its sentences, links and memberships. */
  Optional<Views.ArticleDetail> articleDetail(String id) {
    Article a = articles.get(id);
    if (a == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Views.ArticleDetail(
            ArticleView.of(a),
            Sentences.split(a.text()),
            linksIn.getOrDefault(id, List.of()),
            linksOut.getOrDefault(id, List.of()),
            eventsOf.getOrDefault(id, List.of()),
            storylinesOf.getOrDefault(id, List.of())));
  }

  /** Where the article landed. */
  Views.Placement placement(String id) {
    return new Views.Placement(
        id, eventsOf.getOrDefault(id, List.of()), storylinesOf.getOrDefault(id, List.of()));
  }

  /** The derivation graph of one story. */
  Optional<Views.Graph> graph(String id) {
    return dossier(id)
        .map(
            d -> {
              List<Views.ArticleRef> nodes = refs(d.articles());
              TreeSet<String> members = new TreeSet<>(d.articles());
              // The dossier's own links when the stage filled them, else the report's links
              // among its members.
              List<Link> edges =
                  !d.links().isEmpty()
                      ? d.links()
                      : report.links().stream()
                          .filter(l -> members.contains(l.from()) && members.contains(l.to()))
                          .toList();
              return new Views.Graph(id, nodes, edges);
            });
  }

  List<Views.ArticleRef> refs(List<String> ids) {
    return ids.stream()
        .map(articles::get)
        .filter(a -> a != null)
        .sorted(Analyzer.ORDER)
        .map(Views.ArticleRef::of)
        .toList();
  }

  /** A dossier with only what the article list gives, for stories no stage built one for. */
  private Dossier derived(String id, String kind, String title, List<String> ids) {
    List<Article> members = ids.stream().map(articles::get).filter(a -> a != null).toList();
    TreeSet<String> outlets = new TreeSet<>();
    TreeSet<String> dates = new TreeSet<>();
    for (Article a : members) {
      outlets.add(a.outletName());
      a.publishedDate().ifPresent(d -> dates.add(d.toString()));
    }
    List<String> sortedIds = members.stream().sorted(Analyzer.ORDER).map(Article::id).toList();
    return new Dossier(
        id,
        kind,
        title,
        dates.isEmpty() ? Optional.empty() : Optional.of(dates.first()),
        dates.isEmpty() ? Optional.empty() : Optional.of(dates.last()),
        List.copyOf(outlets),
        sortedIds,
        Optional.<FirstPublisher>empty(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private Views.StorySummary summary(Dossier d, List<String> eventIds, Optional<String> storyline) {
    List<String> entities = mainEntities(d);
    List<Set<String>> perEvent = new ArrayList<>();
    for (String e : eventIds) {
      Dossier ed = dossiers.get(e);
      if (ed != null) {
        perEvent.add(new HashSet<>(mainEntities(ed)));
      }
    }
    Views.StorySummary s =
        new Views.StorySummary(
            d.id(),
            d.kind(),
            d.title(),
            d.start(),
            d.end(),
            d.outlets(),
            d.articles().size(),
            eventIds,
            storyline,
            entities,
            CatchAll.isCatchAll(perEvent));
    summaries.put(d.id(), s);
    return s;
  }

  /** The entities a story's articles mention most, most mentioned first. */
  private static List<String> mainEntities(Dossier d) {
    return d.entities().stream()
        .sorted(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name))
        .limit(8)
        .map(Entity::name)
        .toList();
  }

  private static List<Views.StorySummary> sortNewestFirst(List<Views.StorySummary> list) {
    return list.stream()
        .sorted(
            Comparator.comparing((Views.StorySummary s) -> s.end().orElse(""))
                .reversed()
                .thenComparing(Views.StorySummary::id))
        .toList();
  }

  private Views.DossierView view(Dossier d) {
    Map<String, String> sentences = new TreeMap<>();
    Map<String, List<String>> split = new HashMap<>();
    refsOf(d)
        .forEach(
            r -> {
              Article a = articles.get(r.article());
              if (a == null) {
                return;
              }
              List<String> ss = split.computeIfAbsent(a.id(), k -> Sentences.split(a.text()));
              if (r.sentence() < ss.size()) {
                sentences.put(r.article() + "#" + r.sentence(), ss.get(r.sentence()));
              }
            });
    return new Views.DossierView(d, refs(d.articles()), sentences);
  }

  private static Stream<SourceRef> refsOf(Dossier d) {
    return Stream.of(
            d.summary().stream().map(SummarySentence::sources),
            d.timeline().stream().map(TimelineEntry::sources),
            d.quotes().stream().map(Quote::sources),
            d.claims().stream().map(Claim::sources),
            d.disagreements().stream().map(Disagreement::sources))
        .flatMap(s -> s)
        .flatMap(List::stream);
  }
}
