// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a dossier summary with its provenance.
 *
 * @param text the sentence
 * @param sources every article sentence that states it (not only the one it was taken from)
 * @param outlets outlets that agree, sorted
 * @param disputed whether the sentence carries a flagged disagreement
 */
public record SummarySentence(
    String text, List<SourceRef> sources, List<String> outlets, boolean disputed) {
  public SummarySentence {
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(sources);
    outlets = List.copyOf(outlets);
  }
}
