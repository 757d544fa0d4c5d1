// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import java.util.List;

/** Articles parsed from one input, and the problems met (e.g. bad JSON lines). */
public record ParseResult(List<RawArticle> articles, List<IngestProblem> problems) {
  public ParseResult {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }

  /** A result with one article and no problems. */
  public static ParseResult of(RawArticle article) {
    return new ParseResult(List.of(article), List.of());
  }

  /** A result with one problem and no article. */
  public static ParseResult failed(IngestProblem problem) {
    return new ParseResult(List.of(), List.of(problem));
  }
}
