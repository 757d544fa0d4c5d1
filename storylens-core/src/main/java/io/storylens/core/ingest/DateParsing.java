// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lenient parsing of the date notations found in headers, metadata and URLs. */
public final class DateParsing {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

  /** "Tue, 18 Jan 2022", "18 Jan 2022", "Jan 18, 2022", "January 18, 2022". */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?:[A-Za-z]{3,9},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?:[A-Za-z]{3,9},?\\s+)?([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})",
          Pattern.CASE_INSENSITIVE);

  /** URL paths: /2021/12/29/, /2021/dec/29/, /2021-12-29/. */
  private static final Pattern URL_DATE =
      Pattern.compile(
          "/(20\\d{2}|19\\d{2})[/-]([01]?\\d|[a-z]{3})[/-]([0-3]?\\d)(?:/|-|$)",
          Pattern.CASE_INSENSITIVE);

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private DateParsing() {}

  /** Month number for an English month name or 3-letter abbreviation ("Sept" too). */
  public static Optional<Integer> month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.length() < 3) {
      return Optional.empty();
    }
    Integer m = MONTHS.get(key.substring(0, 3));
    if (m == null) {
      return Optional.empty();
    }
    String full = Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    boolean ok =
        key.length() == 3 || full.toLowerCase(Locale.ROOT).startsWith(key) || key.equals("sept");
    return ok ? Optional.of(m) : Optional.empty();
  }

  /**
   * Parses a date written in any common notation: ISO date or date-time (with zone), compact {@code
   * yyyymmdd}, RFC 822 / 1123, "18 Jan 2022", "January 18, 2022".
   */
  public static Optional<LocalDate> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(s).toLocalDate());
    } catch (DateTimeException ignored) {
      // try the next notation
    }
    try {
      return Optional.of(
          ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeException ignored) {
      // try the next notation
    }
    Matcher m = ISO.matcher(s);
    if (m.lookingAt()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT.matcher(s);
    if (m.matches()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    m = DAY_MONTH_YEAR.matcher(s);
    if (m.lookingAt()) {
      Optional<Integer> month = month(m.group(2));
      if (month.isPresent()) {
        return of(m.group(3), String.valueOf(month.get()), m.group(1));
      }
    }
    m = MONTH_DAY_YEAR.matcher(s);
    if (m.lookingAt()) {
      Optional<Integer> month = month(m.group(1));
      if (month.isPresent()) {
        return of(m.group(3), String.valueOf(month.get()), m.group(2));
      }
    }
    return Optional.empty();
  }

  /** A date found in a URL path such as {@code /news/2021/dec/29/slug/}. */
  public static Optional<LocalDate> fromUrl(String url) {
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      return Optional.empty();
    }
    String month = m.group(2);
    if (Character.isLetter(month.charAt(0))) {
      Optional<Integer> n = month(month);
      if (n.isEmpty()) {
        return Optional.empty();
      }
      month = String.valueOf(n.get());
    }
    return of(m.group(1), month, m.group(3));
  }

  private static Optional<LocalDate> of(String y, String m, String d) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty(); // "February 30" is not a date
    }
  }
}
