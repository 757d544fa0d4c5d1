// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.util.List;
import java.util.Objects;

/**
 * A dated happening in a story, merged across the articles that report it.
 *
 * @param date ISO value at its granularity ("2022-01-10", "2022-01", "2014")
 * @param granularity day, month, year, …
 * @param text the event sentence or clause
 * @param expression the temporal expression as written
 * @param articles ids of articles that report it
 * @param sources the sentences that report it
 */
public record TimelineEntry(
    String date,
    String granularity,
    String text,
    String expression,
    List<String> articles,
    List<SourceRef> sources) {
  public TimelineEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(expression, "expression");
    articles = List.copyOf(articles);
    sources = List.copyOf(sources);
  }
}
