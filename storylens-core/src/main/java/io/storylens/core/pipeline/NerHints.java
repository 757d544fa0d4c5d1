// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.core.nlp.ArticleAnnotations;
import io.storylens.core.quotes.LanguageHints;
import java.util.Comparator;
import java.util.List;

/**
 * The language layer's named-entity mentions as hints for the quote extractor, so that speakers are
 * resolved with the same NER the entity stage uses (computed once per article either way).
 */
final class NerHints implements LanguageHints {
  private final List<Name> names;

  private NerHints(List<Name> names) {
    this.names = names;
  }

  /** Hints from {@code annotations}; no hints when there are none. */
  static LanguageHints of(ArticleAnnotations annotations) {
    if (annotations == null) {
      return LanguageHints.NONE;
    }
    List<Name> names =
        annotations.mentions().stream()
            // CoreNLP's entity mentions include pronouns: names start with a capital letter.
            .filter(m -> !m.text().isEmpty() && Character.isUpperCase(m.text().charAt(0)))
            .map(m -> new Name(m.begin(), m.end(), m.type()))
            .sorted(Comparator.comparingInt(Name::start))
            .toList();
    return new NerHints(names);
  }

  @Override
  public List<Name> names() {
    return names;
  }
}
