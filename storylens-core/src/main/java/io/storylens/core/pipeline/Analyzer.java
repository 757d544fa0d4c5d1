// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.model.Article;
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

  /** Analyzes {@code articles}. */
  public Report analyze(List<Article> articles) {
    List<Article> sorted = articles.stream().sorted(ORDER).toList();
    return new Report(
        sorted.stream().map(ArticleView::of).toList(), List.of(), List.of(), List.of());
  }
}
