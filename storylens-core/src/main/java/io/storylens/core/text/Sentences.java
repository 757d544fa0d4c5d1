// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A fast rule-based sentence splitter for news English. Hand-written because the cheap path cannot
 * afford CoreNLP; it knows titles and abbreviations ("Mr.", "U.S.", "Jan."), initials, decimals,
 * and closing quotes after the period. Paragraph breaks (blank lines or single newlines) always end
 * a sentence.
 */
public final class Sentences {
  private static final Set<String> ABBREVIATIONS =
      WordLists.load(Sentences.class, "abbreviations.txt");

  private Sentences() {}

  /** A sentence with its character offsets in the input. */
  public record Span(int start, int end, String text) {}

  /** Splits {@code text} into sentences (trimmed, non-empty). */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (Span s : spans(text)) {
      out.add(s.text());
    }
    return out;
  }

  /**
   * The index of the span holding {@code offset} in {@code spans} (sorted, as {@link #spans}
   * returns them): the last span starting at or before it, 0 before the first.
   */
  public static int indexOf(List<Span> spans, int offset) {
    int lo = 0;
    int hi = spans.size() - 1;
    int found = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid).start() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** Splits {@code text} into sentence spans with offsets. */
  public static List<Span> spans(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        add(text, start, i, out);
        start = i + 1;
        continue;
      }
      if (ch != '.' && ch != '!' && ch != '?') {
        continue;
      }
      int end = i + 1;
      while (end < n && isCloser(text.charAt(end))) {
        end++;
      }
      if (end < n && !Character.isWhitespace(text.charAt(end))) {
        continue; // "U.S.-led", "3.5", "...and"
      }
      int next = end;
      while (next < n && text.charAt(next) == ' ') {
        next++;
      }
      if (next < n && text.charAt(next) != '\n' && !startsSentence(text.charAt(next))) {
        continue;
      }
      if (ch == '.' && isAbbreviation(text, i)) {
        continue;
      }
      add(text, start, end, out);
      start = end;
    }
    add(text, start, n, out);
    return out;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']';
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || c == '"'
        || c == '“'
        || c == '\''
        || c == '‘'
        || c == '('
        || c == '[';
  }

  private static boolean isAbbreviation(String text, int dot) {
    int j = dot;
    while (j > 0 && (Character.isLetter(text.charAt(j - 1)) || text.charAt(j - 1) == '.')) {
      j--;
    }
    String word = text.substring(j, dot).toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(text.charAt(j))) {
      return true; // initial: "John F. Kennedy"
    }
    if (word.contains(".")) {
      // "U.S." ends a sentence only when the next word clearly starts one; keep it joined.
      return word.length() <= 4;
    }
    return ABBREVIATIONS.contains(word);
  }

  private static void add(String text, int start, int end, List<Span> out) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Span(s, e, text.substring(s, e)));
    }
  }
}
