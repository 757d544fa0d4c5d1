// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One piece of evidence for a link: a cue (e.g. {@code earlier-date}, {@code wire-credit}, {@code
 * aligned-sentence}) with a human-readable detail and, for aligned sentences, the sentence indexes.
 *
 * @param cue machine-readable cue name
 * @param detail human-readable explanation
 * @param fromSentence sentence index in the original, for aligned sentences
 * @param toSentence sentence index in the copy, for aligned sentences
 */
public record LinkEvidence(
    String cue, String detail, Optional<Integer> fromSentence, Optional<Integer> toSentence) {
  public LinkEvidence {
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(fromSentence, "fromSentence");
    Objects.requireNonNull(toSentence, "toSentence");
  }

  /** Evidence without sentence indexes. */
  public static LinkEvidence cue(String cue, String detail) {
    return new LinkEvidence(cue, detail, Optional.empty(), Optional.empty());
  }
}
