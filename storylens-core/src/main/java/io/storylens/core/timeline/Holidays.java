// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of named holidays in a given year. Hand-written: SUTime puts a holiday in the
 * document's year whatever the tense ("Thanksgiving" written in January is last November's), and
 * the date of a movable holiday differs between years, so the year cannot just be swapped.
 */
final class Holidays {
  private static final Pattern NAME =
      Pattern.compile(
          "(?i)\\b(orthodox\\s+christmas(?:\\s+(?:eve|day))?|christmas(?:\\s+(?:eve|day))?|xmas|"
              + "new\\s+year'?s?(?:\\s+(?:eve|day))?|thanksgiving(?:\\s+day)?|easter(?:\\s+sunday)?|"
              + "good\\s+friday|independence\\s+day|fourth\\s+of\\s+july|july\\s+fourth|halloween|"
              + "valentine'?s\\s+day|labou?r\\s+day|memorial\\s+day|election\\s+day|"
              + "veterans\\s+day)\\b");

  private Holidays() {}

  /** Where {@code text} names holidays this class knows. */
  static Matcher find(String text) {
    return NAME.matcher(text);
  }

  /** Whether {@code text} names a holiday this class knows. */
  static boolean names(String text) {
    return NAME.matcher(text).find();
  }

  /** The date of the holiday named in {@code text} in {@code year}, if it names one. */
  static Optional<LocalDate> date(String text, int year) {
    Matcher m = NAME.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String n = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (n.startsWith("orthodox christmas")) {
      // Julian-calendar Christmas, 7 January (Gregorian) from 1900 to 2100.
      return Optional.of(n.endsWith("eve") ? LocalDate.of(year, 1, 6) : LocalDate.of(year, 1, 7));
    }
    if (n.startsWith("christmas") || n.equals("xmas")) {
      return Optional.of(LocalDate.of(year, 12, n.endsWith("eve") ? 24 : 25));
    }
    if (n.startsWith("new year")) {
      return Optional.of(n.endsWith("eve") ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1));
    }
    if (n.startsWith("thanksgiving")) {
      return Optional.of(nth(year, 11, DayOfWeek.THURSDAY, 4));
    }
    if (n.startsWith("easter")) {
      return Optional.of(easter(year));
    }
    if (n.equals("good friday")) {
      return Optional.of(easter(year).minusDays(2));
    }
    if (n.equals("independence day") || n.equals("fourth of july") || n.equals("july fourth")) {
      return Optional.of(LocalDate.of(year, 7, 4));
    }
    if (n.equals("halloween")) {
      return Optional.of(LocalDate.of(year, 10, 31));
    }
    if (n.startsWith("valentine")) {
      return Optional.of(LocalDate.of(year, 2, 14));
    }
    if (n.startsWith("labor") || n.startsWith("labour")) {
      return Optional.of(nth(year, 9, DayOfWeek.MONDAY, 1));
    }
    if (n.equals("memorial day")) {
      return Optional.of(
          LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    }
    if (n.equals("election day")) {
      return Optional.of(nth(year, 11, DayOfWeek.MONDAY, 1).plusDays(1));
    }
    if (n.equals("veterans day")) {
      return Optional.of(LocalDate.of(year, 11, 11));
    }
    return Optional.empty();
  }

  private static LocalDate nth(int year, int month, DayOfWeek dow, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
  }

  /** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
