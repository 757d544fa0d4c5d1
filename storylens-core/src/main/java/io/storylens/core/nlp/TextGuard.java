// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import java.util.List;

/**
 * Makes a text safe to annotate in bounded time without moving any character: long runs of words
 * without a sentence end get a newline in place of a space (CoreNLP then splits there, and so does
 * {@link io.storylens.core.text.Sentences}), and very long texts are cut.
 */
public final class TextGuard {
  /** Most words in a row without a sentence break before one is forced. */
  public static final int MAX_RUN = 120;

  /** Most characters annotated per text. */
  public static final int MAX_CHARS = 200_000;

  private TextGuard() {}

  /** The guarded text (same length, or cut at {@link #MAX_CHARS}); adds warnings to {@code w}. */
  public static String guard(String text, List<String> warnings) {
    String t = text;
    if (t.length() > MAX_CHARS) {
      warnings.add(
          "text of " + t.length() + " characters: only the first " + MAX_CHARS + " annotated");
      t = t.substring(0, MAX_CHARS);
    }
    char[] chars = t.toCharArray();
    int words = 0;
    int forced = 0;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c == '\n' || c == '.' || c == '!' || c == '?') {
        words = 0;
      } else if (c == ' ' && ++words >= MAX_RUN) {
        chars[i] = '\n';
        words = 0;
        forced++;
      }
    }
    if (forced > 0) {
      warnings.add(forced + " sentence break(s) forced in runs of " + MAX_RUN + "+ words");
    }
    return new String(chars);
  }
}
