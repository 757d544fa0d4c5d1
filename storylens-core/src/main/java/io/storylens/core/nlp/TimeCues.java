// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import io.storylens.core.text.WordLists;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap test of whether a sentence can hold a time expression, run before SUTime: SUTime matches
 * every rule of its grammar against every sentence, which made it the largest cost of the language
 * layer, while most sentences of a news article carry no date. A time expression either contains a
 * digit or is headed by a word of SUTime's own vocabulary (month and weekday names, seasons, parts
 * of the day, time units, decades, "yesterday", "ago", holidays: resource {@code
 * time-cue-words.txt}); a sentence with neither is skipped.
 *
 * <p>Contract: may answer {@code true} for sentences without a time expression (it is a
 * pre-filter), never {@code false} for one SUTime tags; {@code TimeCuesTest} checks that on real
 * articles.
 */
final class TimeCues {
  private static final Set<String> WORDS = WordLists.load(TimeCues.class, "time-cue-words.txt");

  private TimeCues() {}

  /** Whether {@code text} has a digit or a time cue word (any case, a plural "s" ignored). */
  static boolean mayHoldTime(CharSequence text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        return true;
      }
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (isCue(text.subSequence(start, i).toString().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCue(String word) {
    if (WORDS.contains(word)) {
      return true;
    }
    // Plurals ("mondays", "decades") and the periodic sets SUTime matches inside a word
    // ("bi-weekly" is split here, "semiweekly" is not).
    if (word.endsWith("s") && WORDS.contains(word.substring(0, word.length() - 1))) {
      return true;
    }
    return word.endsWith("daily")
        || word.endsWith("weekly")
        || word.endsWith("monthly")
        || word.endsWith("yearly")
        || word.endsWith("annual")
        || word.endsWith("annually");
  }
}
