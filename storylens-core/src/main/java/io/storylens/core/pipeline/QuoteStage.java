// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.core.quotes.LanguageHints;
import io.storylens.core.quotes.QuoteExtractor;
import io.storylens.model.Article;
import java.util.function.Function;

/**
 * The quote stage of an {@link Analyzer}: makes the extractor that finds and attributes quotes,
 * given the language layer's hints for an article ({@link LanguageHints#NONE} for articles it did
 * not annotate). An extractor made here must be stateless, so one serves many articles.
 */
@FunctionalInterface
public interface QuoteStage {
  /** An extractor that reads its hints for each article from {@code hints}. */
  QuoteExtractor extractor(Function<Article, LanguageHints> hints);
}
