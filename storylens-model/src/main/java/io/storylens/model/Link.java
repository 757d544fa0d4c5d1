// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.util.List;
import java.util.Objects;

/**
 * A derivation edge: {@code to} was copied or derived from {@code from}.
 *
 * @param from id of the original article
 * @param to id of the copy
 * @param kind the kind of copy
 * @param similarity similarity score in [0, 1] used to decide the kind
 * @param directionConfidence confidence in [0, 1] that {@code from} is the original
 * @param evidence the cues and aligned sentences that decided the link and its direction
 */
public record Link(
    String from,
    String to,
    LinkKind kind,
    double similarity,
    double directionConfidence,
    List<LinkEvidence> evidence) {
  public Link {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
    if (from.equals(to)) {
      throw new IllegalArgumentException("a link needs two different articles: " + from);
    }
    Checks.unit(similarity, "similarity");
    Checks.unit(directionConfidence, "directionConfidence");
    evidence = List.copyOf(evidence);
  }
}
