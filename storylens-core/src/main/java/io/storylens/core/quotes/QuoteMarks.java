// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds spans enclosed in quote marks. Hand-written: it must tell apostrophes from single quotes,
 * accept straight, curly and mixed marks, nested single quotes inside double ones, quotes that run
 * over several paragraphs (each reopened with a mark, the news convention) and unbalanced marks.
 * One pass over the text, so time is linear whatever the input.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /** Longest single-quoted span accepted; longer ones are taken to be apostrophes. */
  static final int MAX_SINGLE = 600;

  /**
   * A quoted span: {@code open} and {@code close} are the offsets of the marks ({@code close} may
   * equal the end of the paragraph when the mark was never closed).
   */
  record Span(int open, int close, boolean balanced, int width) {
    Span(int open, int close, boolean balanced) {
      this(open, close, balanced, 1);
    }

    /** Start of the content, after the opening mark. */
    int contentStart() {
      return Math.min(open + width, close);
    }

    /** End of the closing mark. */
    int closeEnd() {
      return close + width;
    }
  }

  static List<Span> find(String text) {
    if (!text.contains("''")) {
      return scan(text);
    }
    // Typewriter doubles (two apostrophes, as in the New York Times archive) act as one mark.
    char[] view = text.toCharArray();
    boolean[] doubled = new boolean[view.length];
    for (int i = 0; i + 1 < view.length; i++) {
      if (view[i] == '\'' && view[i + 1] == '\'') {
        view[i] = '"';
        view[i + 1] = '\u200b'; // zero-width: neither space nor letter
        doubled[i] = true;
        i++;
      }
    }
    List<Span> out = new ArrayList<>();
    for (Span s : scan(new String(view))) {
      out.add(doubled[s.open()] ? new Span(s.open(), s.close(), s.balanced(), 2) : s);
    }
    return out;
  }

  private static List<Span> scan(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int open = -1;
    boolean single = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (open < 0) {
          continue;
        }
        int next = i;
        while (next < n && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        boolean reopened = next < n && next > i && isDoubleOpener(text, next) && !single;
        if (reopened) {
          i = next; // quote continues in the next paragraph
          continue;
        }
        if (!single && i - open > 1) {
          out.add(new Span(open, trimEnd(text, open, i), false));
        }
        open = -1;
        continue;
      }
      if (isDouble(c)) {
        if (open >= 0 && single) {
          if (closesHere(text, i)) {
            out.add(new Span(open, i, true)); // 'mixed marks," as in seed 004
            open = -1;
          }
          continue;
        }
        if (open < 0) {
          if (c != '”' && opensHere(text, i)) {
            open = i;
            single = false;
          }
        } else if ((c == '“' || c == '„') && !closesHere(text, i)) {
          open = i; // a second opener: the first was unbalanced
        } else {
          out.add(new Span(open, i, true));
          open = -1;
        }
        continue;
      }
      if (c == '\'' || c == '‘' || c == '’') {
        if (open < 0) {
          if (c != '’'
              && opensHere(text, i)
              && i + 1 < n
              && !Character.isDigit(text.charAt(i + 1))) {
            open = i;
            single = true;
          }
        } else if (single && closesHere(text, i)) {
          out.add(new Span(open, i, true));
          open = -1;
        } else if (single && i - open > MAX_SINGLE) {
          open = -1;
        }
      }
    }
    if (open >= 0 && !single && n - open > 1) {
      out.add(new Span(open, trimEnd(text, open, n), false));
    }
    return out;
  }

  private static boolean isDouble(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„';
  }

  private static boolean isDoubleOpener(String text, int i) {
    char c = text.charAt(i);
    return c == '“' || c == '„' || c == '"';
  }

  /** A mark opens when it follows a space, start, bracket or dash and precedes a non-space. */
  private static boolean opensHere(String text, int i) {
    char prev = i == 0 ? ' ' : text.charAt(i - 1);
    char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    boolean before =
        Character.isWhitespace(prev)
            || prev == '('
            || prev == '['
            || prev == '—'
            || prev == '–'
            || prev == '-'
            || prev == '/'
            || prev == ':'
            || prev == '“'
            || prev == '"';
    return before && !Character.isWhitespace(next);
  }

  /** A mark closes when it follows a non-space and is not followed by a letter or digit. */
  private static boolean closesHere(String text, int i) {
    char prev = i == 0 ? ' ' : text.charAt(i - 1);
    char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    return !Character.isWhitespace(prev) && !Character.isLetterOrDigit(next);
  }

  private static int trimEnd(String text, int open, int end) {
    int e = end;
    while (e > open + 1 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
