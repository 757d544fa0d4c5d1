// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.model.Article;
import io.storylens.model.Link;
import io.storylens.model.LinkKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The articles a dossier is built from when its event or storyline is very large: quote merging,
 * claim alignment and disagreement search grow with the square of the articles, so without a bound
 * one event of a few thousand near-identical copies holds the analysis (and its heap) for good. A
 * reader learns nothing from the hundredth copy of a text, so copies go first: articles are taken
 * in the given order (publication order), skipping exact copies and near duplicates of an article
 * already taken; only when fewer than {@link #MAX} distinct articles exist are copies taken too, in
 * order. Deterministic; at most {@link #MAX} articles; the input unchanged when it has no more.
 */
final class DossierSample {
  /** Most articles one dossier reads. */
  static final int MAX = 150;

  private DossierSample() {}

  /**
   * At most {@link #MAX} of {@code members} (in their order), copies last.
   *
   * @param members the story's articles, in publication order
   * @param links links among them
   */
  static List<Article> of(List<Article> members, List<Link> links) {
    if (members.size() <= MAX) {
      return members;
    }
    Set<String> copies = new HashSet<>();
    for (Link l : links) {
      if (l.kind() == LinkKind.EXACT || l.kind() == LinkKind.NEAR_DUPLICATE) {
        copies.add(l.to());
      }
    }
    Set<Article> taken = new LinkedHashSet<>();
    for (Article a : members) {
      if (taken.size() < MAX && !copies.contains(a.id())) {
        taken.add(a);
      }
    }
    for (Article a : members) {
      if (taken.size() < MAX) {
        taken.add(a);
      }
    }
    // Back in the members' own order, so that the stages see the same order as without the bound.
    List<Article> out = new ArrayList<>();
    for (Article a : members) {
      if (taken.contains(a)) {
        out.add(a);
      }
    }
    return out;
  }
}
