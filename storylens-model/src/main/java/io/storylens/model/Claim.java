// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A numeric or factual claim with attribution.
 *
 * @param subject what the claim is about ("Russian troops near the Ukrainian border")
 * @param value the value as written ("roughly 100,000")
 * @param low lower bound of the normalized range, if numeric
 * @param high upper bound of the normalized range, if numeric
 * @param unit unit, if any ("troops", "USD")
 * @param hedge hedge word ("roughly", "more than"), empty string if none
 * @param text the sentence stating it
 * @param attribution who it is attributed to ("U.S. intelligence officials"), if anyone
 * @param articles article ids that state it
 * @param sources the sentences that state it
 */
public record Claim(
    String subject,
    String value,
    Optional<Double> low,
    Optional<Double> high,
    String unit,
    String hedge,
    String text,
    Optional<String> attribution,
    List<String> articles,
    List<SourceRef> sources) {
  public Claim {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(hedge, "hedge");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(attribution, "attribution");
    articles = List.copyOf(articles);
    sources = List.copyOf(sources);
  }
}
