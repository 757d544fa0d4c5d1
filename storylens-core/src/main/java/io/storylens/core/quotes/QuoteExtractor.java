// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import io.storylens.model.Article;
import java.util.List;

/** Finds the statements of one article with their speakers and cues. */
public interface QuoteExtractor {
  /**
   * The attributions of {@code article}, in text order. Never throws for odd text; a speaker that
   * cannot be found is {@link SpeakerKind#UNKNOWN}, never guessed.
   */
  List<Attribution> extract(Article article);
}
