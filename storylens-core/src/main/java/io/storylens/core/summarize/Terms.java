// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize;

import io.storylens.core.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Terms as ROUGE-1.5.5 sees them: {@link Tokens#wordsApostrophesSplit} (hyphens, apostrophes and
 * every other character that is not a letter or digit separate words; ROUGE keeps only ASCII, and
 * letters with accents are kept here so that non-English names are not split apart), Porter-stemmed
 * when longer than three characters. The summarizer uses the same terms as the scorer so that what
 * it optimizes is what ROUGE counts.
 *
 * <p>Not thread-safe (the stemmer and its cache are per instance): create one per thread.
 */
public final class Terms {
  private final PorterStemmer stemmer = new PorterStemmer();
  private final Map<String, String> cache = new HashMap<>();

  /** The stemmed terms of {@code text}, in order. */
  public List<String> of(String text) {
    List<String> words = Tokens.wordsApostrophesSplit(text);
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(stem(w));
    }
    return out;
  }

  /** The Porter stem of a lower-cased token; tokens of three characters or fewer are kept. */
  public String stem(String token) {
    if (token.length() <= 3) {
      return token;
    }
    return cache.computeIfAbsent(token, t -> stemmer.stem(t));
  }

  /** Whitespace-separated words, the unit of ROUGE's and DUC's length limits. */
  public static int wordCount(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean ws = Character.isWhitespace(text.charAt(i));
      if (!ws && !inWord) {
        count++;
      }
      inWord = !ws;
    }
    return count;
  }
}
