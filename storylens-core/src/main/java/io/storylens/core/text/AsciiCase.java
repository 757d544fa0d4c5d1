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
    // Jumps between occurrences of the needle's rarest letter with String.indexOf (vectorized by
    // the JIT); a char-by-char scan of a UTF-16 string cost several times more (a bounds check per
    // char), and jumping to a common letter stops too often.
    int a = anchor(lowerNeedle);
    char lower = lowerNeedle.charAt(a);
    char upper = lower >= 'a' && lower <= 'z' ? (char) (lower & ~0x20) : lower;
    int lastStart = text.length() - m;
    int nextLower = text.indexOf(lower, a);
    int nextUpper = upper == lower ? -1 : text.indexOf(upper, a);
    while (true) {
      int j;
      if (nextLower >= 0 && (nextUpper < 0 || nextLower < nextUpper)) {
        j = nextLower;
        nextLower = text.indexOf(lower, j + 1);
      } else if (nextUpper >= 0) {
        j = nextUpper;
        nextUpper = text.indexOf(upper, j + 1);
      } else {
        return false;
      }
      int start = j - a;
      if (start > lastStart) {
        return false;
      }
      int k = 0;
      while (k < m && lower(text.charAt(start + k)) == lowerNeedle.charAt(k)) {
        k++;
      }
      if (k == m) {
        return true;
      }
    }
  }

  /** English letters from the most to the least frequent. */
  private static final String LETTER_FREQUENCY = "etaoinshrdlcumwfgypbvkjxqz";

  /** Index in {@code needle} of its least frequent letter (0 when it has no ASCII letter). */
  private static int anchor(String needle) {
    int best = 0;
    int bestRank = -1;
    for (int i = 0; i < needle.length(); i++) {
      char c = needle.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        throw new IllegalArgumentException("needle is not lower case: " + needle);
      }
      int rank = LETTER_FREQUENCY.indexOf(c); // -1: not a letter
      if (rank > bestRank) {
        best = i;
        bestRank = rank;
      }
    }
    return best;
  }

  /** {@code c} with an upper-case ASCII letter made lower-case; any other char as it is. */
  public static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
  }
}
