// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word tokenization for similarity measures: lower-cased letter/digit runs. */
public final class Tokens {
  private Tokens() {}

  /** A small English stop-word list (function words only), for content-word measures. */
  public static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for",
          "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have",
          "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
          "might", "must", "that", "this", "these", "those", "it", "its", "he", "she", "they",
          "them", "his", "her", "their", "we", "our", "you", "your", "i", "me", "my", "not", "no",
          "so", "than", "then", "there", "which", "who", "whom", "what", "when", "where", "while",
          "also", "said", "says", "about", "into", "over", "after", "before", "s", "t", "up", "out",
          "more", "most", "any", "all", "some", "such", "only", "own", "other", "just", "very");

  /** Lower-cased runs of letters and digits (apostrophes inside words are dropped). */
  public static List<String> words(CharSequence text) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isLetterOrDigit(ch)) {
        cur.append(Character.toLowerCase(ch));
      } else if ((ch == '\'' || ch == '’') && cur.length() > 0) {
        continue; // "Russia's" and "Russias" tokenize alike
      } else if (cur.length() > 0) {
        out.add(cur.toString());
        cur.setLength(0);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }

  /** {@link #words} without stop words. */
  public static List<String> contentWords(CharSequence text) {
    List<String> out = new ArrayList<>();
    for (String w : words(text)) {
      if (!STOP_WORDS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** Lower-cases with the root locale (never the platform's). */
  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
