// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.core.claims.ClaimExtractor;
import io.storylens.core.claims.Claims;
import io.storylens.core.claims.Disagreements;
import io.storylens.core.cluster.Clustering;
import io.storylens.core.cluster.EventDates;
import io.storylens.core.cluster.OnlineClusterer;
import io.storylens.core.cluster.Stories;
import io.storylens.core.dossier.DossierBuilder;
import io.storylens.core.dossier.DossierStages;
import io.storylens.core.entities.EntityResolver;
import io.storylens.core.nlp.ArticleAnnotations;
import io.storylens.core.nlp.LanguageLayer;
import io.storylens.core.quotes.Attribution;
import io.storylens.core.quotes.QuoteMerger;
import io.storylens.core.quotes.RuleQuoteExtractor;
import io.storylens.core.summarize.ConceptSummarizer;
import io.storylens.core.summarize.SummaryRequest;
import io.storylens.core.timeline.ArticleTimes;
import io.storylens.core.timeline.TimelineBuilder;
import io.storylens.model.Article;
import io.storylens.model.Claim;
import io.storylens.model.Dossier;
import io.storylens.model.Event;
import io.storylens.model.Link;
import io.storylens.model.Quote;
import io.storylens.model.Storyline;
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
  private final ClaimExtractor claimExtractor = new ClaimExtractor(Analyzer.QUOTES);
  private final QuoteMerger quoteMerger = new QuoteMerger(Analyzer.QUOTES);
  private final DossierBuilder dossierBuilder;

  /** Articles as given, by id, to tell new articles from known ones. */
  private final Map<String, Article> given = new HashMap<>();

  /** Per-article results, computed once. */
  private final Map<String, PerArticle> perArticle = new HashMap<>();

  private OnlineClusterer clusterer = Stories.clusterer();
  private List<Link> links = List.of();

  /** How many articles there were when everything was last linked. */
  private int linkedFullyAt;

  private Map<String, Built> dossiers = Map.of();
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

  /** What a dossier is a function of (besides the articles, which never change under an id). */
  private record DossierInput(String kind, String title, List<String> articles, List<Link> links) {}

  private record Built(DossierInput input, Dossier dossier) {}

  IncrementalAnalyzer(Analyzer config) {
    this.config = Objects.requireNonNull(config, "config");
    this.language = config.language();
    this.dossierBuilder =
        new DossierBuilder(
            new ConceptSummarizer(),
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
    clusterer = Stories.clusterer();
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
    }
  }

  private Report add(Map<String, Article> fresh) {
    boolean first = given.isEmpty();
    given.putAll(fresh);
    prepare(fresh.values().stream().sorted(Analyzer.ORDER).toList());

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
    List<Article> datedFresh =
        fresh.keySet().stream()
            .map(id -> perArticle.get(id).dated())
            .sorted(Analyzer.ORDER)
            .toList();
    // The days of the happening each article reports come from its own times (language layer),
    // so that the clusterer can tell dated happenings apart.
    Map<String, List<LocalDate>> eventDays =
        EventDates.byArticle(
            fresh.keySet().stream().map(id -> perArticle.get(id).times()).toList());
    Stories.feed(
        clusterer,
        datedFresh,
        eventDays,
        config.clockFor(all.stream().map(PerArticle::dated).toList()));
    Clustering clustering = clusterer.clustering();
    // Dossiers see each article at its effective date too: a stale republication header must not
    // stretch a story's time span, reorder its summary or make a copy look like the first report.
    List<Article> dated = all.stream().map(PerArticle::dated).toList();
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
      List<Attribution> found = new RuleQuoteExtractor(x -> NerHints.of(ann)).extract(checked);
      List<Claim> claims = claimExtractor.extract(checked, found);
      List<Quote> quotes = quoteMerger.merge(List.of(checked), Map.of(a.id(), found));
      ArticleView view =
          ArticleView.of(checked, quotes, Claims.merge(claims))
              .withTimes(t.timexRecords(), t.check());
      perArticle.put(
          a.id(),
          new PerArticle(
              t,
              Analyzer.atEffectiveDate(checked, t.check().effectiveDate()),
              found,
              claims,
              view));
    }
  }

  /** Dossiers of events then storylines, by id; unchanged inputs reuse the previous dossier. */
  private List<Dossier> dossiers(
      List<Article> sorted, List<Event> events, List<Storyline> storylines) {
    Map<String, Article> byId = new HashMap<>();
    sorted.forEach(a -> byId.put(a.id(), a));
    Map<String, List<Link>> linksOf = new HashMap<>();
    for (Link l : links) {
      linksOf.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
    }
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

  private Dossier dossier(
      String id,
      String kind,
      String title,
      List<String> ids,
      Map<String, Article> byId,
      Map<String, List<Link>> linksOf,
      Map<String, Built> next) {
    List<Article> all = new ArrayList<>();
    for (String a : ids) {
      Article found = byId.get(a);
      if (found != null) {
        all.add(found);
      }
    }
    List<Article> members = DossierSample.of(all, linksAmong(ids, linksOf));
    List<Link> among = linksAmong(members.stream().map(Article::id).toList(), linksOf);
    DossierInput input =
        new DossierInput(kind, title, members.stream().map(Article::id).toList(), among);
    Built old = dossiers.get(id);
    Built b =
        old != null && old.input().equals(input)
            ? old
            : new Built(input, dossierBuilder.build(id, kind, title, members, among));
    next.put(id, b);
    return b.dossier();
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
        attributions.put(a.id(), p != null ? p.attributions() : Analyzer.QUOTES.extract(a));
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
