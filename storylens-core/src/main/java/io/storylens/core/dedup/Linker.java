// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import io.storylens.model.Article;
import io.storylens.model.Link;
import java.util.List;

/** Finds derivation links among articles. */
@FunctionalInterface
public interface Linker {
  /**
   * Links {@code articles}: every returned link points from an original to its copy.
   *
   * @return links sorted by (from, to); empty when nothing was copied
   */
  List<Link> link(List<Article> articles);
}
