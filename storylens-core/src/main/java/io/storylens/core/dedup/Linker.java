// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import io.storylens.model.Article;
import io.storylens.model.Link;
import java.util.List;
import java.util.Set;

/** Finds derivation links among articles. */
@FunctionalInterface
public interface Linker {
  /**
   * Links {@code articles}: every returned link points from an original to its copy.
   *
   * @return links sorted by (from, to); empty when nothing was copied
   */
  List<Link> link(List<Article> articles);

  /**
   * The links of {@code articles} after {@code added} (ids among them) arrived, given {@code
   * previous}, the links found among the others. A linker that can, keeps the previous links and
   * judges only pairs that involve an added article; this default links everything again.
   *
   * @return links sorted by (from, to)
   */
  default List<Link> update(List<Link> previous, List<Article> articles, Set<String> added) {
    return link(articles);
  }
}
