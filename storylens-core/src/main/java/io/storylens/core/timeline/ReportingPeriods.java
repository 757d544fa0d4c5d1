// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import io.storylens.core.nlp.ArticleAnnotations.RawTimex;
import io.storylens.core.nlp.Tense;
import io.storylens.core.text.CalendarWords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document-level rules for the period a business report is about. Hand-written: SUTime and
 * HeidelTime resolve each expression alone, but in an earnings report "a year ago", "the year-ago
 * period" and "the quarter" refer to the quarter the report covers, not to a year or a day. The
 * TimeML guidelines value such an expression with the granularity of the period it refers to
 * (TimeML 1.2.1 guidelines, section on anchoring: "the same period last year").
 *
 * <p>The reporting quarter is the quarter named most recently before the expression ("the third
 * quarter" → {@code 1989-Q3}), else the first one named after it. Without any named quarter, "the
 * quarter" and "the latest period" are the last complete quarter before the document date, and "a
 * year ago" keeps its year value.
 */
final class ReportingPeriods {
  /** Comparisons with the same period a year before; matched on the document text. */
  private static final Pattern YEAR_AGO_PERIOD =
      Pattern.compile(
          "(?i)\\b(?:the\\s+(?:(?:comparable|corresponding|same|year-(?:ago|earlier))\\s+)+"
              + "(?:(?:first|second|third|fourth|fiscal)[-\\s])?(?:period|quarter)"
              + "(?:\\s+(?:a\\s+year\\s+(?:ago|earlier)|last\\s+year|of\\s+(?:last\\s+year|"
              + "the\\s+previous\\s+year)))?"
              + "|the\\s+(?:quarter|period)\\s+a\\s+year\\s+(?:ago|earlier)"
              + "|last\\s+year's\\s+(?:quarter|period)"
              + "|(?:(?:the|a)\\s+)?year-(?:ago|earlier)(?!\\s+(?:nine|six|\\d+)))\\b");

  /** "the 1988 period", "the 1988 quarter": the reporting quarter of that year. */
  private static final Pattern YEAR_PERIOD =
      Pattern.compile("(?i)\\bthe\\s+(?:fiscal\\s+)?(?:19|20)\\d\\d\\s+(?:period|quarter)\\b");

  /** "the quarter ended Sept. 30": the calendar quarter holding most of the three months. */
  private static final Pattern ENDED =
      Pattern.compile(
          "(?i)^\\s+(?:ended|ending)\\s+("
              + CalendarWords.MONTH_STEMS
              + ")[a-z]*\\.?"
              + "\\s+(\\d{1,2})\\b");

  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  /** A mention of a nine-month or half-year period: "a year ago" then means that period's year. */
  private static final Pattern OTHER_PERIOD =
      Pattern.compile("(?i).*\\b(?:nine|six)\\s+months\\b.*|.*\\bhalf\\b.*");

  /** The period being reported on. */
  private static final Pattern THIS_PERIOD =
      Pattern.compile(
          "(?i)\\b(?:the|this)\\s+(?:(?:latest|most\\s+recent|recent|just-ended)\\s+)?quarter\\b(?!-)"
              + "(?![-\\s](?:century|mile|point|of\\s+(?:a|the)\\b))"
              + "|\\bthe\\s+(?:latest|most\\s+recent)\\s+period\\b");

  /** "a year ago", "a year earlier" as SUTime tags them. */
  private static final Pattern A_YEAR_AGO =
      Pattern.compile("(?i)(?:a|one)\\s+year\\s+(?:ago|earlier|before)");

  private static final Pattern QUARTER_VALUE = Pattern.compile("(\\d{4})-Q([1-4])");

  private ReportingPeriods() {}

  /** A resolved expression with its extent. */
  record Item(RawTimex raw, String type, String value) {
    int begin() {
      return raw.begin();
    }

    int end() {
      return raw.end();
    }
  }

  /**
   * Applies the rules to {@code items} (resolved, in text order) of {@code text}: adds the period
   * expressions SUTime misses and re-values year-ago comparisons. Returns a new list in text order.
   */
  static List<Item> apply(
      String text, List<Item> items, LocalDate doc, IntUnaryOperator sentenceOf) {
    List<Item> out = new ArrayList<>(items);
    addPeriods(text, out, YEAR_AGO_PERIOD, "YEAR_AGO", sentenceOf);
    addPeriods(text, out, YEAR_PERIOD, "YEAR_PERIOD", sentenceOf);
    addPeriods(text, out, THIS_PERIOD, "THIS_PERIOD", sentenceOf);
    out.sort(Comparator.comparingInt(Item::begin));
    List<int[]> quarters = new ArrayList<>(); // {begin, year, quarter} of named periods
    for (Item it : out) {
      Matcher q = QUARTER_VALUE.matcher(it.value());
      Optional<int[]> ended =
          it.raw().value().equals("THIS_PERIOD") ? ended(text, it, doc) : Optional.empty();
      if (ended.isPresent()) {
        quarters.add(ended.get());
      } else if (q.matches() && !it.raw().value().equals("YEAR_AGO")) {
        quarters.add(
            new int[] {it.begin(), Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2))});
      } else if (OTHER_PERIOD.matcher(it.raw().text()).matches()) {
        quarters.add(new int[] {it.begin(), 0, 0});
      }
    }
    List<Item> result = new ArrayList<>();
    for (Item it : out) {
      Optional<int[]> q = reportingQuarter(quarters, it.begin()).filter(r -> r[1] > 0);
      String v = it.value();
      if (it.raw().value().equals("YEAR_PERIOD")) {
        String year = it.raw().text().replaceAll("\\D", "");
        v = q.map(r -> year + "-Q" + r[2]).orElse(year);
      } else if (it.raw().value().equals("YEAR_AGO")) {
        v = q.map(r -> (r[1] - 1) + "-Q" + r[2]).orElse(String.valueOf(doc.getYear() - 1));
      } else if (it.raw().value().equals("THIS_PERIOD")) {
        v = thisPeriod(it.raw().text(), q, doc);
      } else if (A_YEAR_AGO.matcher(it.raw().text()).matches() && q.isPresent()) {
        v = (q.get()[1] - 1) + "-Q" + q.get()[2];
      }
      result.add(new Item(it.raw(), it.type(), v));
    }
    return result;
  }

  /** The quarter of "the quarter ended Sept. 30", with the begin offset of the expression. */
  private static Optional<int[]> ended(String text, Item it, LocalDate doc) {
    Matcher m = ENDED.matcher(text.substring(it.end(), Math.min(text.length(), it.end() + 40)));
    if (!m.find()) {
      return Optional.empty();
    }
    int month = MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
    int day = Integer.parseInt(m.group(2));
    // The quarter holding most of the three months that end on that day.
    int mid = day >= 15 ? month - 1 : month - 2;
    // The quarter ended on or before the document date: the latest such year.
    int year = month > doc.getMonthValue() ? doc.getYear() - 1 : doc.getYear();
    if (mid < 1) {
      mid += 12;
      year -= 1;
    }
    return Optional.of(new int[] {it.begin(), year, (mid - 1) / 3 + 1});
  }

  private static String thisPeriod(String phrase, Optional<int[]> q, LocalDate doc) {
    int docQ = (doc.getMonthValue() - 1) / 3 + 1;
    if (phrase.toLowerCase(Locale.ROOT).contains("current")) {
      return doc.getYear() + "-Q" + docQ;
    }
    if (q.isPresent()) {
      return q.get()[1] + "-Q" + q.get()[2];
    }
    return docQ == 1 ? (doc.getYear() - 1) + "-Q4" : doc.getYear() + "-Q" + (docQ - 1);
  }

  private static Optional<int[]> reportingQuarter(List<int[]> quarters, int at) {
    int[] before = null;
    for (int[] q : quarters) {
      if (q[0] <= at) {
        before = q;
      } else if (before == null) {
        return Optional.of(q);
      }
    }
    return Optional.ofNullable(before);
  }

  /**
   * Adds each match of {@code p} as a DATE with placeholder value {@code marker}, replacing the
   * shorter SUTime expressions inside it; a match that would cut another expression is skipped.
   */
  static void addPeriods(
      String text, List<Item> items, Pattern p, String marker, IntUnaryOperator sentenceOf) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      int b = m.start();
      int e = m.end();
      List<Item> inside = new ArrayList<>();
      boolean blocked = false;
      for (Item it : items) {
        if (it.begin() < e && b < it.end()) {
          if (it.begin() >= b && it.end() <= e) {
            inside.add(it);
          } else {
            blocked = true;
          }
        }
      }
      if (blocked) {
        continue;
      }
      items.removeAll(inside);
      Tense tense = inside.isEmpty() ? Tense.NONE : inside.get(0).raw().tense();
      items.add(
          new Item(
              new RawTimex(m.group(), "DATE", marker, b, e, sentenceOf.applyAsInt(b), tense),
              "DATE",
              marker));
    }
  }
}
