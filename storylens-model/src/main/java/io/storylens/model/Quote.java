// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.util.List;
import java.util.Objects;

/**
 * A statement with its speaker, merged across the articles of a story.
 *
 * @param speaker canonical speaker name, or the nominal phrase ("a senior administration official")
 * @param speakerKind named, nominal, nominal-resolved, pronoun-resolved or unknown
 * @param cue the cue verb or phrase ("said", "told reporters", "according to")
 * @param text the main wording
 * @param marked whether the text was in quote marks (false for reported speech)
 * @param articles ids of articles that carry it
 * @param outlets outlets that carry it, sorted
 * @param variants other wordings
 * @param sources the sentences that carry it
 * @param speakerConfidence estimated probability that {@code speaker} is right, calibrated on the
 *     hand-annotated development events; a speaker below the shown threshold is withheld (empty
 *     speaker, kind {@code unknown}) and kept as {@link SpeakerEvidence#candidate()}; 0 when none
 * @param speakerEvidence what the confidence rests on
 */
public record Quote(
    String speaker,
    String speakerKind,
    String cue,
    String text,
    boolean marked,
    List<String> articles,
    List<String> outlets,
    List<QuoteVariant> variants,
    List<SourceRef> sources,
    double speakerConfidence,
    SpeakerEvidence speakerEvidence) {
  public Quote {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerKind, "speakerKind");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(text, "text");
    articles = List.copyOf(articles);
    outlets = List.copyOf(outlets);
    variants = List.copyOf(variants);
    sources = List.copyOf(sources);
    Objects.requireNonNull(speakerEvidence, "speakerEvidence");
    if (!(speakerConfidence >= 0 && speakerConfidence <= 1)) {
      throw new IllegalArgumentException("speakerConfidence not in [0, 1]: " + speakerConfidence);
    }
  }
}
