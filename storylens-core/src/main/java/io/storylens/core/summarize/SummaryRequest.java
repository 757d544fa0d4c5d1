// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize;

import io.storylens.model.Article;
import io.storylens.model.Disagreement;
import io.storylens.model.Link;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to summarize.
 *
 * @param articles the articles of one event or storyline
 * @param links derivation links among them: linked copies count as one source
 * @param disagreements flagged disagreements: sentences that carry one are marked disputed
 * @param query an information need ("Discuss conditions on reservations…"), if any
 * @param wordBudget the maximum summary length in whitespace-separated words
 */
public record SummaryRequest(
    List<Article> articles,
    List<Link> links,
    List<Disagreement> disagreements,
    Optional<String> query,
    int wordBudget) {
  /** The default budget of a dossier summary, in words. */
  public static final int DEFAULT_BUDGET = 120;

  public SummaryRequest {
    articles = List.copyOf(articles);
    links = List.copyOf(links);
    disagreements = List.copyOf(disagreements);
    Objects.requireNonNull(query, "query");
    if (wordBudget < 1) {
      throw new IllegalArgumentException("wordBudget must be >= 1: " + wordBudget);
    }
  }

  /** A request without links, disagreements or query. */
  public static SummaryRequest of(List<Article> articles, int wordBudget) {
    return new SummaryRequest(articles, List.of(), List.of(), Optional.empty(), wordBudget);
  }
}
