// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import io.storylens.core.text.WordLists;
import java.util.Locale;
import java.util.Set;

/**
 * Nationalities, religions and ideologies ("Israeli", "South African", "Republican"): CoreNLP's
 * 4-class model tags them MISC, but they name groups of people, not entities. The full pipeline's
 * fine-grained pass relabelled them (NATIONALITY, RELIGION, IDEOLOGY) and so kept them out of the
 * coarse mentions; the lean pipeline skips that pass and looks them up here instead, in the same
 * gazetteer's entries (resource {@code group-adjectives.txt}).
 */
final class GroupAdjectives {
  private static final Set<String> WORDS =
      WordLists.load(GroupAdjectives.class, "group-adjectives.txt");

  private GroupAdjectives() {}

  /**
   * Whether {@code mention} (any case, spaces collapsed) is a nationality, religion or ideology.
   */
  static boolean names(String mention) {
    return mention != null
        && WORDS.contains(mention.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
  }
}
