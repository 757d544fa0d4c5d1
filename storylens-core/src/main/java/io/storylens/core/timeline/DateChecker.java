// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import io.storylens.core.nlp.Tense;
import io.storylens.core.text.CalendarWords;
import io.storylens.model.Article;
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
 * Compares an article's header date with what its text says. Hand-written: no library checks
 * publication dates against content. Evidence against the header:
 *
 * <ul>
 *   <li>a future-tense expression ("the December 7 meeting, to be held") that resolves to a day
 *       well before the header date;
 *   <li>every dated event (at least two) lying more than {@link #STALE_DAYS} days before it;
 *   <li>a relative month or week ("last month", "this week") whose own sentence dates the happening
 *       outside the period it means when counted from the header ("last week, on December 6" under
 *       a January header); this one is also a date warning when the header is kept;
 *   <li>a trailing republication note ("Republished with the permission of …"), also when the clean
 *       stage removed it as boilerplate.
 * </ul>
 *
 * The effective date is then the latest day the text reports as past, capped by the day before the
 * earliest day it reports as future. An article without a header date gets the same inference.
 */
public final class DateChecker {
  /** Days between the header and the latest dated event beyond which the header is suspect. */
  public static final int STALE_DAYS = 14;

  /**
   * Days a future-tense date may lie before the header without counting against it: tense detection
   * is approximate and holidays ("after Christmas") resolve loosely.
   */
  static final int FUTURE_SLACK_DAYS = 7;

  /**
   * Days before the header beyond which dates with a written year alone make it stale: a season.
   * Nearer, they are as likely a recent happening named with its year (a January story on "the Dec.
   * 28, 2017 crash") as a page re-dated later; those are left to {@link WeekAnchors}, which checks
   * weekdays against the rest of the story.
   */
  static final int WRITTEN_STALE_DAYS = 90;

  private static final Pattern REPUBLISHED =
      Pattern.compile(
          "(?i)\\b(re-?published|republication|originally (published|appeared|ran)|first"
              + " (published|appeared)|this (article|story) (was )?(first|originally))\\b");

  private DateChecker() {}

  /** Checks the date of {@code a} against its resolved time expressions. */
  public static DateCheck check(Article a, List<ResolvedTimex> timexes) {
    Optional<LocalDate> header = a.publishedDate();
    List<ResolvedTimex> days = new ArrayList<>();
    for (ResolvedTimex t : timexes) {
      Optional<LocalDate> d = t.day();
      // The header repeated in the text ("Tue, 18 Jan 2022") is not evidence about itself.
      if (d.isPresent() && !(header.equals(d) && t.explicitYear() && t.sentence() == 0)) {
        days.add(t);
      }
    }
    List<String> evidence = new ArrayList<>();
    Optional<LocalDate> inferred = infer(days);
    if (header.isEmpty()) {
      if (inferred.isEmpty()) {
        return new DateCheck(
            Optional.empty(), "none", List.of(), List.of("no publication date and none in text"));
      }
      evidence.add("latest day the text reports: " + inferred.get());
      return new DateCheck(
          inferred,
          "inferred",
          evidence,
          List.of("no publication date; inferred " + inferred.get() + " from the text"));
    }
    LocalDate h = header.get();
    boolean contradicted = false;
    for (ResolvedTimex t : days) {
      LocalDate d = t.day().orElseThrow();
      long before = ChronoUnit.DAYS.between(d, h);
      if (t.tense() == Tense.FUTURE && before > FUTURE_SLACK_DAYS) {
        evidence.add(
            String.format(
                Locale.ROOT,
                "\"%s\" in a future-tense clause (sentence %d) resolves to %s, %d days before the"
                    + " header date",
                t.text(),
                t.sentence(),
                d,
                before));
        contradicted = true;
      }
    }
    List<String> periodConflicts = relativePeriodConflicts(timexes);
    for (String e : periodConflicts) {
      evidence.add(e);
      contradicted = true;
    }
    Optional<LocalDate> latest =
        days.stream().map(t -> t.day().orElseThrow()).max(LocalDate::compareTo);
    if (days.size() >= 2
        && latest.isPresent()
        && ChronoUnit.DAYS.between(latest.get(), h) > STALE_DAYS) {
      evidence.add(
          String.format(
              Locale.ROOT,
              "all %d dated events lie more than %d days before the header date (latest %s)",
              days.size(),
              STALE_DAYS,
              latest.get()));
      contradicted = true;
    }
    // The clean stage moves trailing notes ("Copyright … Republished with …") into removed spans.
    StringBuilder tail =
        new StringBuilder(a.text().substring(Math.max(0, a.text().length() - 2000)));
    a.removed().forEach(r -> tail.append('\n').append(r.text()));
    Matcher m = REPUBLISHED.matcher(tail);
    boolean republished = m.find();
    if (republished) {
      evidence.add("republication note near the end: \"" + m.group() + "\"");
    }
    // A weekday, "today" or "a day earlier" is counted from the header itself, so it always lies
    // near it and cannot vouch for it: an RT page re-dated 2017-11-30 whose embedded posts are
    // signed "May 27, 2016" and "May 28, 2016" read its "on Saturday" as 2017-11-25. Dates that
    // spell their year can: when at least two do, close together (the days of one happening, not
    // scattered background), and all lie a season before the header, the header is stale.
    List<ResolvedTimex> written = days.stream().filter(ResolvedTimex::explicitYear).toList();
    List<LocalDate> writtenDays =
        written.stream().map(t -> t.day().orElseThrow()).sorted().toList();
    if (!contradicted
        && writtenDays.size() >= 2
        && ChronoUnit.DAYS.between(writtenDays.get(writtenDays.size() - 1), h) > WRITTEN_STALE_DAYS
        && ChronoUnit.DAYS.between(
                writtenDays.get(writtenDays.size() - 2), writtenDays.get(writtenDays.size() - 1))
            <= STALE_DAYS) {
      evidence.add(
          String.format(
              Locale.ROOT,
              "the %d dates with a written year lie more than %d days before the header date"
                  + " (latest %s); the others are counted from the header",
              writtenDays.size(),
              WRITTEN_STALE_DAYS,
              writtenDays.get(writtenDays.size() - 1)));
      contradicted = true;
      inferred = infer(written);
    }
    if (!contradicted || inferred.isEmpty() || !inferred.get().isBefore(h)) {
      List<String> warnings = new ArrayList<>();
      if (republished) {
        warnings.add("republication note: " + h + " may be the republication date");
      }
      for (String e : periodConflicts) {
        warnings.add("header date " + h + " contradicted: " + e);
      }
      return new DateCheck(header, "header", evidence, warnings);
    }
    String warning =
        String.format(
            Locale.ROOT,
            "header date %s contradicted by the text (%d observation(s)); effective date %s",
            h,
            evidence.size(),
            inferred.get());
    return new DateCheck(inferred, "text", evidence, List.of(warning));
  }

  private static final Pattern RELATIVE_PERIOD =
      Pattern.compile("(?i).*\\b(last|this|next|past|previous|coming)\\s+(month|week)\\b.*");

  private static final Pattern EXPLICIT_DAY =
      Pattern.compile(
          "(?i).*\\b("
              + CalendarWords.MONTH_STEMS
              + ")[a-z]*\\.?\\s+\\d{1,2}\\b.*"
              + "|.*\\b\\d{1,2}\\s+("
              + CalendarWords.MONTH_STEMS
              + ")[a-z]*\\b.*");

  /**
   * A relative month or week ("last month", "this week") resolved against the header, whose own
   * sentence dates the happening outside that period ("last month, on November 30" under a January
   * header): the writer's "now" was not the header date.
   */
  static List<String> relativePeriodConflicts(List<ResolvedTimex> timexes) {
    List<String> out = new ArrayList<>();
    for (ResolvedTimex r : timexes) {
      String g = r.granularity();
      if (!RELATIVE_PERIOD.matcher(r.text()).matches()
          || !(g.equals("month") || g.equals("week"))) {
        continue;
      }
      for (ResolvedTimex d : timexes) {
        if (d.sentence() != r.sentence()
            || d.day().isEmpty()
            || !EXPLICIT_DAY.matcher(d.text()).matches()) {
          continue;
        }
        LocalDate day = d.day().get();
        boolean inside =
            g.equals("month")
                ? YearMonth.from(day).toString().equals(r.value())
                : String.format(
                        Locale.ROOT,
                        "%d-W%02d",
                        day.get(IsoFields.WEEK_BASED_YEAR),
                        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                    .equals(r.value());
        if (!inside) {
          out.add(
              String.format(
                  Locale.ROOT,
                  "\"%s\" (sentence %d) is %s counted from the header date, but the same sentence"
                      + " dates it %s (\"%s\")",
                  r.text(),
                  r.sentence(),
                  r.value(),
                  day,
                  d.text()));
        }
      }
    }
    return out;
  }

  /**
   * Latest day reported as past or present, capped by the day before the earliest future one. When
   * the latest past day lies weeks before the earliest future one, it is background ("On December
   * 31, 2015, a wave of assaults …" in a page announcing this New Year's Eve's safety zone), and
   * the writer's day is the one before the happening they look ahead to.
   */
  private static Optional<LocalDate> infer(List<ResolvedTimex> days) {
    Optional<LocalDate> past =
        days.stream()
            .filter(t -> t.tense() != Tense.FUTURE)
            .map(t -> t.day().orElseThrow())
            .max(LocalDate::compareTo);
    Optional<LocalDate> future =
        days.stream()
            .filter(t -> t.tense() == Tense.FUTURE)
            .map(t -> t.day().orElseThrow())
            .min(LocalDate::compareTo);
    if (past.isPresent()
        && future.isPresent()
        && (!past.get().isBefore(future.get())
            || ChronoUnit.DAYS.between(past.get(), future.get()) > STALE_DAYS)) {
      return Optional.of(future.get().minusDays(1));
    }
    return past.isPresent() ? past : future.map(f -> f.minusDays(1));
  }
}
