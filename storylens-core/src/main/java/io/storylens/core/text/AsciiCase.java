// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.text;

/**
 * Substring tests that ignore ASCII case only, without a lower-cased copy of the text.
 * Hand-written: the JDK's case-insensitive comparisons fold Unicode case (slow, and not what a
 * non-UNICODE_CASE regular expression does), and lower-casing a whole article to test for a phrase
 * allocates a copy of it.
 */
public final class AsciiCase {
  private AsciiCase() {}

  /**
   * Whether {@code text} contains {@code lowerNeedle}, a non-empty string with no upper-case ASCII
   * letter, with the ASCII letters of {@code text} in any case. Other characters must be equal.
   */
  public static boolean contains(String text, String lowerNeedle) {
    int m = lowerNeedle.length();
    if (m == 0) {
      throw new IllegalArgumentException("empty needle");
    }
    char first = lowerNeedle.charAt(0);
    char firstUpper = first >= 'a' && first <= 'z' ? (char) (first & ~0x20) : first;
    int last = text.length() - m;
    // Jumps between occurrences of the first letter with String.indexOf (vectorized by the JIT);
    // a char-by-char scan of a UTF-16 string cost several times more (a bounds check per char).
    int nextLower = text.indexOf(first);
    int nextUpper = firstUpper == first ? -1 : text.indexOf(firstUpper);
    while (true) {
      int i;
      if (nextLower >= 0 && (nextUpper < 0 || nextLower < nextUpper)) {
        i = nextLower;
        nextLower = text.indexOf(first, i + 1);
      } else if (nextUpper >= 0) {
        i = nextUpper;
        nextUpper = text.indexOf(firstUpper, i + 1);
      } else {
        return false;
      }
      if (i > last) {
        return false;
      }
      int k = 1;
      while (k < m && lower(text.charAt(i + k)) == lowerNeedle.charAt(k)) {
        k++;
      }
      if (k == m) {
        return true;
      }
    }
  }

  /** {@code c} with an upper-case ASCII letter made lower-case; any other char as it is. */
  public static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
  }
}
