// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Terms as ROUGE-1.5.5 sees them: lower-cased runs of letters and digits (hyphens and every other
 * character separate words), Porter-stemmed when longer than three characters. The summarizer uses
 * the same terms as the scorer so that what it optimizes is what ROUGE counts.
 *
 * <p>Not thread-safe (the stemmer and its cache are per instance): create one per thread.
 */
public final class Terms {
  private final PorterStemmer stemmer = new PorterStemmer();
  private final Map<String, String> cache = new HashMap<>();

  /** The stemmed terms of {@code text}, in order. */
  public List<String> of(String text) {
    List<String> out = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int n = lower.length();
    int i = 0;
    while (i < n) {
      char c = lower.charAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && isWordChar(lower.charAt(j))) {
        j++;
      }
      out.add(stem(lower.substring(i, j)));
      i = j;
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

  // ROUGE-1.5.5 keeps [A-Za-z0-9] only; accented letters are kept too so that non-English names
  // are not split apart (they never occur in the DUC data this was calibrated on).
  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c > 127 && Character.isLetter(c));
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
