// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import io.storylens.core.text.CalendarWords;
import java.util.regex.Pattern;

/**
 * Recognizes a stand-alone date line ("LinkNaija October 06, 2018", "Updated: 18 Nov 2019, 19:11",
 * "Jane Roe 2019-11-20 17:27"): a short block with a year that has at most three other words.
 * Hand-written: such lines are metadata printed in the body, and the date itself is read from the
 * page's metadata.
 */
final class DatelineFilter {
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
  private static final Pattern DATE_WORDS =
      Pattern.compile(
          "(?i)\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?"
              + "|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s(day)?)?|wed(nesday)?"
              + "|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?|updated|published|posted|last"
              + "|modified|on|at|by|am|pm|a\\.m|p\\.m|gmt|utc|[ecmp][sd]t|bst|cet|ist)\\b");

  /** A month or weekday name, a numeric date or a clock time: the year alone is not enough. */
  private static final Pattern DATE_PART =
      Pattern.compile(
          "(?i)\\b("
              + CalendarWords.MONTH_STEMS
              + "|"
              + CalendarWords.WEEKDAY_STEMS
              + ")"
              + "|\\d{1,4}[-./]\\d{1,2}[-./]\\d{1,4}|\\d{1,2}:\\d{2}");

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

  private DatelineFilter() {}

  /** Whether {@code line} is only a date, optionally with a name or a short label. */
  static boolean isDateline(String line) {
    // Attribution lines of embedded posts ("— Name (@handle) November 18, 2019") are content.
    if (line.length() > 80
        || line.indexOf('@') >= 0
        || !YEAR.matcher(line).find()
        || !DATE_PART.matcher(line).find()) {
      return false;
    }
    String rest = DATE_WORDS.matcher(line).replaceAll(" ");
    return WORD.matcher(rest).results().count() <= 3;
  }
}
