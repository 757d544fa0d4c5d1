// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import io.storylens.core.text.Sentences;
import java.util.List;

/**
 * How much of a sentence is quoted speech. Hand-written: a character scan over double quotes, curly
 * quotes and word-initial single quotes is all the linker needs to discount shared quotations.
 */
final class Quotations {
  private Quotations() {}

  /** Share of letters of {@code s} that sit inside quotation marks, in [0, 1]. */
  static double quotedShare(String s) {
    boolean[] mask = quotedMask(s);
    int letters = 0;
    int quoted = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        letters++;
        quoted += mask[i] ? 1 : 0;
      }
    }
    return letters == 0 ? 0 : quoted / (double) letters;
  }

  /**
   * Per sentence span of {@code text}, the share of its letters inside quotation marks. The quote
   * state carries across sentences (a quotation often runs over several) and resets at each line
   * break (news paragraphs reopen a continued quotation).
   */
  static double[] quotedShares(String text, List<Sentences.Span> spans) {
    boolean[] mask = quotedMask(text);
    double[] out = new double[spans.size()];
    for (int k = 0; k < out.length; k++) {
      var sp = spans.get(k);
      int letters = 0;
      int quoted = 0;
      for (int i = sp.start(); i < sp.end(); i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          letters++;
          quoted += mask[i] ? 1 : 0;
        }
      }
      out[k] = letters == 0 ? 0 : quoted / (double) letters;
    }
    return out;
  }

  private static boolean[] quotedMask(String s) {
    boolean[] mask = new boolean[s.length()];
    boolean inDouble = false;
    boolean inSingle = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char prev = i == 0 ? ' ' : s.charAt(i - 1);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
      if (c == '\n') {
        inDouble = false;
        inSingle = false;
      } else if (c == '"') {
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
      } else {
        mask[i] = inDouble || inSingle;
      }
    }
    return mask;
  }
}
