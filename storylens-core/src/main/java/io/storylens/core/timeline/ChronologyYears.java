// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of a chronology's heading line. A list of key dates ("1999:" on a line of its own, then
 * "Nov. 22 -- Elian … leave Cuba", "Dec. 10 -- …", then "2000:" and its own days) writes the year
 * once, above the days it covers; read alone, each month-day takes the year nearest the article
 * date, so a chronology written in June 2000 put the November 1999 days in November 2000. A month
 * or month-day without a year of its own after such a heading takes the heading's year, up to the
 * next heading.
 */
final class ChronologyYears {
  /** A line holding only a year, perhaps with a colon or dash: "1999:", "2000". */
  private static final Pattern HEADING =
      Pattern.compile("(?m)^[ \\t]*((?:1[89]|20)\\d\\d)[ \\t]*[:\\-–—]?[ \\t]*$");

  private static final Pattern MONTH = StoryDates.MONTH_WORD;

  private static final Pattern OWN_YEAR_OR_RELATIVE = StoryDates.OWN_YEAR_OR_RELATIVE;

  /** A month or a day of a month with its year: "2000-11", "2000-11-22", "2000-11-22T10:00". */
  private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}(-\\d\\d(?:-\\d\\d.*)?)");

  private ChronologyYears() {}

  /** {@code items} (in text order) with the heading years applied; the same list if none. */
  static List<ReportingPeriods.Item> apply(String text, List<ReportingPeriods.Item> items) {
    List<int[]> headings = new ArrayList<>(); // {end of the heading line, year}
    Matcher h = HEADING.matcher(text);
    while (h.find()) {
      headings.add(new int[] {h.end(), Integer.parseInt(h.group(1))});
    }
    if (headings.isEmpty()) {
      return items;
    }
    List<ReportingPeriods.Item> out = new ArrayList<>(items.size());
    for (ReportingPeriods.Item it : items) {
      int year = yearAbove(headings, it.begin());
      String own = it.raw().text();
      Matcher v = MONTH_VALUE.matcher(it.value());
      if (year > 0
          && MONTH.matcher(own).find()
          && !OWN_YEAR_OR_RELATIVE.matcher(own).find()
          && v.matches()
          && StoryDates.realDay(year + v.group(1))) {
        out.add(new ReportingPeriods.Item(it.raw(), it.type(), year + v.group(1)));
      } else {
        out.add(it);
      }
    }
    return out;
  }

  /** The year of the last heading ending at or before {@code at}; 0 when none. */
  private static int yearAbove(List<int[]> headings, int at) {
    int year = 0;
    for (int[] x : headings) {
      if (x[0] <= at) {
        year = x[1];
      }
    }
    return year;
  }
}
