// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A token with character offsets into the article text. Hand-written tokenizer: words keep inner
 * periods, hyphens and apostrophes ("U.S.", "R-NE", "Russia's"); every other non-space character is
 * a token of its own.
 */
record Tok(int start, int end, String text) {

  /** Lower-cased text. */
  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  /** Starts with an upper-case letter. */
  boolean isCapitalized() {
    return Character.isUpperCase(text.charAt(0));
  }

  boolean is(String s) {
    return text.equalsIgnoreCase(s);
  }

  /** Tokens of {@code text[from, to)}. */
  static List<Tok> tokenize(String text, int from, int to) {
    List<Tok> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        out.add(new Tok(i, i + 1, String.valueOf(c)));
        i++;
        continue;
      }
      int j = i + 1;
      while (j < to) {
        char d = text.charAt(j);
        if (Character.isLetterOrDigit(d)) {
          j++;
        } else if ((d == '.' || d == '-' || d == '\'' || d == '’' || d == ',')
            && j + 1 < to
            && Character.isLetterOrDigit(text.charAt(j + 1))
            && (d != ',' || Character.isDigit(text.charAt(j - 1)))
            && (d != '.' || shortSegment(text, i, j))) {
          j++; // "U.S", "R-NE", "Russia's", "100,000"
        } else if (d == '.' && isAbbreviation(text, i, j)) {
          j++; // keep the final period of "U.S." and "Sen."
          break;
        } else {
          break;
        }
      }
      out.add(new Tok(i, j, text.substring(i, j)));
      i = j;
    }
    return out;
  }

  /** "U.S", "D.C", "3.5" keep their inner period; "said.Trump" (a missing space) does not. */
  private static boolean shortSegment(String text, int start, int dot) {
    int k = dot - 1;
    while (k > start && text.charAt(k - 1) != '.') {
      k--;
    }
    return dot - k <= 2 || Character.isDigit(text.charAt(dot - 1));
  }

  private static boolean isAbbreviation(String text, int start, int dot) {
    String w = text.substring(start, dot);
    if (w.contains(".")) {
      return true; // U.S
    }
    if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
      return true; // initial
    }
    return Lexicon.TITLES_ABBREV.contains(w.toLowerCase(Locale.ROOT));
  }
}
