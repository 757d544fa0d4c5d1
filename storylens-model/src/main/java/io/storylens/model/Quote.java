// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.util.List;
import java.util.Objects;

/**
 * A statement with its speaker, merged across the articles of a story.
 *
 * @param speaker canonical speaker name, or the nominal phrase ("a senior administration official")
 * @param speakerKind named, nominal, pronoun-resolved or unknown
 * @param cue the cue verb or phrase ("said", "told reporters", "according to")
 * @param text the main wording
 * @param marked whether the text was in quote marks (false for reported speech)
 * @param articles ids of articles that carry it
 * @param outlets outlets that carry it, sorted
 * @param variants other wordings
 * @param sources the sentences that carry it
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
    List<SourceRef> sources) {
  public Quote {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerKind, "speakerKind");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(text, "text");
    articles = List.copyOf(articles);
    outlets = List.copyOf(outlets);
    variants = List.copyOf(variants);
    sources = List.copyOf(sources);
  }
}
