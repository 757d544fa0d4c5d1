// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.core.dossier.DossierBuilder;
import io.storylens.core.dossier.DossierStages;
import io.storylens.core.dossier.StoryGrouping;
import io.storylens.core.summarize.ConceptSummarizer;
import io.storylens.core.summarize.SummaryRequest;
import io.storylens.model.Article;
import io.storylens.model.Dossier;
import io.storylens.model.Event;
import io.storylens.model.Link;
import io.storylens.model.Storyline;
import java.util.Comparator;
import java.util.List;

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

  /** Clock for articles without a usable date (events and storylines place them "now"). */
  private final java.time.Clock clock;

  // Issue 5: events and storylines from the online clusterer, fed in publication order.
  private final StoryGrouping grouping;

  private final DossierBuilder dossierBuilder =
      new DossierBuilder(
          new ConceptSummarizer(), DossierStages.none(), SummaryRequest.DEFAULT_BUDGET);

  public Analyzer() {
    this(java.time.Clock.systemUTC());
  }

  public Analyzer(java.time.Clock clock) {
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
    this.grouping =
        (articles, links) -> {
          io.storylens.core.cluster.Clustering c =
              io.storylens.core.cluster.Stories.of(articles, this.clock);
          return new StoryGrouping.Grouping(c.events(), c.storylines());
        };
  }

  /** Analyzes {@code articles}. */
  public Report analyze(List<Article> articles) {
    List<Article> sorted = articles.stream().sorted(ORDER).toList();
    // Stages plug in here, in data-flow order. Each is one interface with one verb:
    // links (issue 4), events and storylines (issue 5), language layer + timeline (issue 6),
    // quotes and claims (issue 7), dossiers (issue 8).
    List<Link> links = List.of();
    StoryGrouping.Grouping grouped = grouping.group(sorted, links);
    List<Event> events = grouped.events();
    List<Storyline> storylines = grouped.storylines();
    List<Dossier> dossiers = dossierBuilder.buildAll(sorted, links, events, storylines);
    return new Report(
        sorted.stream().map(ArticleView::of).toList(), links, events, storylines, dossiers);
  }
}
