// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.util.List;
import java.util.Objects;

/**
 * A place where outlets differ.
 *
 * @param kind number, slot or quote-edit
 * @param description human-readable explanation
 * @param articles ids of the articles involved
 * @param values the differing values, one per side ("NATO" vs "Ukraine", "90,000" vs "175,000")
 * @param sources the sentences involved
 */
public record Disagreement(
    String kind,
    String description,
    List<String> articles,
    List<String> values,
    List<SourceRef> sources) {
  public Disagreement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    articles = List.copyOf(articles);
    values = List.copyOf(values);
    sources = List.copyOf(sources);
  }
}
