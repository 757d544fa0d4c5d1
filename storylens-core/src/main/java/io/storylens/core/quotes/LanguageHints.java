// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import java.util.List;
import java.util.Optional;

/**
 * What a full NLP layer (CoreNLP NER and dependency parses) can tell the rule extractor. The cheap
 * path uses {@link #NONE}; a richer implementation is plugged in through {@link
 * RuleQuoteExtractor#RuleQuoteExtractor(java.util.function.Function)}.
 */
public interface LanguageHints {
  /** A typed name mention; {@code type} is a CoreNLP NER label such as PERSON or ORGANIZATION. */
  record Name(int start, int end, String type) {}

  /** A speaker span found by a parser: {@code start} and {@code end} are character offsets. */
  record SpeakerSpan(int start, int end) {}

  /** Named-entity mentions in text order; empty when unknown. */
  default List<Name> names() {
    return List.of();
  }

  /** The grammatical subject of the cue verb at {@code cueStart}, if a parser knows it. */
  default Optional<SpeakerSpan> subjectOf(int cueStart) {
    return Optional.empty();
  }

  /** No hints: capitalization and word lists only. */
  LanguageHints NONE = new LanguageHints() {};
}
