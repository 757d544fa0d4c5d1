// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.util.List;
import java.util.Objects;

/**
 * One wording of a quote and the articles that carry it.
 *
 * @param text the wording
 * @param articles article ids
 * @param changesMeaning whether the words that differ from the main wording change its meaning
 * @param diff word-level difference against the main wording, e.g. "-NATO +Ukraine"
 */
public record QuoteVariant(
    String text, List<String> articles, boolean changesMeaning, String diff) {
  public QuoteVariant {
    Objects.requireNonNull(text, "text");
    articles = List.copyOf(articles);
    Objects.requireNonNull(diff, "diff");
  }
}
