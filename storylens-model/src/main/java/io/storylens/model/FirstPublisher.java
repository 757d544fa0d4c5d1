// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The earliest source of an event, with the evidence that decided it.
 *
 * @param article article id
 * @param outlet its outlet, if known
 * @param published its (effective) publication date, if known
 * @param evidence why it is the first ("earliest date 2021-12-28", "original of 2 copies")
 * @param confidence how sure the finder is, 0 to 1 (1 when not scored)
 */
public record FirstPublisher(
    String article,
    Optional<String> outlet,
    Optional<String> published,
    List<String> evidence,
    double confidence) {
  public FirstPublisher {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    evidence = List.copyOf(evidence);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
    }
  }

  /** A first publisher not scored: confidence 1. */
  public FirstPublisher(
      String article, Optional<String> outlet, Optional<String> published, List<String> evidence) {
    this(article, outlet, published, evidence, 1.0);
  }
}
