// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import io.storylens.core.nlp.ArticleAnnotations;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expressions that point back at a time the text already named, and counts SUTime leaves out.
 * Hand-written: SUTime reads "later that year" as the duration "year" and "2 1/2 years" as "years".
 *
 * <ul>
 *   <li>"that year", "later that day", "that same month": the TimeML guidelines anchor them to the
 *       time last mentioned, at their own granularity ("in June 1998 … later that year" = 1998);
 *       without an earlier time of that granularity they keep SUTime's value;
 *   <li>"2 1/2 years", "at least 20 more years", "5 1/2 hours": the count before the unit.
 * </ul>
 */
final class AnaphoricTimes {
  private static final Pattern THAT_UNIT =
      Pattern.compile(
          "(?i)\\b(?:(?:earlier|later)\\s+(?:in\\s+)?)?that\\s+(?:same\\s+)?(day|week|month|year)\\b");

  /**
   * "the following year", "the previous month", "the next day": one unit from the time last named
   * ("the next year" is left to SUTime: in news it usually counts from the article date).
   */
  private static final Pattern NEXT_UNIT =
      Pattern.compile(
          "(?i)\\bthe\\s+(?:(following|previous|preceding)\\s+(day|month|year)|(next)\\s+(day))\\b");

  private static final Pattern COUNT_BEFORE =
      Pattern.compile(
          "(?i)\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
              + "(\\s+1/2|\\s+and\\s+a\\s+half)?\\s+(?:more\\s+|additional\\s+)?$");

  private static final List<String> NUMBERS =
      List.of(
          "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve");

  private static final Pattern UNKNOWN_COUNT = Pattern.compile("P(T?)X([YMWDHS])");

  private AnaphoricTimes() {}

  /** Applies both rules to {@code items} (resolved) of {@code text}; returns them in text order. */
  static List<ReportingPeriods.Item> apply(
      String text, List<ReportingPeriods.Item> items, LocalDate doc, IntUnaryOperator sentenceOf) {
    List<ReportingPeriods.Item> out = new ArrayList<>(items);
    ReportingPeriods.addPeriods(text, out, THAT_UNIT, "THAT", sentenceOf);
    ReportingPeriods.addPeriods(text, out, NEXT_UNIT, "NEXT", sentenceOf);
    out.sort(Comparator.comparingInt(ReportingPeriods.Item::begin));
    List<ReportingPeriods.Item> result = new ArrayList<>();
    for (ReportingPeriods.Item it : out) {
      if (it.raw().value().equals("THAT")) {
        Matcher m = THAT_UNIT.matcher(it.raw().text());
        String unit = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
        String v = lastMentioned(result, unit);
        if (v == null) {
          // Nothing named before: the document's own day, week, month or year.
          v = lastMentioned(List.of(new ReportingPeriods.Item(it.raw(), "DATE", week(doc))), unit);
          if (v == null) {
            v =
                lastMentioned(
                    List.of(new ReportingPeriods.Item(it.raw(), "DATE", doc.toString())), unit);
          }
        }
        result.add(new ReportingPeriods.Item(it.raw(), "DATE", v == null ? doc.toString() : v));
        continue;
      }
      if (it.raw().value().equals("NEXT")) {
        Matcher m = NEXT_UNIT.matcher(it.raw().text());
        String v = null;
        if (m.find()) {
          String which = m.group(1) != null ? m.group(1) : m.group(3);
          String unit = (m.group(2) != null ? m.group(2) : m.group(4)).toLowerCase(Locale.ROOT);
          int step = which.toLowerCase(Locale.ROOT).startsWith("p") ? -1 : 1;
          v = step(lastMentioned(result, unit), unit, step);
        }
        if (v != null) {
          result.add(new ReportingPeriods.Item(it.raw(), "DATE", v));
        }
        // Without an earlier time of that unit the phrase is dropped: SUTime's value for it was
        // counted from the article date, which the phrase does not refer to.
        continue;
      }
      result.add(andAHalf(text, counted(text, it)));
    }
    return result;
  }

  private static String week(LocalDate d) {
    return String.format(
        Locale.ROOT,
        "%d-W%02d",
        d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** {@code value} (cut to {@code unit}) moved by {@code step} units; null when not a date. */
  private static String step(String value, String unit, int step) {
    if (value == null) {
      return null;
    }
    try {
      return switch (unit) {
        case "year" -> String.valueOf(Integer.parseInt(value) + step);
        case "month" -> YearMonth.parse(value).plusMonths(step).toString();
        case "day" -> LocalDate.parse(value).plusDays(step).toString();
        default -> null;
      };
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The last explicit time before, cut to {@code unit}; null when there is none that fine. */
  private static String lastMentioned(List<ReportingPeriods.Item> before, String unit) {
    for (int i = before.size() - 1; i >= 0; i--) {
      String v = before.get(i).value();
      String cut =
          switch (unit) {
            case "year" -> v.matches("\\d{4}(-.*)?") ? v.substring(0, 4) : null;
            case "month" -> v.matches("\\d{4}-\\d{2}(-.*)?") ? v.substring(0, 7) : null;
            case "day" -> v.matches("\\d{4}-\\d{2}-\\d{2}.*") ? v.substring(0, 10) : null;
            case "week" -> v.matches("\\d{4}-W\\d{2}.*") ? v.substring(0, 8) : null;
            default -> null;
          };
      if (cut != null) {
        return cut;
      }
    }
    return null;
  }

  private static final Pattern ONE_UNIT = Pattern.compile("P(T?)1([YMWDHS])");

  private static final Pattern AND_A_HALF = Pattern.compile("^\\s+and\\s+a\\s+half\\b");

  /** "a minute and a half" is PT1M30S: SUTime stops at "a minute". */
  private static ReportingPeriods.Item andAHalf(String text, ReportingPeriods.Item it) {
    Matcher u = ONE_UNIT.matcher(it.value());
    if (!u.matches() || it.end() > text.length()) {
      return it;
    }
    Matcher h =
        AND_A_HALF.matcher(text.substring(it.end(), Math.min(text.length(), it.end() + 20)));
    if (!h.find()) {
      return it;
    }
    String value =
        switch (u.group(1) + u.group(2)) {
          case "Y" -> "P1Y6M";
          case "D" -> "P1DT12H";
          case "W" -> "P1W3D";
          case "TH" -> "PT1H30M";
          case "TM" -> "PT1M30S";
          default -> it.value();
        };
    var raw = it.raw();
    int end = it.end() + h.end();
    return new ReportingPeriods.Item(
        new ArticleAnnotations.RawTimex(
            text.substring(it.begin(), end),
            raw.type(),
            raw.value(),
            it.begin(),
            end,
            raw.sentence(),
            raw.tense()),
        it.type(),
        value);
  }

  /** "years" after "2 1/2" is P2Y6M, after "20 more" P20Y; the extent grows to hold the count. */
  private static ReportingPeriods.Item counted(String text, ReportingPeriods.Item it) {
    Matcher u = UNKNOWN_COUNT.matcher(it.value());
    if (!u.matches()
        || it.begin() < 0
        || it.end() > text.length()
        || !text.startsWith(it.raw().text(), it.begin())) {
      return it;
    }
    Matcher c = COUNT_BEFORE.matcher(text.substring(Math.max(0, it.begin() - 30), it.begin()));
    if (!c.find()) {
      return it;
    }
    String word = c.group(1).toLowerCase(Locale.ROOT);
    int n = word.matches("\\d+") ? Integer.parseInt(word) : NUMBERS.indexOf(word);
    boolean half = c.group(2) != null;
    String unit = u.group(2);
    String t = u.group(1);
    String value = "P" + t + n + unit;
    if (half) {
      value =
          switch (t + unit) {
            case "Y" -> "P" + n + "Y6M";
            case "D" -> "P" + n + "DT12H";
            case "TH" -> "PT" + n + "H30M";
            case "TM" -> "PT" + n + "M30S";
            default -> value;
          };
    }
    int begin = it.begin() - (c.end() - c.start());
    var raw = it.raw();
    return new ReportingPeriods.Item(
        new ArticleAnnotations.RawTimex(
            text.substring(begin, it.end()),
            raw.type(),
            raw.value(),
            begin,
            it.end(),
            raw.sentence(),
            raw.tense()),
        it.type(),
        value);
  }
}
