// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import io.storylens.core.nlp.ArticleAnnotations.RawTimex;
import io.storylens.core.nlp.Tense;
import io.storylens.core.text.Regexes;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-resolves SUTime's values against the article's own date with rules SUTime lacks. Hand-written
 * because SUTime anchors every underspecified date to the document's year and week:
 *
 * <ul>
 *   <li>a weekday ("announced Monday", "will speak Thursday") is the nearest such day within a
 *       week, looking back in a past-tense clause and forward in a future-tense one;
 *   <li>a month-day or month without a year ("Jan. 13" written on Dec. 28, "in June" written in
 *       January) takes the year that puts it nearest the article date, again preferring the past
 *       for past tense and the future for future tense;
 *   <li>impossible dates ("February 30") lose their day; years beyond 9999 are rejected.
 * </ul>
 *
 * Everything else (durations, ranges, sets, explicit years, PRESENT_REF) keeps SUTime's value.
 */
public final class TimexResolver {
  /** A zone offset after a clock time ("T17:00-0500"). */
  private static final Pattern ZONE_OFFSET = Pattern.compile("(T\\d{2}:\\d{2})[-+]\\d{4}$");

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(.*)");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WEEKDAY_VALUE =
      Pattern.compile("\\d{4}-W\\d{2}-(\\d)(.*)|XXXX-WXX-(\\d)(.*)");
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(mon|tues?|wed(nes)?|thu(rs?)?|fri|sat(ur)?|sun)(day)?\\b\\.?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE_WORD =
      Pattern.compile(
          "\\b(last|next|this|coming|past|previous|following|ago|later|earlier|before|after|since|"
              + "yesterday|today|tomorrow)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b");
  private static final Pattern MONTH_NAME =
      Pattern.compile(
          "\\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\b\\.?",
          Pattern.CASE_INSENSITIVE);

  /** Days added to a candidate that contradicts the tense: a distance preference, not a ban. */
  private static final int TENSE_PENALTY = 120;

  /**
   * Days added to a future candidate of an untensed date ("the Oct. 23 slaying"): news reports more
   * of what happened than of what will.
   */
  private static final int UNTENSED_FUTURE = 60;

  /** Days ahead beyond which a past-tense date is next to impossible (see {@link #farFuture}). */
  private static final int FAR_FUTURE_DAYS = 60;

  private static final int FAR_FUTURE_PENALTY = 365;

  /** Days ahead beyond which an untensed date is unlikely (see {@link #farFuture}). */
  private static final int UNTENSED_FAR_FUTURE_DAYS = 150;

  /** Days back a future-tense weekday may still lie (see {@link #weekday}). */
  private static final int FUTURE_WEEKDAY_BACK = 1;

  /**
   * Days added to a candidate outside the article's year: the same year stays the default unless
   * another is clearly nearer ("Jan. 13" on Dec. 28) or the tense rules out the same year.
   */
  private static final int OTHER_YEAR = 100;

  /**
   * A month alone ("in June") has no day to be near: the tense decides more strongly than for a
   * month-day, so a past-tense "June" written in January is last June.
   */
  private static final int MONTH_TENSE_FACTOR = 2;

  /** Words SUTime tags that TimeML does not annotate as time expressions (adverbs, adjectives). */
  private static final java.util.Set<String> NOT_TIMEX =
      java.util.Set.of("previously", "once", "future", "quarterly", "annual", "Day");

  private static final Pattern LAST_NEXT_MONTH =
      Pattern.compile(
          "(?i)(last|next)\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?");
  private static final Pattern QUARTER_VALUE = Pattern.compile("\\d{4}-Q[1-4]");
  private static final Pattern LATEST_QUARTER =
      Pattern.compile("(?i)(the\\s+)?(latest|most recent|previous|last)\\s+quarter");

  private static final Pattern HALF_OF_YEAR =
      Pattern.compile(
          "(?i).*\\b(first|second|last|latter|first\\s+two\\s+quarters|last\\s+two\\s+quarters)"
              + "(?:\\s+half)?\\s+of\\s+((?:19|20)\\d\\d)\\b.*");

  private static final Pattern VAGUE_AGO =
      Pattern.compile(
          "(?i)(a\\s+few|several|some|many|a\\s+number\\s+of)\\s+(years|months|weeks|days)"
              + "\\s+(ago|earlier|before)");

  private static final Pattern PAST_DECADE = Pattern.compile("(?i)(the\\s+)?(past|last)\\s+decade");

  private static final Pattern PAST_YEAR = Pattern.compile("(?i)(the\\s+)?(past|last)\\s+year");

  private static final Pattern AGO =
      Pattern.compile(
          "(?i).*\\b(century|decade|year|month|week|day)s?\\s+(ago|earlier|later|before|after|from now)\\b.*");
  private static final Pattern SPELLED_TIME =
      Pattern.compile(
          "(?i).*(\\d|noon|midnight|morning|afternoon|evening|night|hour|minute|a\\.m|p\\.m|o'clock).*");

  private static final Pattern CLOCK_WITH_WEEKDAY =
      Pattern.compile(
          "(?i)\\d{1,2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?\\s+(?:on\\s+)?"
              + "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)");

  private TimexResolver() {}

  /**
   * The resolved value of {@code t} against {@code anchor}, or empty when the value is invalid (for
   * example a year beyond 9999).
   */
  public static Optional<String> resolve(RawTimex t, Optional<LocalDate> anchor) {
    String value = t.value();
    if (Regexes.matches("\\d{5,}.*", value)) {
      return Optional.empty();
    }
    if (Regexes.matches("0\\d{3}", value) && Regexes.matches("0\\d{3}", t.text().strip())) {
      // "(0735 GMT)": a four-digit number with a leading zero is a 24-hour clock reading in a
      // zone note, not a year before 1000; the local time beside it carries the value.
      return Optional.empty();
    }
    String lower = t.text().toLowerCase(Locale.ROOT).strip();
    if (NOT_TIMEX.contains(t.text().strip())
        || NOT_TIMEX.contains(lower)
        || lower.endsWith(" old")
        || lower.endsWith("-old")) {
      return Optional.empty();
    }
    if (t.type().equals("TIME")
        && value.contains("TXX")
        && !SPELLED_TIME.matcher(t.text()).matches()) {
      return Optional.empty(); // "the SEC" read as seconds
    }
    Matcher half = HALF_OF_YEAR.matcher(t.text());
    if (half.matches()) {
      // "the last half of 1989" is 1989-H2 (TimeML), SUTime gives the year.
      String which = half.group(1).toLowerCase(Locale.ROOT);
      return Optional.of(half.group(2) + (which.startsWith("first") ? "-H1" : "-H2"));
    }
    Matcher weekOf = WEEK_OF.matcher(value);
    if (lower.contains("week of") && weekOf.matches()) {
      // "the week of March 6" is that ISO week; SUTime writes "2000-03-06 INTERSECT P1W".
      return Optional.of(isoWeek(LocalDate.parse(weekOf.group(1))));
    }
    Matcher compound = COMPOUND_MONTH_DAY.matcher(value);
    if (compound.matches()
        && anchor.isPresent()
        && MONTH_NAME.matcher(t.text()).find()
        && !YEAR_IN_TEXT.matcher(t.text()).find()) {
      // "Nov. 3, the day before": SUTime folds the apposition into one value ("THIS P1D
      // INTERSECT XXXX-11-03"), which is no TIMEX3 value; the month-day is the date named.
      return Optional.of(
          monthDay(anchor.get().getYear() + "-" + compound.group(1), anchor.get(), t.tense()));
    }
    Matcher dayPart = DAY_WITH_WEEKDAY_PART.matcher(value);
    if (dayPart.matches()) {
      // "the early hours of Thursday morning": SUTime writes "1999-10-07-WXX-4TMO INTERSECT
      // PTXH"; the date and the part of the day are the TimeML value.
      value = dayPart.group(1) + dayPart.group(2);
    }
    value = intersect(value, lower);
    value = rangeToTimeMl(value, lower);
    value = quarters(value, lower);
    Matcher plural = PLURAL_WEEKDAY.matcher(t.text());
    if (plural.find()) {
      // "Tuesday nights", "on Mondays": a SET of weekdays (TimeML), not one date.
      int dow = WEEKDAYS.indexOf(plural.group(1).toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
      String part = lower.contains("night") ? "TNI" : lower.contains("morning") ? "TMO" : "";
      return Optional.of("XXXX-WXX-" + dow + part);
    }
    // TimeML values carry no zone: "5 p.m. EST" is T17:00, SUTime writes T17:00-0500.
    value = ZONE_OFFSET.matcher(value).replaceFirst("$1");
    value = repairInvalidDay(value);
    value = timeMlGranularity(value, t.text());
    // "recent years", "the next few days" keep SUTime's PXY / PXD: TimeBank values them as
    // durations more often than as PAST_REF / FUTURE_REF (measured: 9 against 6).
    if (anchor.isEmpty() || !(t.type().equals("DATE") || t.type().equals("TIME"))) {
      return Optional.of(value);
    }
    LocalDate doc = anchor.get();
    String text = t.text();
    if (value.startsWith("XXXX-Q")) {
      return Optional.of(quarter(value, doc, t.tense()));
    }
    if (PAST_YEAR.matcher(text).matches()) {
      // "the past year" cannot be the current calendar year SUTime gives; at year granularity it
      // is the year before the article's.
      return Optional.of(String.valueOf(doc.getYear() - 1));
    }
    if (PAST_DECADE.matcher(text).matches()) {
      // "the last decade" is the decade before the article's, as "the past year" is the year
      // before (TimeML writes decades as three digits: 198).
      return Optional.of(String.valueOf(doc.getYear() / 10 - 1));
    }
    if (VAGUE_AGO.matcher(text).matches()) {
      // "several years ago" names no year: SUTime's one-unit guess is wrong, PAST_REF is not.
      return Optional.of("PAST_REF");
    }
    Matcher ago = AGO.matcher(text);
    if (ago.matches() && DAY.matcher(value).matches()) {
      return Optional.of(unitGranularity(value, ago.group(1).toLowerCase(Locale.ROOT)));
    }
    if (Regexes.matches("\\d{4}-W\\d{2}-WE", value) && t.tense() == Tense.PAST) {
      return Optional.of(pastWeekend(value, doc));
    }
    Matcher lastMonth = LAST_NEXT_MONTH.matcher(text);
    if (lastMonth.matches() && MONTH.matcher(value).matches()) {
      return Optional.of(lastOrNextMonth(value, doc, lastMonth.group(1)));
    }
    if (QUARTER_VALUE.matcher(value).matches()
        && !YEAR_IN_TEXT.matcher(text).find()
        && !RELATIVE_WORD.matcher(text).find()) {
      return Optional.of(quarter("XXXX" + value.substring(4), doc, t.tense()));
    }
    if (LATEST_QUARTER.matcher(text).matches()) {
      int docQ = (doc.getMonthValue() - 1) / 3 + 1;
      return Optional.of(
          docQ == 1 ? (doc.getYear() - 1) + "-Q4" : doc.getYear() + "-Q" + (docQ - 1));
    }
    if (Holidays.names(text)
        && !YEAR_IN_TEXT.matcher(text).find()
        && !RELATIVE_WORD.matcher(text).find()) {
      Optional<String> h = holiday(value, text, doc, t.tense());
      if (h.isPresent()) {
        return h;
      }
    }
    // A clock time with its weekday in a past-tense clause ("took off at 12:10 p.m. Sunday") is
    // dated like the weekday alone: SUTime resolves the pair forward, into the future.
    if (WEEKDAY.matcher(text).find()
        && !RELATIVE_WORD.matcher(text).find()
        && !MONTH_NAME.matcher(text).find()
        && (!Regexes.matches(".*\\d.*", text)
            || (t.tense() == Tense.PAST && CLOCK_WITH_WEEKDAY.matcher(text).matches()))) {
      Optional<String> w = weekday(value, text, doc, t.tense());
      if (w.isPresent()) {
        return w;
      }
    }
    if (MONTH_NAME.matcher(text).find()
        && !YEAR_IN_TEXT.matcher(text).find()
        && !RELATIVE_WORD.matcher(text).find()) {
      return Optional.of(monthDay(value, doc, t.tense()));
    }
    return Optional.of(value);
  }

  private static Optional<String> weekday(String value, String text, LocalDate doc, Tense tense) {
    Matcher m = DAY.matcher(value);
    DayOfWeek dow;
    String rest;
    if (m.matches()) {
      try {
        dow = LocalDate.parse(value.substring(0, 10)).getDayOfWeek();
      } catch (DateTimeException e) {
        return Optional.empty();
      }
      rest = m.group(4);
    } else {
      Matcher w = WEEKDAY_VALUE.matcher(value);
      if (!w.matches()) {
        return Optional.empty();
      }
      String d = w.group(1) != null ? w.group(1) : w.group(3);
      rest = w.group(1) != null ? w.group(2) : w.group(4);
      dow = DayOfWeek.of(Integer.parseInt(d));
    }
    LocalDate best = null;
    int bestScore = Integer.MAX_VALUE;
    for (int k = -7; k <= 7; k++) {
      LocalDate c = doc.plusDays(k);
      if (c.getDayOfWeek() != dow) {
        continue;
      }
      // A future-tense weekday may still be the day before: wire copy is often dated a day
      // after it was written, and reported plans ("said they would … Friday") keep the future.
      int score =
          Math.abs(k)
              + (tense == Tense.FUTURE && k >= -FUTURE_WEEKDAY_BACK ? 0 : penalty(k, tense))
              + newsBias(k, tense);
      if (score < bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return Optional.of(best + rest);
  }

  /** The holiday's date in the year nearest the article date, weighted by tense. */
  private static Optional<String> holiday(String value, String text, LocalDate doc, Tense tense) {
    Matcher d = DAY.matcher(value);
    String rest = d.matches() ? d.group(4) : "";
    LocalDate best = null;
    long bestScore = Long.MAX_VALUE;
    for (int y = doc.getYear() - 1; y <= doc.getYear() + 1; y++) {
      Optional<LocalDate> c = Holidays.date(text, y);
      if (c.isEmpty()) {
        return Optional.empty();
      }
      long k = ChronoUnit.DAYS.between(doc, c.get());
      long score = Math.abs(k) + penalty(k, tense);
      if (score < bestScore) {
        best = c.get();
        bestScore = score;
      }
    }
    if (Regexes.matches(".*\\bweek\\b.*", text.toLowerCase(Locale.ROOT))) {
      return Optional.of(isoWeek(best)); // "Easter week", "Thanksgiving week"
    }
    return Optional.of(best + rest);
  }

  private static String monthDay(String value, LocalDate doc, Tense tense) {
    Matcher d = DAY.matcher(value);
    if (d.matches()) {
      int month = Integer.parseInt(d.group(2));
      int day = Integer.parseInt(d.group(3));
      LocalDate best = null;
      long bestScore = Long.MAX_VALUE;
      for (int y = doc.getYear() - 1; y <= doc.getYear() + 1; y++) {
        LocalDate c;
        try {
          c = LocalDate.of(y, month, day);
        } catch (DateTimeException e) {
          continue; // Feb 29 in a non-leap year
        }
        long k = ChronoUnit.DAYS.between(doc, c);
        long score =
            Math.abs(k)
                + penalty(k, tense)
                + farFuture(k, tense)
                + (tense == Tense.NONE && k > 0 ? UNTENSED_FUTURE : 0)
                + (y == doc.getYear() ? 0 : OTHER_YEAR);
        if (score < bestScore) {
          best = c;
          bestScore = score;
        }
      }
      return best == null ? value : best + d.group(4);
    }
    Matcher m = MONTH.matcher(value);
    if (m.matches()) {
      YearMonth docMonth = YearMonth.from(doc);
      int month = Integer.parseInt(m.group(2));
      YearMonth best = null;
      long bestScore = Long.MAX_VALUE;
      for (int y = doc.getYear() - 1; y <= doc.getYear() + 1; y++) {
        YearMonth c = YearMonth.of(y, month);
        long k = ChronoUnit.MONTHS.between(docMonth, c);
        long score =
            Math.abs(k) * 30
                + MONTH_TENSE_FACTOR * penalty(k, tense)
                + farFuture(k * 30, tense)
                + (tense == Tense.NONE && k > 0 ? UNTENSED_FUTURE : 0)
                + (y == doc.getYear() ? 0 : OTHER_YEAR);
        if (score < bestScore) {
          best = c;
          bestScore = score;
        }
      }
      return best.toString();
    }
    return value;
  }

  /** Without a tense, news more often reports what happened than what will: a slight tilt. */
  private static int newsBias(long offset, Tense tense) {
    return (tense == Tense.NONE || tense == Tense.PRESENT) && offset > 0 ? 2 : 0;
  }

  /**
   * A past-tense clause does not report what lies months ahead: "was shot Oct. 23" written in May
   * is last October even though next October is nearer. A few weeks ahead stay possible ("said it
   * will close … in early March" parsed as past). Without a tense ("last seen Nov. 3") the limit is
   * looser but still there: news recalls more than it announces.
   */
  private static int farFuture(long days, Tense tense) {
    if (tense == Tense.PAST && days > FAR_FUTURE_DAYS) {
      return FAR_FUTURE_PENALTY;
    }
    return tense == Tense.NONE && days > UNTENSED_FAR_FUTURE_DAYS ? FAR_FUTURE_PENALTY : 0;
  }

  private static int penalty(long offset, Tense tense) {
    if (tense == Tense.PAST && offset > 0) {
      return TENSE_PENALTY;
    }
    if (tense == Tense.FUTURE && offset < 0) {
      return TENSE_PENALTY;
    }
    return 0;
  }

  /** "last April" is the latest April before the article's month; "next April" the first after. */
  private static String lastOrNextMonth(String value, LocalDate doc, String which) {
    int month = Integer.parseInt(value.substring(5, 7));
    YearMonth docMonth = YearMonth.from(doc);
    YearMonth c = YearMonth.of(doc.getYear(), month);
    if (which.equalsIgnoreCase("last") && !c.isBefore(docMonth)) {
      c = c.minusYears(1);
    } else if (which.equalsIgnoreCase("next") && !c.isAfter(docMonth)) {
      c = c.plusYears(1);
    }
    return c.toString();
  }

  /**
   * The TIMEX3 type for a resolved value: references to past, present or future are DATEs even when
   * SUTime typed the phrase as a duration ("recent years").
   */
  public static String type(RawTimex t, String value) {
    if (value.startsWith("XXXX-WXX-") && PLURAL_WEEKDAY.matcher(t.text()).find()) {
      return "SET";
    }
    return value.endsWith("_REF") || Regexes.matches("\\d{2,3}", value) ? "DATE" : t.type();
  }

  /** TimeML writes decades and centuries without placeholders: "197X" is "197", "19XX" "19". */
  private static String timeMlGranularity(String value, String text) {
    if (Regexes.matches("\\d{3}X", value)) {
      return value.substring(0, 3);
    }
    if (Regexes.matches("\\d{2}XX", value) && text.toLowerCase(Locale.ROOT).contains("centur")) {
      return value.substring(0, 2);
    }
    return value;
  }

  /**
   * "two years ago" and "a decade ago" are years, "five months ago" a month, "six weeks ago" a week
   * (TimeML).
   */
  private static String unitGranularity(String value, String unit) {
    LocalDate d = LocalDate.parse(value.substring(0, 10));
    return switch (unit) {
        // "a decade ago" names a year, not the article's day ten years back.
      case "year", "decade", "century" -> String.valueOf(d.getYear());
      case "month" -> value.substring(0, 7);
      case "week" ->
          String.format(
              Locale.ROOT,
              "%d-W%02d",
              d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
              d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      default -> value.substring(0, 10);
    };
  }

  /** "the weekend" in a past clause written before that week's weekend is the previous one. */
  private static String pastWeekend(String value, LocalDate doc) {
    int year = Integer.parseInt(value.substring(0, 4));
    int week = Integer.parseInt(value.substring(6, 8));
    LocalDate saturday =
        LocalDate.of(year, 1, 4)
            .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
            .with(DayOfWeek.SATURDAY);
    if (!doc.isBefore(saturday)) {
      return value;
    }
    LocalDate prev = saturday.minusWeeks(1);
    return String.format(
        Locale.ROOT,
        "%d-W%02d-WE",
        prev.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
        prev.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** "the fourth quarter" written in February is last year's unless the clause is future. */
  private static String quarter(String value, LocalDate doc, Tense tense) {
    int q = Integer.parseInt(value.substring(6, 7));
    int docQ = (doc.getMonthValue() - 1) / 3 + 1;
    int year = q > docQ && tense != Tense.FUTURE ? doc.getYear() - 1 : doc.getYear();
    return year + "-Q" + q;
  }

  private static final Pattern PLURAL_WEEKDAY =
      Pattern.compile(
          "(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)(?:days\\b|day\\s+(?:nights|mornings)\\b)");

  private static final java.util.List<String> WEEKDAYS =
      java.util.List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

  /** A compound SUTime value holding an open-year month-day: "THIS P1D INTERSECT XXXX-11-03". */
  private static final Pattern COMPOUND_MONTH_DAY =
      Pattern.compile(".*\\s.*\\bXXXX-(\\d{2}-\\d{2})\\b.*");

  private static final Pattern DAY_WITH_WEEKDAY_PART =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-WXX-\\d(T[A-Z]{2})(?:\\s+INTERSECT\\s+\\S+)?");

  private static final Pattern WEEK_OF =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s+INTERSECT\\s+P1W");

  private static final Pattern DURATION_RANGE = Pattern.compile("(P[0-9A-Z]+)/P[0-9A-Z]+");

  private static final Pattern LAST_UNIT =
      Pattern.compile("(?i).*\\b(day|week|month|quarter|year)s?\\b.*");

  private static String isoWeek(LocalDate d) {
    return String.format(
        Locale.ROOT,
        "%d-W%02d",
        d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
        d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * A TIMEX3 value is never a range: "two to three weeks" (SUTime "P2W/P3W") is valued by its lower
   * bound, "the next several days" (a date range, or SUTime's "(REF,UNKNOWN,…)") as a vague
   * duration of its unit.
   */
  private static String rangeToTimeMl(String value, String lower) {
    Matcher d = DURATION_RANGE.matcher(value);
    if (d.matches()) {
      return d.group(1);
    }
    if (value.contains("/") || value.startsWith("(")) {
      Matcher u = LAST_UNIT.matcher(lower);
      if (u.matches()) {
        String unit = u.group(1);
        return "PX"
            + (unit.equals("quarter") ? "Q" : unit.substring(0, 1).toUpperCase(Locale.ROOT));
      }
    }
    return value;
  }

  /** TimeML counts quarters in Q: "the past two quarters" is P2Q, SUTime says P6M. */
  private static String quarters(String value, String lower) {
    if (!Regexes.matches(".*\\bquarters?\\b.*", lower)
        || Regexes.matches(".*\\b(first|second|third|fourth)\\b.*", lower)) {
      return value;
    }
    if (value.equals("PXM")) {
      return "PXQ";
    }
    Matcher m = Pattern.compile("P(\\d+)M").matcher(value);
    if (m.matches() && Integer.parseInt(m.group(1)) % 3 == 0) {
      return "P" + Integer.parseInt(m.group(1)) / 3 + "Q";
    }
    return value;
  }

  /** Durations a phrase starts with: "the first nine months of 1997", "more than four hours". */
  private static final Pattern LEADING_DURATION =
      Pattern.compile(
          "(?i)^(the\\s+(first|last|past|next)\\s+)?(more than|less than|about|nearly|almost|"
              + "at least|some|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
              + "twelve)\\b.*");

  /**
   * SUTime writes "X INTERSECT P…" when a duration and a date meet in one span: "the first nine
   * months of the year" is the duration, "second this year" (a stray word) is the date.
   */
  private static String intersect(String value, String lower) {
    Matcher m = INTERSECT.matcher(value);
    if (!m.matches()) {
      return value;
    }
    return LEADING_DURATION.matcher(lower).matches() ? m.group(2) : m.group(1);
  }

  private static final Pattern INTERSECT =
      Pattern.compile(
          "(\\d{4}(?:-[0-9A-Z]{2,3})*(?:-WXX-\\d)?)\\s+INTERSECT\\s+[<>=]*(P[0-9A-Z]+)");

  /** "2022-02-30" becomes "2022-02": the month is still right, the day cannot be. */
  private static String repairInvalidDay(String value) {
    Matcher d = DAY.matcher(value);
    if (!d.matches()) {
      return value;
    }
    try {
      LocalDate.parse(value.substring(0, 10));
      return value;
    } catch (DateTimeException e) {
      return value.substring(0, 7);
    }
  }

  /** The granularity of a resolved value: year, month, day, time, or other. */
  public static String granularity(String value) {
    if (Regexes.matches("\\d{4}", value)) {
      return "year";
    }
    if (Regexes.matches("\\d{4}-\\d{2}", value)) {
      return "month";
    }
    if (Regexes.matches("\\d{4}-\\d{2}-\\d{2}", value)) {
      return "day";
    }
    if (Regexes.matches("\\d{4}-\\d{2}-\\d{2}T.*", value)) {
      return "time";
    }
    if (Regexes.matches("\\d{4}-W\\d{2}", value)) {
      return "week";
    }
    if (Regexes.matches("\\d{4}-(Q\\d|H\\d|SP|SU|FA|WI)", value)) {
      return "season";
    }
    return "other";
  }

  /** The lower-case TIMEX3 type. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
