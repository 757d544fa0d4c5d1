// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import io.storylens.core.nlp.ArticleAnnotations.RawTimex;
import io.storylens.core.nlp.Tense;
import io.storylens.core.text.CalendarWords;
import io.storylens.core.text.Regexes;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue of rules {@link TimexResolver} applies to one SUTime expression, in order. Each
 * rule has a name, a pattern saying when it applies and a resolution; what the resolution does
 * depends on its {@link Effect}:
 *
 * <ul>
 *   <li>{@link Effect#DROP}: the phrase is no TIMEX3 expression (or its value is invalid);
 *   <li>{@link Effect#REWRITE}: SUTime's value is brought to TimeML form and the next rules see the
 *       new value;
 *   <li>{@link Effect#RESOLVE}: the value is final, unless the resolution finds none (a holiday
 *       with no date that year, a weekday value it cannot read), when the next rules are tried.
 * </ul>
 *
 * The last rule keeps the value as it stands, so every expression is decided. Rules after {@code
 * no-anchor-or-not-date} see an article date and a DATE or TIME expression; the date arithmetic
 * they use (nearest year, tense penalties) is in {@link TimexResolver}.
 */
final class TimexRules {
  /** What a rule does with the value when its pattern matches. */
  enum Effect {
    DROP,
    REWRITE,
    RESOLVE
  }

  /** The expression as the rules see it: SUTime's expression, the value so far, the anchor. */
  record Input(RawTimex timex, String value, Optional<LocalDate> anchor) {
    String text() {
      return timex.text();
    }

    /** The expression's text, lower-cased and stripped. */
    String lower() {
      return timex.text().toLowerCase(Locale.ROOT).strip();
    }

    Tense tense() {
      return timex.tense();
    }

    /** The article date; rules after {@code no-anchor-or-not-date} always have one. */
    LocalDate doc() {
      return anchor.orElseThrow();
    }

    Input withValue(String newValue) {
      return new Input(timex, newValue, anchor);
    }
  }

  /**
   * One named rule. {@code resolution} is only called when {@code pattern} holds; it gives the new
   * or final value (empty: none after all); a {@link Effect#DROP} rule has no resolution.
   */
  record Rule(
      String name,
      Effect effect,
      Predicate<Input> pattern,
      Function<Input, Optional<String>> then) {}

  /** A zone offset after a clock time ("T17:00-0500"). */
  private static final Pattern ZONE_OFFSET = Pattern.compile("(T\\d{2}:\\d{2})[-+]\\d{4}$");

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

  /** Words SUTime tags that TimeML does not annotate as time expressions (adverbs, adjectives). */
  private static final Set<String> NOT_TIMEX =
      Set.of("previously", "once", "future", "quarterly", "annual", "Day");

  private static final Pattern LAST_NEXT_MONTH =
      Pattern.compile("(?i)(last|next)\\s+(" + CalendarWords.MONTH_STEMS + ")[a-z]*\\.?");
  private static final Pattern QUARTER_VALUE = Pattern.compile("\\d{4}-Q[1-4]");
  private static final Pattern LATEST_QUARTER =
      Pattern.compile("(?i)(the\\s+)?(latest|most recent|previous|last)\\s+quarter");

  private static final Pattern HALF_OF_YEAR =
      Pattern.compile(
          "(?i).*\\b(first|second|last|latter|first\\s+two\\s+quarters|last\\s+two\\s+quarters)"
              + "(?:\\s+half)?\\s+of\\s+((?:19|20)\\d\\d)\\b.*");

  private static final Pattern VAGUE_AGO =
      Pattern.compile(
          "(?i)(?:(a\\s+few|several|some|many|a\\s+number\\s+of)\\s+)?(years|months|weeks|days)"
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

  private static final List<String> WEEKDAYS =
      List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

  /** A compound SUTime value holding an open-year month-day: "THIS P1D INTERSECT XXXX-11-03". */
  private static final Pattern COMPOUND_MONTH_DAY =
      Pattern.compile(".*\\s.*\\bXXXX-(\\d{2}-\\d{2})\\b.*");

  private static final Pattern DAY_WITH_WEEKDAY_PART =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-WXX-\\d(T[A-Z]{2})(?:\\s+INTERSECT\\s+\\S+)?");

  private static final Pattern WEEK_OF =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s+INTERSECT\\s+P1W");

  /** The catalogue, in the order the rules are tried. */
  static final List<Rule> ALL =
      List.of(
          drop("year-beyond-9999", in -> Regexes.matches("\\d{5,}.*", in.value())),
          // "(0735 GMT)": a four-digit number with a leading zero is a 24-hour clock reading in a
          // zone note, not a year before 1000; the local time beside it carries the value.
          drop(
              "zone-clock-reading",
              in ->
                  Regexes.matches("0\\d{3}", in.value())
                      && Regexes.matches("0\\d{3}", in.text().strip())),
          drop(
              "not-a-timex-word",
              in -> NOT_TIMEX.contains(in.text().strip()) || NOT_TIMEX.contains(in.lower())),
          drop("age", in -> in.lower().endsWith(" old") || in.lower().endsWith("-old")),
          // "the SEC" read as seconds.
          drop(
              "seconds-without-time-word",
              in ->
                  in.timex().type().equals("TIME")
                      && in.value().contains("TXX")
                      && !SPELLED_TIME.matcher(in.text()).matches()),
          // "the last half of 1989" is 1989-H2 (TimeML), SUTime gives the year.
          resolve(
              "half-of-year",
              in -> HALF_OF_YEAR.matcher(in.text()).matches(),
              in -> {
                Matcher half = matched(HALF_OF_YEAR, in.text());
                String which = half.group(1).toLowerCase(Locale.ROOT);
                return half.group(2) + (which.startsWith("first") ? "-H1" : "-H2");
              }),
          // "the week of March 6" is that ISO week; SUTime writes "2000-03-06 INTERSECT P1W".
          resolve(
              "week-of",
              in -> in.lower().contains("week of") && WEEK_OF.matcher(in.value()).matches(),
              in -> TimexResolver.isoWeek(LocalDate.parse(matched(WEEK_OF, in.value()).group(1)))),
          // "Nov. 3, the day before": SUTime folds the apposition into one value ("THIS P1D
          // INTERSECT XXXX-11-03"), which is no TIMEX3 value; the month-day is the date named.
          resolve(
              "compound-month-day",
              in ->
                  COMPOUND_MONTH_DAY.matcher(in.value()).matches()
                      && in.anchor().isPresent()
                      && MONTH_NAME.matcher(in.text()).find()
                      && !YEAR_IN_TEXT.matcher(in.text()).find(),
              in ->
                  TimexResolver.monthDay(
                      in.doc().getYear() + "-" + matched(COMPOUND_MONTH_DAY, in.value()).group(1),
                      in.doc(),
                      in.tense())),
          // "the early hours of Thursday morning": SUTime writes "1999-10-07-WXX-4TMO INTERSECT
          // PTXH"; the date and the part of the day are the TimeML value.
          rewrite(
              "date-with-part-of-day",
              in -> {
                Matcher m = DAY_WITH_WEEKDAY_PART.matcher(in.value());
                return m.matches() ? m.group(1) + m.group(2) : in.value();
              }),
          rewrite("intersect", in -> TimexResolver.intersect(in.value(), in.lower())),
          rewrite("range", in -> TimexResolver.rangeToTimeMl(in.value(), in.lower())),
          rewrite("quarters", in -> TimexResolver.quarters(in.value(), in.lower())),
          // "Tuesday nights", "on Mondays": a SET of weekdays (TimeML), not one date.
          resolve(
              "plural-weekday",
              in -> TimexResolver.PLURAL_WEEKDAY.matcher(in.text()).find(),
              in -> {
                Matcher plural = found(TimexResolver.PLURAL_WEEKDAY, in.text());
                int dow =
                    WEEKDAYS.indexOf(plural.group(1).toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
                String lower = in.lower();
                String part =
                    lower.contains("night") ? "TNI" : lower.contains("morning") ? "TMO" : "";
                return "XXXX-WXX-" + dow + part;
              }),
          // TimeML values carry no zone: "5 p.m. EST" is T17:00, SUTime writes T17:00-0500.
          rewrite("zone-offset", in -> ZONE_OFFSET.matcher(in.value()).replaceFirst("$1")),
          rewrite("invalid-day", in -> TimexResolver.repairInvalidDay(in.value())),
          rewrite("decade-century", in -> TimexResolver.timeMlGranularity(in.value(), in.text())),
          // "recent years", "the next few days" keep SUTime's PXY / PXD: TimeBank values them as
          // durations more often than as PAST_REF / FUTURE_REF (measured: 9 against 6).
          resolve(
              "no-anchor-or-not-date",
              in ->
                  in.anchor().isEmpty()
                      || !(in.timex().type().equals("DATE") || in.timex().type().equals("TIME")),
              Input::value),
          resolve(
              "open-quarter",
              in -> in.value().startsWith("XXXX-Q"),
              in -> TimexResolver.quarter(in.value(), in.doc(), in.tense())),
          // "the past year" cannot be the current calendar year SUTime gives; at year granularity
          // it is the year before the article's.
          resolve(
              "past-year",
              in -> PAST_YEAR.matcher(in.text()).matches(),
              in -> String.valueOf(in.doc().getYear() - 1)),
          // "the last decade" is the decade before the article's, as "the past year" is the year
          // before (TimeML writes decades as three digits: 198).
          resolve(
              "past-decade",
              in -> PAST_DECADE.matcher(in.text()).matches(),
              in -> String.valueOf(in.doc().getYear() / 10 - 1)),
          // "several years ago" names no year: SUTime's one-unit guess is wrong, PAST_REF is not;
          // nor does "years ago" SUTime cuts from "some years ago" (or written with no count).
          resolve("vague-ago", in -> VAGUE_AGO.matcher(in.text()).matches(), in -> "PAST_REF"),
          resolve(
              "unit-ago",
              in ->
                  AGO.matcher(in.text()).matches()
                      && TimexResolver.DAY.matcher(in.value()).matches(),
              in ->
                  TimexResolver.unitGranularity(
                      in.value(), matched(AGO, in.text()).group(1).toLowerCase(Locale.ROOT))),
          resolve(
              "past-weekend",
              in -> Regexes.matches("\\d{4}-W\\d{2}-WE", in.value()) && in.tense() == Tense.PAST,
              in -> TimexResolver.pastWeekend(in.value(), in.doc())),
          resolve(
              "last-next-month",
              in ->
                  LAST_NEXT_MONTH.matcher(in.text()).matches()
                      && TimexResolver.MONTH.matcher(in.value()).matches(),
              in ->
                  TimexResolver.lastOrNextMonth(
                      in.value(), in.doc(), matched(LAST_NEXT_MONTH, in.text()).group(1))),
          resolve(
              "quarter-without-year",
              in ->
                  QUARTER_VALUE.matcher(in.value()).matches()
                      && !YEAR_IN_TEXT.matcher(in.text()).find()
                      && !RELATIVE_WORD.matcher(in.text()).find(),
              in -> TimexResolver.quarter("XXXX" + in.value().substring(4), in.doc(), in.tense())),
          resolve(
              "latest-quarter",
              in -> LATEST_QUARTER.matcher(in.text()).matches(),
              in -> {
                LocalDate doc = in.doc();
                int docQ = (doc.getMonthValue() - 1) / 3 + 1;
                return docQ == 1 ? (doc.getYear() - 1) + "-Q4" : doc.getYear() + "-Q" + (docQ - 1);
              }),
          tryResolve(
              "holiday",
              in ->
                  Holidays.names(in.text())
                      && !YEAR_IN_TEXT.matcher(in.text()).find()
                      && !RELATIVE_WORD.matcher(in.text()).find(),
              in -> TimexResolver.holiday(in.value(), in.text(), in.doc(), in.tense())),
          // A clock time with its weekday in a past-tense clause ("took off at 12:10 p.m. Sunday")
          // is dated like the weekday alone: SUTime resolves the pair forward, into the future.
          tryResolve(
              "weekday",
              in ->
                  WEEKDAY.matcher(in.text()).find()
                      && !RELATIVE_WORD.matcher(in.text()).find()
                      && !MONTH_NAME.matcher(in.text()).find()
                      && (!Regexes.matches(".*\\d.*", in.text())
                          || (in.tense() == Tense.PAST
                              && CLOCK_WITH_WEEKDAY.matcher(in.text()).matches())),
              in -> TimexResolver.weekday(in.value(), in.text(), in.doc(), in.tense())),
          resolve(
              "month-without-year",
              in ->
                  MONTH_NAME.matcher(in.text()).find()
                      && !YEAR_IN_TEXT.matcher(in.text()).find()
                      && !RELATIVE_WORD.matcher(in.text()).find(),
              in -> TimexResolver.monthDay(in.value(), in.doc(), in.tense())),
          // Everything else (durations, sets, explicit years, PRESENT_REF) keeps the value.
          resolve("as-given", in -> true, Input::value));

  private TimexRules() {}

  private static Rule drop(String name, Predicate<Input> pattern) {
    return new Rule(name, Effect.DROP, pattern, in -> Optional.empty());
  }

  /** A rewrite applies to every value; it fires when it changes the value. */
  private static Rule rewrite(String name, Function<Input, String> then) {
    return new Rule(name, Effect.REWRITE, in -> true, then.andThen(Optional::of));
  }

  private static Rule resolve(
      String name, Predicate<Input> pattern, Function<Input, String> resolution) {
    return new Rule(name, Effect.RESOLVE, pattern, resolution.andThen(Optional::of));
  }

  /** A rule whose resolution may find no value, when the next rules are tried. */
  private static Rule tryResolve(
      String name, Predicate<Input> pattern, Function<Input, Optional<String>> resolution) {
    return new Rule(name, Effect.RESOLVE, pattern, resolution);
  }

  /** {@code pattern} matched against all of {@code s}, its groups readable. */
  private static Matcher matched(Pattern pattern, String s) {
    Matcher m = pattern.matcher(s);
    if (!m.matches()) {
      throw new IllegalStateException(pattern + " does not match " + s);
    }
    return m;
  }

  /** {@code pattern} found in {@code s}, its groups readable. */
  private static Matcher found(Pattern pattern, String s) {
    Matcher m = pattern.matcher(s);
    if (!m.find()) {
      throw new IllegalStateException(pattern + " is not in " + s);
    }
    return m;
  }
}
