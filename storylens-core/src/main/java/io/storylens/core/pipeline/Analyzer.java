// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.core.claims.ClaimExtractor;
import io.storylens.core.claims.Claims;
import io.storylens.core.quotes.Attribution;
import io.storylens.core.quotes.QuoteMerger;
import io.storylens.core.quotes.RuleQuoteExtractor;
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

  private static final RuleQuoteExtractor QUOTES = new RuleQuoteExtractor();

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
    List<Link> links = List.of();
    List<Event> events = List.of();
    List<Storyline> storylines = List.of();
    List<Dossier> dossiers = List.of();
    return new Report(
        sorted.stream().map(Analyzer::view).toList(), links, events, storylines, dossiers);
  }
}
