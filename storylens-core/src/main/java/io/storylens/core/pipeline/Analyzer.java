// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.core.claims.ClaimExtractor;
import io.storylens.core.claims.Claims;
import io.storylens.core.claims.Disagreements;
import io.storylens.core.cluster.Clustering;
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
import io.storylens.model.Entity;
import io.storylens.model.Event;
import io.storylens.model.Link;
import io.storylens.model.Provenance;
import io.storylens.model.Quote;
import io.storylens.model.Sourced;
import io.storylens.model.Storyline;
import io.storylens.model.TimelineEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the analysis stages over a set of articles and assembles the {@link Report}. Output is
 * deterministic: articles are sorted by publication date, then source, then id.
 */
public final class Analyzer {
  /** Sort order of articles in every output. */
  public static final Comparator<Article> ORDER =
      Comparator.comparing((Article a) -> a.publishedDate().map(Object::toString).orElse("9999"))
          .thenComparing(Article::source)
          .thenComparing(Article::id);

  private static final RuleQuoteExtractor QUOTES = new RuleQuoteExtractor();

  /**
   * Clock for articles without a usable date (the clusterer places them "now"); empty means "the
   * latest effective date among the analyzed articles", which keeps output independent of when the
   * analysis runs.
   */
  private final Optional<Clock> clock;

  private final LanguageLayer language;
  private final DossierBuilder dossierBuilder;

  private final io.storylens.core.dedup.Linker linker;

  /**
   * An analyzer with the default stages: in-memory link index, the process-wide language layer
   * (CoreNLP, in-memory annotation cache).
   */
  public Analyzer() {
    this(new io.storylens.core.dedup.DerivationLinker(), LanguageLayer.shared());
  }

  /** An analyzer with the default stages that places undated articles at {@code clock}'s time. */
  public Analyzer(Clock clock) {
    this(
        new io.storylens.core.dedup.DerivationLinker(),
        LanguageLayer.shared(),
        Optional.of(Objects.requireNonNull(clock, "clock")));
  }

  /** An analyzer whose link stage is {@code linker} (e.g. one backed by the persisted index). */
  public Analyzer(io.storylens.core.dedup.Linker linker) {
    this(linker, LanguageLayer.shared());
  }

  /**
   * An analyzer with {@code linker} and {@code language} (e.g. both backed by the store: the
   * persisted link index and the annotation cache).
   */
  public Analyzer(io.storylens.core.dedup.Linker linker, LanguageLayer language) {
    this(linker, language, Optional.empty());
  }

  private Analyzer(
      io.storylens.core.dedup.Linker linker, LanguageLayer language, Optional<Clock> clock) {
    this.clock = clock;
    this.linker = java.util.Objects.requireNonNull(linker, "linker");
    this.language = java.util.Objects.requireNonNull(language, "language");
    this.dossierBuilder =
        new DossierBuilder(
            new ConceptSummarizer(),
            DossierStages.none()
                .withEntities(
                    articles -> EntityResolver.resolve(articles, language.annotateAll(articles)))
                .withTimeline(articles -> TimelineBuilder.fromTimes(times(articles)))
                .withQuotes(articles -> new QuoteMerger(QUOTES).merge(articles))
                .withClaims(
                    articles ->
                        Claims.merge(
                            articles.stream()
                                .flatMap(a -> new ClaimExtractor(QUOTES).extract(a).stream())
                                .toList()))
                .withDisagreements(Disagreements::find),
            SummaryRequest.DEFAULT_BUDGET);
  }

  /** Each article's time expressions resolved against its own date (annotations are cached). */
  private List<ArticleTimes> times(List<Article> articles) {
    Map<String, ArticleAnnotations> annotations = language.annotateAll(articles);
    return articles.stream().map(a -> ArticleTimes.of(a, annotations.get(a.id()))).toList();
  }

  /** One article with its own quotes and claims (issue 7); stories merge them in dossiers. */
  private static ArticleView view(Article a) {
    List<Attribution> found = QUOTES.extract(a);
    List<Quote> quotes = new QuoteMerger(QUOTES).merge(List.of(a), Map.of(a.id(), found));
    List<Claim> claims = Claims.merge(new ClaimExtractor(QUOTES).extract(a, found));
    return ArticleView.of(a, quotes, claims);
  }

  /** Analyzes {@code articles}. */
  public Report analyze(List<Article> articles) {
    // Language layer (issue 6) first: annotate once, resolve dates per article, check header
    // dates; the articles carry their date warnings from here on.
    List<ArticleTimes> times = times(articles.stream().sorted(ORDER).toList());
    List<Article> sorted = times.stream().map(ArticleTimes::article).toList();
    Map<String, ArticleTimes> timesById = new java.util.HashMap<>();
    times.forEach(t -> timesById.put(t.article().id(), t));
    // Stages plug in here, in data-flow order. Each is one interface with one verb:
    // links (issue 4), events and storylines (issue 5), language layer + timeline (issue 6),
    // quotes and claims (issue 7), dossiers (issue 8).
    List<Link> links = linker.link(sorted);
    // Events and storylines (issue 5): the online clusterer sees each article at its effective
    // date, so a stale republication header (seed 004) or a missing date does not misplace it.
    List<Article> dated =
        sorted.stream()
            .map(a -> atEffectiveDate(a, timesById.get(a.id()).check().effectiveDate()))
            .sorted(ORDER)
            .toList();
    Clustering clustering =
        Stories.of(
            dated,
            io.storylens.core.cluster.EventDates.byArticle(times),
            clock.orElseGet(() -> latestDate(dated)));
    List<Event> events = clustering.events();
    List<Storyline> storylines = clustering.storylines();
    List<Dossier> dossiers = dossierBuilder.buildAll(sorted, links, events, storylines);
    List<ArticleView> views =
        sorted.stream()
            .map(
                a -> {
                  ArticleTimes t = timesById.get(a.id());
                  return view(a).withTimes(t.timexRecords(), t.check());
                })
            .toList();
    List<Entity> entities = EntityResolver.resolve(sorted, language.annotateAll(sorted));
    List<TimelineEntry> timeline = TimelineBuilder.fromTimes(times);
    return new Report(views, links, events, storylines, dossiers, entities, timeline);
  }

  private static Article atEffectiveDate(Article a, Optional<LocalDate> effective) {
    if (effective.isEmpty() || effective.equals(a.publishedDate())) {
      return a;
    }
    return a.withPublished(Sourced.of(effective.get(), Provenance.INFERRED, 0.7));
  }

  /** A fixed clock at the end of the latest date among {@code articles} (UTC). */
  private static Clock latestDate(List<Article> articles) {
    LocalDate latest =
        articles.stream()
            .map(Article::publishedDate)
            .flatMap(Optional::stream)
            .max(Comparator.naturalOrder())
            .orElse(LocalDate.of(2000, 1, 1));
    return Clock.fixed(latest.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  }
}
