// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize;

import io.storylens.model.SummarySentence;
import java.util.List;

/**
 * Summarizes a set of articles within a word budget. Every returned sentence carries all article
 * sentences that state it ({@link SummarySentence#sources()}); the result is deterministic for the
 * same input regardless of input order.
 */
@FunctionalInterface
public interface Summarizer {
  /** The summary of {@code request}, in the order it should be read. */
  List<SummarySentence> summarize(SummaryRequest request);
}
