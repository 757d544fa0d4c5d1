// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.embed;

/**
 * The text an article is embedded from: its title, then the start of its body, at most {@link
 * #MAX_CHARS} characters in all, cut at a word boundary. News puts what happened in the headline
 * and lead, and the model reads about 512 tokens at most, so the rest of the body would cost time
 * and dilute the vector with background.
 */
public final class EmbeddingText {
  /** Characters of title and lead embedded (about 300–350 word pieces of English news). */
  public static final int MAX_CHARS = 1500;

  private EmbeddingText() {}

  /** Title and lead of an article, whitespace collapsed, at most {@link #MAX_CHARS} characters. */
  public static String of(String title, String body) {
    String t = collapse(title == null ? "" : title);
    String b = collapse(body == null ? "" : body);
    // The body often repeats the headline as its first line; keep it once.
    if (!t.isEmpty() && b.startsWith(t)) {
      b = b.substring(t.length()).strip();
    }
    String joined = t.isEmpty() ? b : b.isEmpty() ? t : t + ". " + b;
    if (joined.length() <= MAX_CHARS) {
      return joined;
    }
    int cut = joined.lastIndexOf(' ', MAX_CHARS);
    return joined.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
  }

  private static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
