// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize;

import io.storylens.core.text.WordLists;
import java.util.Set;
import java.util.TreeSet;

/**
 * The content terms of an information need. Words that only frame the request ("discuss",
 * "include", "describe") are dropped: they say what to write, not what it is about.
 */
final class QueryTerms {
  private static final Set<String> FRAMING = WordLists.load(QueryTerms.class, "framing-words.txt");

  private QueryTerms() {}

  static Set<String> of(String query, Terms terms, Set<String> stopStems) {
    Set<String> framing = new TreeSet<>();
    for (String f : FRAMING) {
      framing.add(terms.stem(f));
    }
    Set<String> out = new TreeSet<>();
    for (String t : terms.of(query)) {
      if (!stopStems.contains(t) && !framing.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }
}
