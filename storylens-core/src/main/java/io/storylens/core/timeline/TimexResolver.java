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
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
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
 * Everything else (durations, ranges, sets, explicit years, PRESENT_REF) keeps SUTime's value. The
 * rules are named and listed, in the order they are tried, in {@link TimexRules}; {@link #explain}
 * says which fired. This class holds the date arithmetic they share.
 */
public final class TimexResolver {
  static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(.*)");
  static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WEEKDAY_VALUE =
      Pattern.compile("\\d{4}-W\\d{2}-(\\d)(.*)|XXXX-WXX-(\\d)(.*)");

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

  private TimexResolver() {}

  /**
   * The resolved value of {@code t} against {@code anchor}, or empty when the value is invalid (for
   * example a year beyond 9999).
   */
  public static Optional<String> resolve(RawTimex t, Optional<LocalDate> anchor) {
    return explain(t, anchor).value();
  }

  /** How {@link #resolve} decided: the value and the rules that fired, the deciding one last. */
  public record Explanation(Optional<String> value, List<String> rules) {
    public Explanation {
      rules = List.copyOf(rules);
    }

    /** The rule that decided the value (or dropped the expression). */
    public String rule() {
      return rules.get(rules.size() - 1);
    }
  }

  /**
   * {@link #resolve} with the names of the {@link TimexRules} that fired: the rewrites that changed
   * SUTime's value, then the rule that decided.
   */
  public static Explanation explain(RawTimex t, Optional<LocalDate> anchor) {
    TimexRules.Input in = new TimexRules.Input(t, t.value(), anchor);
    List<String> fired = new ArrayList<>();
    for (TimexRules.Rule rule : TimexRules.ALL) {
      if (!rule.pattern().test(in)) {
        continue;
      }
      switch (rule.effect()) {
        case DROP -> {
          fired.add(rule.name());
          return new Explanation(Optional.empty(), fired);
        }
        case REWRITE -> {
          String v = rule.then().apply(in).orElseThrow();
          if (!v.equals(in.value())) {
            fired.add(rule.name());
            in = in.withValue(v);
          }
        }
        case RESOLVE -> {
          Optional<String> v = rule.then().apply(in);
          if (v.isPresent()) {
            fired.add(rule.name());
            return new Explanation(v, fired);
          }
        }
      }
    }
    throw new IllegalStateException("no rule decided " + t);
  }

  static Optional<String> weekday(String value, String text, LocalDate doc, Tense tense) {
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
  static Optional<String> holiday(String value, String text, LocalDate doc, Tense tense) {
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

  static String monthDay(String value, LocalDate doc, Tense tense) {
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
  static String lastOrNextMonth(String value, LocalDate doc, String which) {
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
  static String timeMlGranularity(String value, String text) {
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
  static String unitGranularity(String value, String unit) {
    LocalDate d = LocalDate.parse(value.substring(0, 10));
    return switch (unit) {
        // "a decade ago" names a year, not the article's day ten years back.
      case "year", "decade", "century" -> String.valueOf(d.getYear());
      case "month" -> value.substring(0, 7);
      case "week" ->
          String.format(
              Locale.ROOT,
              "%d-W%02d",
              d.get(IsoFields.WEEK_BASED_YEAR),
              d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      default -> value.substring(0, 10);
    };
  }

  /** "the weekend" in a past clause written before that week's weekend is the previous one. */
  static String pastWeekend(String value, LocalDate doc) {
    int year = Integer.parseInt(value.substring(0, 4));
    int week = Integer.parseInt(value.substring(6, 8));
    LocalDate saturday =
        LocalDate.of(year, 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
            .with(DayOfWeek.SATURDAY);
    if (!doc.isBefore(saturday)) {
      return value;
    }
    LocalDate prev = saturday.minusWeeks(1);
    return String.format(
        Locale.ROOT,
        "%d-W%02d-WE",
        prev.get(IsoFields.WEEK_BASED_YEAR),
        prev.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** "the fourth quarter" written in February is last year's unless the clause is future. */
  static String quarter(String value, LocalDate doc, Tense tense) {
    int q = Integer.parseInt(value.substring(6, 7));
    int docQ = (doc.getMonthValue() - 1) / 3 + 1;
    int year = q > docQ && tense != Tense.FUTURE ? doc.getYear() - 1 : doc.getYear();
    return year + "-Q" + q;
  }

  static final Pattern PLURAL_WEEKDAY =
      Pattern.compile(
          "(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)(?:days\\b|day\\s+(?:nights|mornings)\\b)");

  private static final Pattern DURATION_RANGE = Pattern.compile("(P[0-9A-Z]+)/P[0-9A-Z]+");

  private static final Pattern LAST_UNIT =
      Pattern.compile("(?i).*\\b(day|week|month|quarter|year)s?\\b.*");

  static String isoWeek(LocalDate d) {
    return String.format(
        Locale.ROOT,
        "%d-W%02d",
        d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * A TIMEX3 value is never a range: "two to three weeks" (SUTime "P2W/P3W") is valued by its lower
   * bound, "the next several days" (a date range, or SUTime's "(REF,UNKNOWN,…)") as a vague
   * duration of its unit.
   */
  static String rangeToTimeMl(String value, String lower) {
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
  static String quarters(String value, String lower) {
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
  static String intersect(String value, String lower) {
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
  static String repairInvalidDay(String value) {
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
