// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of an article's text a search snippet is cut from: at most {@link #CHARS} characters,
 * starting shortly before the first word that begins like a query word. FTS5's snippet function
 * costs time that grows with the square of the matches in the text it gets (a megabyte repeating
 * one word took minutes); the window keeps that bounded, and finding it is one linear scan.
 */
final class SnippetWindow {
  /** Characters a snippet is cut from. */
  static final int CHARS = 8_192;

  /** Characters kept before the first match, so the snippet can show what leads to it. */
  static final int BEFORE = 512;

  /**
   * Query words are compared by their first characters only: the index stems words (porter), so
   * "talks" finds "talk" and "diplomat" finds "diplomats"; a shared prefix finds both.
   */
  static final int PREFIX = 4;

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

  /** Matches nowhere: a window for no words starts at the beginning. */
  private static final Pattern NOTHING = Pattern.compile("(?!)");

  private SnippetWindow() {}

  /** A pattern that finds the start of a word beginning like one of the words of {@code match}. */
  static Pattern pattern(String match) {
    List<String> prefixes = new ArrayList<>();
    Matcher m = QUOTED.matcher(match);
    while (m.find()) {
      String w = m.group(1);
      prefixes.add(Pattern.quote(w.substring(0, Math.min(PREFIX, w.length()))));
    }
    if (prefixes.isEmpty()) {
      return NOTHING;
    }
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:" + String.join("|", prefixes) + ")",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The window of {@code text} for {@code words} (from {@link #pattern}); short texts whole. */
  static String around(String text, Pattern words) {
    if (text == null || text.length() <= CHARS) {
      return text;
    }
    int start = 0;
    if (words != null) {
      Matcher m = words.matcher(text);
      if (m.find()) {
        start = Math.max(0, m.start() - BEFORE);
      }
    }
    int end = Math.min(text.length(), start + CHARS);
    // Never split a surrogate pair.
    if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
      start++;
    }
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }
}
