// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.core.claims.ClaimExtractor;
import io.storylens.core.claims.Claims;
import io.storylens.core.claims.Disagreements;
import io.storylens.core.cluster.ClusterDoc;
import io.storylens.core.cluster.Clusterer;
import io.storylens.core.cluster.Clustering;
import io.storylens.core.cluster.EventDates;
import io.storylens.core.cluster.Stories;
import io.storylens.core.dossier.DossierBuilder;
import io.storylens.core.dossier.DossierStages;
import io.storylens.core.entities.EntityResolver;
import io.storylens.core.nlp.ArticleAnnotations;
import io.storylens.core.nlp.LanguageLayer;
import io.storylens.core.quotes.Attribution;
import io.storylens.core.quotes.QuoteMerger;
import io.storylens.core.summarize.SummaryRequest;
import io.storylens.core.timeline.ArticleTimes;
import io.storylens.core.timeline.DateCheck;
import io.storylens.core.timeline.ResolvedTimex;
import io.storylens.core.timeline.TimelineBuilder;
import io.storylens.model.Article;
import io.storylens.model.Claim;
import io.storylens.model.Dossier;
import io.storylens.model.Event;
import io.storylens.model.Link;
import io.storylens.model.Quote;
import io.storylens.model.Storyline;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Analysis that keeps its state between calls, so that new articles cost only the work they cause:
 * each article is annotated, checked and searched for quotes and claims once; only pairs involving
 * a new article are linked; new articles join the kept online clusterer instead of a fresh one; and
 * only the dossiers of events and storylines whose input changed (title, articles, or links among
 * them) are rebuilt. Corpus-wide entities and timeline are recomputed from the kept per-article
 * results.
 *
 * <p>Fed articles in publication order, an update gives what a full {@link Analyzer#analyze} of all
 * articles gives, except where the online stages depend on the batches:
 *
 * <ul>
 *   <li>the clusterer consolidates (merges and splits events) at the end of every update, a full
 *       run only every {@code consolidateEvery} articles and at the end. A merge keeps the larger
 *       side's id and centroids are trimmed as members arrive, so the same group of articles may
 *       get another id and title (its most central headline) than in a full run, and, rarely, a
 *       different grouping; an article dated before articles already clustered is placed after
 *       them;
 *   <li>an undated article is placed at the latest date known when it arrived, not the latest date
 *       of all articles;
 *   <li>links among earlier articles keep the scores they were found with until the corpus has
 *       doubled since the last full linking: a full run scores them with statistics (idf) that
 *       include the later articles.
 * </ul>
 *
 * Dossiers are pure functions of their input, so any story whose title, articles and links match
 * the full run's has exactly the full run's dossier (with another id or title, only those differ).
 * Thread-safe: calls run one at a time.
 */
public final class IncrementalAnalyzer {
  private final Analyzer config;
  private final LanguageLayer language;
  private final ClaimExtractor claimExtractor;
  private final QuoteMerger quoteMerger;
  private final DossierBuilder dossierBuilder;

  /** Articles as given, by id, to tell new articles from known ones. */
  private final Map<String, Article> given = new HashMap<>();

  /** Per-article results, computed once. */
  private final Map<String, PerArticle> perArticle = new HashMap<>();

  private Clusterer clusterer;
  private List<Link> links = List.of();

  /** How many articles there were when everything was last linked. */
  private int linkedFullyAt;

  private Map<String, Built> dossiers = Map.of();

  /** Where per-article results are kept between runs; none by default. */
  private ResultStore results = ResultStore.NONE;

  /** The stage running now, for progress reports ("" when idle). */
  private volatile String stage = "";

  /** How many articles this analyzer computed per-article results for (not restored ones). */
  private final AtomicLong computed = new AtomicLong();

  private Report report = new Report(List.of(), List.of(), List.of(), List.of(), List.of());

  /**
   * The last dossier's merged quotes: the quote and disagreement stages of one build share them.
   */
  private List<Article> quotesFor;

  private List<Quote> quotesMerged;

  /**
   * One article's results.
   *
   * @param times its time expressions and date check; {@code times.article()} is the checked
   *     article every later stage sees
   * @param dated the checked article at its effective date, as the clusterer sees it
   * @param attributions its quote attributions, extracted once per article
   * @param claims its claims
   * @param view its entry in the report
   */
  private record PerArticle(
      ArticleTimes times,
      Article dated,
      List<Attribution> attributions,
      List<Claim> claims,
      ArticleView view) {}

  /**
   * What the per-article stages found in one article, as kept between runs: with the stored article
   * it gives back everything those stages computed, without running them again.
   *
   * @param timexes its resolved time expressions
   * @param check its date check
   * @param attributions its quote attributions
   * @param claims its claims
   */
  public record ArticleResult(
      List<ResolvedTimex> timexes,
      DateCheck check,
      List<Attribution> attributions,
      List<Claim> claims) {
    public ArticleResult {
      timexes = List.copyOf(timexes);
      Objects.requireNonNull(check, "check");
      attributions = List.copyOf(attributions);
      claims = List.copyOf(claims);
    }
  }

  /** Keeps {@link ArticleResult}s between runs, so that no article is analyzed twice. */
  public interface ResultStore {
    /** Keeps nothing. */
    ResultStore NONE =
        new ResultStore() {
          @Override
          public Map<String, ArticleResult> load(List<Article> articles) {
            return Map.of();
          }

          @Override
          public void save(Map<String, ArticleResult> results) {}
        };

    /** The kept results of those of {@code articles} that have one, by id. */
    Map<String, ArticleResult> load(List<Article> articles);

    /** Keeps {@code results} (by article id). */
    void save(Map<String, ArticleResult> results);
  }

  /**
   * Everything besides per-article results that an analysis keeps, to go on from where it was after
   * a restart ({@link #export()}, {@link #restore}).
   *
   * @param articles ids of the analyzed articles
   * @param grouping the clusterer's state, of the analyzer's grouping path
   * @param linkedFullyAt how many articles there were when everything was last linked
   * @param report the report, without its article views (they follow from the per-article results)
   */
  public record State(
      List<String> articles, KeptGrouping grouping, int linkedFullyAt, Report report) {
    public State {
      articles = List.copyOf(articles);
      Objects.requireNonNull(grouping, "grouping");
      Objects.requireNonNull(report, "report");
    }
  }

  /** What a dossier is a function of (besides the articles, which never change under an id). */
  private record DossierInput(String kind, String title, List<String> articles, List<Link> links) {}

  private record Built(DossierInput input, Dossier dossier) {}

  IncrementalAnalyzer(Analyzer config) {
    this.config = Objects.requireNonNull(config, "config");
    this.language = config.language();
    this.claimExtractor = config.claims();
    this.quoteMerger = new QuoteMerger(config.plainQuotes());
    this.clusterer = config.clusters().create();
    this.dossierBuilder =
        new DossierBuilder(
            config.summarizer(),
            DossierStages.none()
                .withEntities(
                    articles -> EntityResolver.resolve(articles, language.annotateAll(articles)))
                .withTimeline(articles -> TimelineBuilder.fromTimes(dossierTimes(articles)))
                .withQuotes(this::quotes)
                .withClaims(this::claims)
                .withDisagreements(
                    articles -> Disagreements.find(articles, quotes(articles), claims(articles))),
            SummaryRequest.DEFAULT_BUDGET);
  }

  /**
   * Keeps per-article results in {@code store}: articles whose results it holds are not analyzed
   * again. Call before the first update.
   */
  public synchronized IncrementalAnalyzer withResults(ResultStore store) {
    this.results = Objects.requireNonNull(store, "store");
    return this;
  }

  /** The stage running now ("" when idle), for progress reports; safe from any thread. */
  public String stage() {
    return stage;
  }

  /** How many articles this analyzer has run the per-article stages on (restored ones excluded). */
  public long computed() {
    return computed.get();
  }

  /** The ids of the articles analyzed so far. */
  public synchronized Set<String> analyzed() {
    return Set.copyOf(given.keySet());
  }

  /** The state to {@link #restore} this analysis from, after a restart. */
  public synchronized State export() {
    Report r = report;
    return new State(
        List.copyOf(given.keySet()),
        config.clusters().export(clusterer),
        linkedFullyAt,
        new Report(
            List.of(),
            r.links(),
            r.events(),
            r.storylines(),
            r.dossiers(),
            r.entities(),
            r.timeline()));
  }

  /**
   * Takes up {@code state}, exported by an analyzer of the same configuration and pipeline version,
   * over {@code stored} (which must hold every article of the state; others are ignored); the
   * per-article results come from the {@link #withResults result store}, and articles it has none
   * for are analyzed again. Afterwards {@link #report()} is the exported report and an update costs
   * only its new articles.
   *
   * @throws IllegalArgumentException when an article of the state is not in {@code stored}, or the
   *     state was kept by another grouping path
   */
  public synchronized IncrementalAnalyzer restore(State state, List<Article> stored) {
    if (!state.grouping().path().equals(config.clusters().name())) {
      throw new IllegalArgumentException(
          "the saved analysis was grouped on the "
              + state.grouping().path()
              + " path, this analyzer groups on the "
              + config.clusters().name()
              + " path");
    }
    Map<String, Article> byId = new HashMap<>();
    stored.forEach(a -> byId.putIfAbsent(a.id(), a));
    reset();
    try {
      for (String id : state.articles()) {
        Article a = byId.get(id);
        if (a == null) {
          throw new IllegalArgumentException("article " + id + " of the saved analysis is gone");
        }
        given.put(id, a);
      }
      prepareOrRestore(given.values().stream().sorted(Analyzer.ORDER).toList());
      List<PerArticle> all =
          given.values().stream().sorted(Analyzer.ORDER).map(a -> perArticle.get(a.id())).toList();
      // The documents as they were assigned, for a path that replays its placements over them.
      Map<String, ClusterDoc> docs = clusterDocs(all, all);
      clusterer = config.clusters().restore(state.grouping(), docs::get);
      links = state.report().links();
      linkedFullyAt = state.linkedFullyAt();
      Map<String, Article> dated = new HashMap<>();
      all.forEach(p -> dated.put(p.dated().id(), p.dated()));
      Map<String, List<Link>> linksOf = linksByFrom();
      Map<String, Built> kept = new HashMap<>();
      Map<String, Dossier> saved = new HashMap<>();
      state.report().dossiers().forEach(d -> saved.put(d.id(), d));
      for (Event e : state.report().events()) {
        keep(saved.get(e.id()), inputOf("event", e.title(), e.articles(), dated, linksOf), kept);
      }
      for (Storyline l : state.report().storylines()) {
        keep(
            saved.get(l.id()), inputOf("storyline", l.title(), l.articles(), dated, linksOf), kept);
      }
      dossiers = kept;
      Report r = state.report();
      report =
          new Report(
              all.stream().map(PerArticle::view).toList(),
              r.links(),
              r.events(),
              r.storylines(),
              r.dossiers(),
              r.entities(),
              r.timeline());
      return this;
    } catch (RuntimeException e) {
      reset();
      throw e;
    }
  }

  private static void keep(Dossier d, DossierInput input, Map<String, Built> kept) {
    if (d != null) {
      kept.put(d.id(), new Built(input, d));
    }
  }

  /** The latest report (empty before the first update). */
  public synchronized Report report() {
    return report;
  }

  /**
   * Analyzes {@code all}, the complete current set of articles: only those not seen before are new
   * work. When a known article is missing or has changed, the state is dropped and everything is
   * analyzed again.
   */
  public synchronized Report analyze(List<Article> all) {
    Objects.requireNonNull(all, "all");
    Map<String, Article> byId = new LinkedHashMap<>();
    all.forEach(a -> byId.putIfAbsent(a.id(), a));
    boolean consistent =
        given.entrySet().stream().allMatch(e -> e.getValue().equals(byId.get(e.getKey())));
    if (!consistent) {
      reset();
    }
    return update(all);
  }

  /** Forgets everything: the next update analyzes from scratch. */
  private void reset() {
    given.clear();
    perArticle.clear();
    clusterer = config.clusters().create();
    links = List.of();
    linkedFullyAt = 0;
    dossiers = Map.of();
    quotesFor = null;
    quotesMerged = null;
  }

  /**
   * Adds {@code added} and returns the report of everything seen so far. Articles already known by
   * id are skipped; an id given twice counts once, the first time.
   */
  public synchronized Report update(List<Article> added) {
    Objects.requireNonNull(added, "added");
    Map<String, Article> fresh = new LinkedHashMap<>();
    for (Article a : added) {
      if (!given.containsKey(a.id())) {
        fresh.putIfAbsent(a.id(), a);
      }
    }
    if (fresh.isEmpty() && !given.isEmpty()) {
      return report;
    }
    try {
      return add(fresh);
    } catch (RuntimeException | Error e) {
      // A half-applied update must not pass for a finished one: start over next time.
      reset();
      throw e;
    } finally {
      stage = "";
    }
  }

  private Report add(Map<String, Article> fresh) {
    boolean first = given.isEmpty();
    given.putAll(fresh);
    prepareOrRestore(fresh.values().stream().sorted(Analyzer.ORDER).toList());
    stage = "links";

    List<PerArticle> all =
        given.values().stream().sorted(Analyzer.ORDER).map(a -> perArticle.get(a.id())).toList();
    List<Article> sorted = all.stream().map(p -> p.times().article()).toList();
    // Links: only pairs with a new article are judged, except that everything is linked
    // again whenever the corpus has doubled since the last full run, so that links among earlier
    // articles were scored with statistics of at least half the corpus (amortized: O(n) pairs per
    // new article).
    if (first || sorted.size() >= 2 * linkedFullyAt) {
      links = config.linker().link(sorted);
      linkedFullyAt = sorted.size();
    } else {
      links = config.linker().update(links, sorted, fresh.keySet());
    }
    // Events and storylines: the online clusterer sees each article at its effective
    // date, so a stale republication header (seed 004) or a missing date does not misplace it.
    List<PerArticle> freshResults =
        fresh.keySet().stream()
            .map(perArticle::get)
            .sorted(Comparator.comparing(PerArticle::dated, Analyzer.ORDER))
            .toList();
    stage = "events and storylines";
    clusterDocs(freshResults, all).values().forEach(clusterer::assign);
    Clustering clustering = clusterer.clustering();
    // Dossiers see each article at its effective date too: a stale republication header must not
    // stretch a story's time span, reorder its summary or make a copy look like the first report.
    List<Article> dated = all.stream().map(PerArticle::dated).toList();
    stage = "dossiers";
    List<Dossier> built = dossiers(dated, clustering.events(), clustering.storylines());
    report =
        new Report(
            all.stream().map(PerArticle::view).toList(),
            links,
            clustering.events(),
            clustering.storylines(),
            built,
            EntityResolver.resolve(sorted, language.annotateAll(sorted)),
            TimelineBuilder.fromTimes(all.stream().map(PerArticle::times).toList()));
    return report;
  }

  /**
   * The documents the clusterer is given for {@code articles}, in their order: each article at its
   * effective date, so that a stale republication header (seed 004) or a missing date does not
   * misplace it, with the days of the happening it reports from its own times (language layer), so
   * that the clusterer can tell dated happenings apart. Undated articles are placed by the clock
   * for {@code all}.
   */
  private Map<String, ClusterDoc> clusterDocs(List<PerArticle> articles, List<PerArticle> all) {
    Map<String, List<LocalDate>> eventDays =
        EventDates.byArticle(articles.stream().map(PerArticle::times).toList());
    Clock clock = config.clockFor(all.stream().map(PerArticle::dated).toList());
    Map<String, ClusterDoc> docs = new LinkedHashMap<>();
    for (PerArticle p : articles) {
      docs.put(p.dated().id(), Stories.doc(p.dated(), eventDays, clock));
    }
    return docs;
  }

  /**
   * Per-article results for {@code fresh}: those the result store holds are restored, the others
   * computed by {@link #prepare} and handed to the store.
   */
  private void prepareOrRestore(List<Article> fresh) {
    stage = "articles";
    Map<String, ArticleResult> kept = results.load(fresh);
    List<Article> todo = new ArrayList<>();
    for (Article a : fresh) {
      ArticleResult r = kept.get(a.id());
      if (r == null) {
        todo.add(a);
      } else {
        ArticleTimes t = ArticleTimes.restore(a, r.timexes(), r.check());
        perArticle.put(a.id(), perArticle(t, r.attributions(), r.claims()));
      }
    }
    if (todo.isEmpty()) {
      return;
    }
    stage = "language";
    prepare(todo);
    computed.addAndGet(todo.size());
    Map<String, ArticleResult> done = new LinkedHashMap<>();
    for (Article a : todo) {
      PerArticle p = perArticle.get(a.id());
      done.put(
          a.id(),
          new ArticleResult(p.times().timexes(), p.times().check(), p.attributions(), p.claims()));
    }
    results.save(done);
  }

  /** An article's results from its times, attributions and claims. */
  private PerArticle perArticle(ArticleTimes t, List<Attribution> found, List<Claim> claims) {
    Article checked = t.article();
    List<Quote> quotes = quoteMerger.merge(List.of(checked), Map.of(checked.id(), found));
    ArticleView view =
        ArticleView.of(checked, quotes, Claims.merge(claims))
            .withTimes(t.timexRecords(), t.check());
    return new PerArticle(
        t, Analyzer.atEffectiveDate(checked, t.check().effectiveDate()), found, claims, view);
  }

  /**
   * Per-article work for new articles: annotate once, resolve dates against the article's own date,
   * check header dates; the articles carry their date warnings from here on. Quotes are extracted
   * once and serve the article view, dossier quotes and dossier claims.
   */
  private void prepare(List<Article> fresh) {
    Map<String, ArticleAnnotations> annotations = language.annotateAll(fresh);
    for (Article a : fresh) {
      ArticleTimes t = ArticleTimes.of(a, annotations.get(a.id()));
      Article checked = t.article();
      ArticleAnnotations ann = annotations.get(a.id());
      List<Attribution> found = config.quotes().extractor(x -> NerHints.of(ann)).extract(checked);
      List<Claim> claims = claimExtractor.extract(checked, found);
      perArticle.put(a.id(), perArticle(t, found, claims));
    }
  }

  /** Dossiers of events then storylines, by id; unchanged inputs reuse the previous dossier. */
  private List<Dossier> dossiers(
      List<Article> sorted, List<Event> events, List<Storyline> storylines) {
    Map<String, Article> byId = new HashMap<>();
    sorted.forEach(a -> byId.put(a.id(), a));
    Map<String, List<Link>> linksOf = linksByFrom();
    Map<String, Built> next = new HashMap<>();
    List<Dossier> out = new ArrayList<>();
    for (Event e : events.stream().sorted(Comparator.comparing(Event::id)).toList()) {
      out.add(dossier(e.id(), "event", e.title(), e.articles(), byId, linksOf, next));
    }
    for (Storyline s : storylines.stream().sorted(Comparator.comparing(Storyline::id)).toList()) {
      out.add(dossier(s.id(), "storyline", s.title(), s.articles(), byId, linksOf, next));
    }
    dossiers = next;
    return out;
  }

  private Map<String, List<Link>> linksByFrom() {
    Map<String, List<Link>> linksOf = new HashMap<>();
    for (Link l : links) {
      linksOf.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
    }
    return linksOf;
  }

  private Dossier dossier(
      String id,
      String kind,
      String title,
      List<String> ids,
      Map<String, Article> byId,
      Map<String, List<Link>> linksOf,
      Map<String, Built> next) {
    DossierInput input = inputOf(kind, title, ids, byId, linksOf);
    Built old = dossiers.get(id);
    Built b =
        old != null && old.input().equals(input)
            ? old
            : new Built(
                input,
                dossierBuilder.build(
                    id, kind, title, members(input.articles(), byId), input.links()));
    next.put(id, b);
    return b.dossier();
  }

  private static List<Article> members(List<String> ids, Map<String, Article> byId) {
    List<Article> members = new ArrayList<>();
    for (String a : ids) {
      Article found = byId.get(a);
      if (found != null) {
        members.add(found);
      }
    }
    return members;
  }

  /**
   * What the dossier of a story is a function of: a bounded sample of its articles ({@link
   * DossierSample}) and the links among them.
   */
  private static DossierInput inputOf(
      String kind,
      String title,
      List<String> ids,
      Map<String, Article> byId,
      Map<String, List<Link>> linksOf) {
    List<Article> members = DossierSample.of(members(ids, byId), linksAmong(ids, linksOf));
    List<String> memberIds = members.stream().map(Article::id).toList();
    return new DossierInput(kind, title, memberIds, linksAmong(memberIds, linksOf));
  }

  /** The links between articles of {@code ids}, sorted by origin then copy. */
  private static List<Link> linksAmong(List<String> ids, Map<String, List<Link>> linksOf) {
    Set<String> memberIds = new HashSet<>(ids);
    List<Link> among = new ArrayList<>();
    for (String a : ids) {
      for (Link l : linksOf.getOrDefault(a, List.of())) {
        if (memberIds.contains(l.to())) {
          among.add(l);
        }
      }
    }
    among.sort(Comparator.comparing(Link::from).thenComparing(Link::to));
    return among;
  }

  /**
   * Each article's own times, as computed once in {@link #prepare}: resolved against its header
   * date, or re-anchored on its effective date when the header is stale (the dossier's copy carries
   * the effective date).
   */
  private List<ArticleTimes> dossierTimes(List<Article> articles) {
    List<ArticleTimes> out = new ArrayList<>();
    for (Article a : articles) {
      PerArticle p = perArticle.get(a.id());
      out.add(
          p != null ? p.times() : ArticleTimes.of(a, language.annotateAll(List.of(a)).get(a.id())));
    }
    return out;
  }

  /**
   * The merged quotes of one dossier's articles. {@link DossierBuilder#build} hands the same list
   * to each stage, so the disagreement stage reuses what the quote stage merged.
   */
  private List<Quote> quotes(List<Article> articles) {
    if (articles != quotesFor) {
      Map<String, List<Attribution>> attributions = new HashMap<>();
      for (Article a : articles) {
        PerArticle p = perArticle.get(a.id());
        attributions.put(a.id(), p != null ? p.attributions() : config.plainQuotes().extract(a));
      }
      quotesMerged = quoteMerger.merge(articles, attributions);
      quotesFor = articles;
    }
    return quotesMerged;
  }

  private List<Claim> claims(List<Article> articles) {
    List<Claim> all = new ArrayList<>();
    for (Article a : articles) {
      PerArticle p = perArticle.get(a.id());
      all.addAll(p != null ? p.claims() : claimExtractor.extract(a));
    }
    return Claims.merge(all);
  }
}
