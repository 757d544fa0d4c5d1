// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.text;

import java.util.HashSet;
import java.util.Set;

/** Lower-cased English calendar words, shared by the stages that must not take them for names. */
public final class CalendarWords {
  private CalendarWords() {}

  /**
   * The months' first three letters as a regular-expression alternation, for the patterns that
   * match a month name or its abbreviation as a stem followed by {@code [a-z]*}.
   */
  public static final String MONTH_STEMS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";

  /** The weekdays' first three letters as a regular-expression alternation. */
  public static final String WEEKDAY_STEMS = "mon|tue|wed|thu|fri|sat|sun";

  /** The twelve month names. */
  public static final Set<String> MONTH_NAMES =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /** Month names and their abbreviations (without the period). */
  public static final Set<String> MONTHS =
      union(
          MONTH_NAMES,
          Set.of(
              "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"));

  /** Weekday names. */
  public static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** The words of {@code first} and {@code second}, as one unmodifiable set. */
  public static Set<String> union(Set<String> first, Set<String> second) {
    Set<String> out = new HashSet<>(first);
    out.addAll(second);
    return Set.copyOf(out);
  }
}
