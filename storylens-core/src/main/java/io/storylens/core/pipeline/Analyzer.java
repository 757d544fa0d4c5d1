// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.core.claims.ClaimExtractor;
import io.storylens.core.claims.Claims;
import io.storylens.core.claims.Disagreements;
import io.storylens.core.dossier.AllArticlesOneStoryFallback;
import io.storylens.core.dossier.DossierBuilder;
import io.storylens.core.dossier.DossierStages;
import io.storylens.core.dossier.StoryGrouping;
import io.storylens.core.quotes.Attribution;
import io.storylens.core.quotes.QuoteMerger;
import io.storylens.core.quotes.RuleQuoteExtractor;
import io.storylens.core.summarize.ConceptSummarizer;
import io.storylens.core.summarize.SummaryRequest;
import io.storylens.model.Article;
import io.storylens.model.Claim;
import io.storylens.model.Dossier;
import io.storylens.model.Event;
import io.storylens.model.Link;
import io.storylens.model.Quote;
import io.storylens.model.Storyline;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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

  private final io.storylens.core.dedup.Linker linker;

  /** An analyzer with the default stages (in-memory link index). */
  public Analyzer() {
    this(new io.storylens.core.dedup.DerivationLinker());
  }

  /** An analyzer whose link stage is {@code linker} (e.g. one backed by the persisted index). */
  public Analyzer(io.storylens.core.dedup.Linker linker) {
    this.linker = java.util.Objects.requireNonNull(linker, "linker");
  }

  // Issue 8: dossiers. The grouping is a stopgap until the clustering stage (issue 5) lands; the
  // other stages plug into DossierStages one line each (e.g. .withQuotes(quotes::quotes)).
  private static final RuleQuoteExtractor QUOTES = new RuleQuoteExtractor();
  private final StoryGrouping grouping = new AllArticlesOneStoryFallback();
  private final DossierBuilder dossierBuilder =
      new DossierBuilder(
          new ConceptSummarizer(),
          DossierStages.none()
              .withQuotes(articles -> new QuoteMerger(QUOTES).merge(articles))
              .withClaims(
                  articles ->
                      Claims.merge(
                          articles.stream()
                              .flatMap(a -> new ClaimExtractor(QUOTES).extract(a).stream())
                              .toList()))
              .withDisagreements(Disagreements::find),
          SummaryRequest.DEFAULT_BUDGET);

  /** One article with its own quotes and claims (issue 7); stories merge them in dossiers. */
  private static ArticleView view(Article a) {
    List<Attribution> found = QUOTES.extract(a);
    List<Quote> quotes = new QuoteMerger(QUOTES).merge(List.of(a), Map.of(a.id(), found));
    List<Claim> claims = Claims.merge(new ClaimExtractor(QUOTES).extract(a, found));
    return ArticleView.of(a, quotes, claims);
  }

  /** Analyzes {@code articles}. */
  public Report analyze(List<Article> articles) {
    List<Article> sorted = articles.stream().sorted(ORDER).toList();
    // Stages plug in here, in data-flow order. Each is one interface with one verb:
    // links (issue 4), events and storylines (issue 5), language layer + timeline (issue 6),
    // quotes and claims (issue 7), dossiers (issue 8).
    List<Link> links = linker.link(sorted);
    StoryGrouping.Grouping grouped = grouping.group(sorted, links);
    List<Event> events = grouped.events();
    List<Storyline> storylines = grouped.storylines();
    List<Dossier> dossiers = dossierBuilder.buildAll(sorted, links, events, storylines);
    return new Report(
        sorted.stream().map(Analyzer::view).toList(), links, events, storylines, dossiers);
  }
}
