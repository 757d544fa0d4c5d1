// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

/**
 * How much of a sentence is quoted speech. Hand-written: a character scan over double quotes, curly
 * quotes and word-initial single quotes is all the linker needs to discount shared quotations.
 */
final class Quotations {
  private Quotations() {}

  /** Share of letters of {@code s} that sit inside quotation marks, in [0, 1]. */
  static double quotedShare(String s) {
    int letters = 0;
    int quoted = 0;
    boolean inDouble = false;
    boolean inSingle = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char prev = i == 0 ? ' ' : s.charAt(i - 1);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
      if (c == '"') {
        inDouble = !inDouble;
      } else if (c == '“') {
        inDouble = true;
      } else if (c == '”') {
        inDouble = false;
      } else if ((c == '\'' || c == '‘')
          && !Character.isLetterOrDigit(prev)
          && Character.isLetter(next)) {
        inSingle = true;
      } else if ((c == '\'' || c == '’') && inSingle && !Character.isLetterOrDigit(next)) {
        inSingle = false;
      } else if (Character.isLetterOrDigit(c)) {
        letters++;
        if (inDouble || inSingle) {
          quoted++;
        }
      }
    }
    return letters == 0 ? 0 : quoted / (double) letters;
  }
}
