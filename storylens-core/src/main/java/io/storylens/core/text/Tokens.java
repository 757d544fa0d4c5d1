// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word tokenization for similarity measures: lower-cased letter/digit runs. */
public final class Tokens {
  private Tokens() {}

  /** A small English stop-word list (function words only), for content-word measures. */
  public static final Set<String> STOP_WORDS = WordLists.load(Tokens.class, "stop-words.txt");

  /** Lower-cased runs of letters and digits (apostrophes inside words are dropped). */
  public static List<String> words(CharSequence text) {
    return scan(text, false, Integer.MAX_VALUE, true);
  }

  /**
   * Lower-cased runs of letters and digits with apostrophes separating words ("Russia's" gives
   * "russia", "s"), as ROUGE-1.5.5 counts them: the summarizer and its scorer use this form so that
   * what is optimized is what is scored; the other measures join the apostrophe instead.
   */
  public static List<String> wordsApostrophesSplit(CharSequence text) {
    return scan(text, false, Integer.MAX_VALUE, false);
  }

  /** {@link #words} without stop words. */
  public static List<String> contentWords(CharSequence text) {
    return scan(text, true, Integer.MAX_VALUE, true);
  }

  /**
   * The first {@code limit} of {@link #contentWords}, without tokenizing the rest of the text.
   *
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public static List<String> contentWords(CharSequence text, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return scan(text, true, limit, true);
  }

  /** {@link #STOP_WORDS} in an open-addressing table, probed without making a string. */
  private static final char[][] STOP_TABLE = new char[256][];

  static {
    for (String w : STOP_WORDS) {
      int i = hash(w.toCharArray(), w.length()) & (STOP_TABLE.length - 1);
      while (STOP_TABLE[i] != null) {
        i = (i + 1) & (STOP_TABLE.length - 1);
      }
      STOP_TABLE[i] = w.toCharArray();
    }
  }

  private static int hash(char[] c, int len) {
    int h = 0;
    for (int i = 0; i < len; i++) {
      h = 31 * h + c[i];
    }
    return h ^ (h >>> 16);
  }

  /**
   * Whether the first {@code len} chars of {@code c} are a stop word: about half the words of news
   * prose are, and making a string of each only to drop it was most of the tokenizer's garbage.
   */
  private static boolean isStopWord(char[] c, int len) {
    if (len > MAX_STOP_LENGTH) {
      return false;
    }
    for (int i = hash(c, len) & (STOP_TABLE.length - 1); STOP_TABLE[i] != null; ) {
      if (sameChars(c, len, STOP_TABLE[i])) {
        return true;
      }
      i = (i + 1) & (STOP_TABLE.length - 1);
    }
    return false;
  }

  /** The longest stop word: longer words need no lookup. */
  private static final int MAX_STOP_LENGTH =
      STOP_WORDS.stream().mapToInt(String::length).max().orElse(0);

  // A plain loop: Arrays.equals with ranges costs more than the compare for words this short.
  private static boolean sameChars(char[] c, int len, char[] word) {
    if (len != word.length) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (c[i] != word[i]) {
        return false;
      }
    }
    return true;
  }

  private static List<String> scan(
      CharSequence text, boolean content, int limit, boolean joinApostrophes) {
    List<String> out = new ArrayList<>(Math.min(limit, text.length() / 5 + 4));
    // Copies blocks of chars into a reused buffer: charAt and a StringBuilder per word cost twice
    // as much, and this runs over every article on the cheap clustering path; blocks, not the
    // whole text, because a limited scan stops early.
    String s = text.toString();
    char[] block = new char[Math.min(s.length(), 2048)];
    char[] cur = new char[32];
    int len = 0;
    for (int start = 0; start <= s.length() && out.size() < limit; start += block.length) {
      int n = Math.min(block.length, s.length() - start);
      s.getChars(start, start + n, block, 0);
      boolean last = start + n == s.length();
      for (int i = 0; i <= n && out.size() < limit; i++) {
        if (i == n && !last) {
          break; // the word continues in the next block
        }
        char ch = i < n ? block[i] : ' ';
        if (Character.isLetterOrDigit(ch)) {
          if (len == cur.length) {
            cur = Arrays.copyOf(cur, 2 * len);
          }
          cur[len++] = Character.toLowerCase(ch);
        } else if (joinApostrophes && (ch == '\'' || ch == '’') && len > 0) {
          continue; // "Russia's" and "Russias" tokenize alike
        } else if (len > 0) {
          if (!content || !isStopWord(cur, len)) {
            out.add(new String(cur, 0, len));
          }
          len = 0;
        }
      }
      if (last) {
        break;
      }
    }
    return out;
  }

  /** Lower-cases with the root locale (never the platform's). */
  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
