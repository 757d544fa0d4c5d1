// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import io.storylens.core.text.CalendarWords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times whose day the text names right after them: "at about 10:35 a.m. (0735 GMT) Friday",
 * "at 4 in the morning (4 a.m. EDT Thursday)". SUTime tags the time and the day as two expressions
 * and puts the time on the document date; the TimeML guidelines give the time the day it is said to
 * fall on. Hand-written: this needs the neighbouring expression, which SUTime does not look at.
 */
final class ClockTimes {
  /** A time of day with no date of its own: "10:35 a.m.", "4 in the morning", "noon". */
  private static final Pattern CLOCK_VALUE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.+)");

  private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

  /** Words in the time's own text that already fix its day. */
  private static final Pattern OWN_DAY =
      Pattern.compile(
          "(?i).*\\b(today|tonight|yesterday|tomorrow|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|"
              + "may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b.*|.*\\d{1,2}/\\d{1,2}.*");

  /**
   * What may stand between the time and its day: a comma, "on", a parenthesis with the time in
   * another zone ("(0735 GMT)") or the opening of one that holds the day ("(4 a.m. EDT Thursday)").
   */
  private static final Pattern BETWEEN =
      Pattern.compile(
          "[\\s,]*(?:\\(\\s*\\d{1,4}(?::\\d\\d)?\\s*(?:[ap]\\.m\\.\\s*)?(?:\\p{Lu}{2,4}\\s*)?\\)?)?"
              + "[\\s,(]*(?:on\\s+)?");

  /** A weekday or month name: the day the following expression names is in its text. */
  private static final Pattern NAMED_DAY =
      Pattern.compile(
          "(?i).*\\b("
              + CalendarWords.WEEKDAY_STEMS
              + "|"
              + CalendarWords.MONTH_STEMS
              + ")"
              + "[a-z]*\\b.*");

  private ClockTimes() {}

  /** {@code items} (resolved, in text order) with clock times moved to the day named next. */
  static List<ReportingPeriods.Item> apply(
      String text, List<ReportingPeriods.Item> items, LocalDate doc) {
    List<ReportingPeriods.Item> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      ReportingPeriods.Item it = items.get(i);
      Matcher clock = CLOCK_VALUE.matcher(it.value());
      String day = null;
      if (clock.matches()
          && clock.group(1).equals(doc.toString())
          && !OWN_DAY.matcher(it.raw().text()).matches()) {
        day = dayAfter(text, items, i);
      }
      out.add(
          day == null || day.equals(clock.group(1))
              ? it
              : new ReportingPeriods.Item(it.raw(), it.type(), day + clock.group(2)));
    }
    return out;
  }

  /** The day named by the expression right after item {@code i}, or null. */
  private static String dayAfter(String text, List<ReportingPeriods.Item> items, int i) {
    int from = items.get(i).end();
    for (int j = i + 1; j < items.size(); j++) {
      ReportingPeriods.Item next = items.get(j);
      if (next.begin() < from || next.begin() > text.length()) {
        continue;
      }
      Matcher day = DAY_VALUE.matcher(next.value());
      boolean adjacent = BETWEEN.matcher(text.substring(from, next.begin())).matches();
      if (adjacent && day.lookingAt() && NAMED_DAY.matcher(next.raw().text()).matches()) {
        return day.group(1);
      }
      if (next.begin() - from > 40) {
        return null;
      }
    }
    return null;
  }
}
