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
 */
public record FirstPublisher(
    String article, Optional<String> outlet, Optional<String> published, List<String> evidence) {
  public FirstPublisher {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    evidence = List.copyOf(evidence);
  }
}
