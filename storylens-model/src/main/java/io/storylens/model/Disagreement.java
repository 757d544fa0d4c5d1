// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.util.List;
import java.util.Objects;

/**
 * A place where outlets differ.
 *
 * @param kind number (a conflict), number-update (a later figure) or slot (one name, number or date
 *     differs between aligned sentences)
 * @param description human-readable explanation
 * @param articles ids of the articles involved
 * @param values the differing values, one per side ("NATO" vs "Ukraine", "90,000" vs "175,000")
 * @param sources the sentences involved
 * @param confidence how sure the finder is that both sides speak of the same fact, 0 to 1 (1 when
 *     not scored)
 */
public record Disagreement(
    String kind,
    String description,
    List<String> articles,
    List<String> values,
    List<SourceRef> sources,
    double confidence) {
  public Disagreement {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    articles = List.copyOf(articles);
    values = List.copyOf(values);
    sources = List.copyOf(sources);
  }

  /** A disagreement not scored by a model: confidence 1. */
  public Disagreement(
      String kind,
      String description,
      List<String> articles,
      List<String> values,
      List<SourceRef> sources) {
    this(kind, description, articles, values, sources, 1.0);
  }
}
