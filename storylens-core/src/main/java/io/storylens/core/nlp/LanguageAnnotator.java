// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import java.time.LocalDate;
import java.util.Optional;

/** Annotates one text. Implementations are thread-safe. */
@FunctionalInterface
public interface LanguageAnnotator {
  /**
   * Annotates {@code text}, resolving relative time expressions against {@code documentDate} (the
   * article's own publication date; empty leaves them unresolved, e.g. {@code XXXX-12-07}).
   */
  ArticleAnnotations annotate(String text, Optional<LocalDate> documentDate);

  /**
   * The CoreNLP annotator of {@code mode}, sharing the process-wide pipeline, with a cache of its
   * own of the sentences it annotated (at most {@code 50,000}): repeated sentences are annotated
   * once, with the same result.
   */
  static LanguageAnnotator coreNlp(NlpMode mode) {
    return new CoreNlpAnnotator(mode, SentenceCache.DEFAULT_ENTRIES);
  }

  /** As {@link #coreNlp}, annotating every text whole, without a sentence cache (a baseline). */
  static LanguageAnnotator coreNlpUncached(NlpMode mode) {
    return new CoreNlpAnnotator(mode, 0);
  }
}
