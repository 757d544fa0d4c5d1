// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import io.storylens.core.nlp.ArticleAnnotations.RawTimex;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves SUTime's values from the date it was given to another anchor, without annotating again.
 * Hand-written: SUTime resolves relative expressions against the document date once; when the
 * header date turns out stale, "yesterday" and "last month" must move with the effective date, at
 * their own granularity.
 */
final class Reanchor {
  /** Expressions whose value SUTime counted from the document date. */
  private static final Pattern RELATIVE =
      Pattern.compile(
          "(?i).*\\b(last|next|this|coming|past|previous|ago|yesterday|today|tonight|tomorrow|"
              + "now|earlier|later)\\b.*");

  /**
   * A relative year around a named month or day ("July this year", "March 3 last year"): only the
   * year is counted from the document date, the month and day are written.
   */
  private static final Pattern RELATIVE_YEAR =
      Pattern.compile("(?i)\\b(?:last|next|this|coming|past|previous)\\s+year\\b");

  private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(.*)");
  private static final Pattern MONTH = Pattern.compile("(\\d{4}-\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(.*)");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})(-(?:SP|SU|FA|WI|H[12]))?");

  private Reanchor() {}

  /**
   * {@code raw} with its value moved from {@code from} to {@code to}. Without {@code from} (an
   * undated article), open years ("XXXX-01-10") take the year of {@code to}; otherwise only
   * relative expressions move.
   */
  static RawTimex move(RawTimex raw, Optional<LocalDate> from, LocalDate to) {
    String v = raw.value();
    String moved;
    if (from.isEmpty()) {
      moved = v.startsWith("XXXX") && !v.startsWith("XXXX-W") ? to.getYear() + v.substring(4) : v;
    } else if (RELATIVE.matcher(raw.text()).matches()) {
      moved =
          RELATIVE_YEAR.matcher(raw.text()).find()
              ? shiftYears(v, from.get(), to)
              : shift(v, from.get(), to);
    } else {
      moved = v;
    }
    return moved.equals(v)
        ? raw
        : new RawTimex(
            raw.text(), raw.type(), moved, raw.begin(), raw.end(), raw.sentence(), raw.tense());
  }

  /** {@code value} moved by the years from {@code from} to {@code to}, its month and day kept. */
  static String shiftYears(String value, LocalDate from, LocalDate to) {
    int years = to.getYear() - from.getYear();
    try {
      Matcher m = DAY.matcher(value);
      if (m.matches()) {
        return LocalDate.parse(m.group(1)).plusYears(years) + m.group(2);
      }
      m = MONTH.matcher(value);
      if (m.matches()) {
        return YearMonth.parse(m.group(1)).plusYears(years).toString();
      }
    } catch (DateTimeException e) {
      return value; // not a value this class understands: keep SUTime's
    }
    return shift(value, from, to);
  }

  /** {@code value} shifted by the distance from {@code from} to {@code to} at its granularity. */
  static String shift(String value, LocalDate from, LocalDate to) {
    try {
      Matcher m = DAY.matcher(value);
      if (m.matches()) {
        long days = ChronoUnit.DAYS.between(from, to);
        return LocalDate.parse(m.group(1)).plusDays(days) + m.group(2);
      }
      m = MONTH.matcher(value);
      if (m.matches()) {
        long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to));
        return YearMonth.parse(m.group(1)).plusMonths(months).toString();
      }
      m = WEEK.matcher(value);
      if (m.matches()) {
        LocalDate monday =
            LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                .with(DayOfWeek.MONDAY);
        LocalDate fromMonday = from.with(DayOfWeek.MONDAY);
        LocalDate toMonday = to.with(DayOfWeek.MONDAY);
        LocalDate w = monday.plusWeeks(ChronoUnit.WEEKS.between(fromMonday, toMonday));
        return String.format(
            Locale.ROOT,
            "%d-W%02d%s",
            w.get(IsoFields.WEEK_BASED_YEAR),
            w.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
            m.group(3));
      }
      m = QUARTER.matcher(value);
      if (m.matches()) {
        int fromQ = from.getYear() * 4 + (from.getMonthValue() - 1) / 3;
        int toQ = to.getYear() * 4 + (to.getMonthValue() - 1) / 3;
        int q = Integer.parseInt(m.group(1)) * 4 + Integer.parseInt(m.group(2)) - 1 + toQ - fromQ;
        return (q / 4) + "-Q" + (q % 4 + 1);
      }
      m = YEAR.matcher(value);
      if (m.matches()) {
        int years = to.getYear() - from.getYear();
        return (Integer.parseInt(m.group(1)) + years) + (m.group(2) == null ? "" : m.group(2));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return value; // not a value this class understands: keep SUTime's
    }
    return value;
  }
}
