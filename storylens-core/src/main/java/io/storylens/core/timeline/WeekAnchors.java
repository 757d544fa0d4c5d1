// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import io.storylens.core.text.Overlap;
import io.storylens.core.text.PublicationTimes;
import io.storylens.core.text.Tokens;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts an article's weekdays in the week its story says: an article whose weekdays fall in another
 * week than the rest of the story says moves its relative dates to that week, and a weekday six
 * days back under a date-only header moves to the next day when the story went on (see {@link
 * #nextDay}).
 *
 * <p>A weekday is counted from the article's date, and a header date can be wrong by weeks (a page
 * updated or re-crawled later: "On Sunday, a small aircraft … crashed" under a header two weeks
 * after the crash) without anything in the article's own text to show it. The other articles of the
 * story show it: when the same happening, told in sentences that share enough content words, is
 * dated by the same weekday word in more other articles on another day, the article's anchor is off
 * by whole weeks. Its weekdays and other day-relative dates ("today", "a day earlier") then move by
 * that many weeks; its other relative dates ("this year", "April 3"), which the shift cannot
 * re-resolve, date no entry; dates with a written year stand.
 */
final class WeekAnchors {
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
          Pattern.UNICODE_CASE);

  private WeekAnchors() {}

  /** A weekday of one article: its word, its day, the content words of its sentence. */
  private record Weekday(int article, String word, String date, Set<String> words) {}

  /**
   * {@code dated} (the dated expressions of each article, in the order of {@code sentences}) with
   * the relative dates of articles whose weeks disagree with the story moved or dropped.
   */
  static List<List<TimelineBuilder.Dated>> correct(
      List<ArticleTimes> articles,
      List<List<TimelineBuilder.Dated>> dated,
      List<List<String>> sentences) {
    List<Weekday> weekdays = new ArrayList<>();
    for (int a = 0; a < dated.size(); a++) {
      for (TimelineBuilder.Dated d : dated.get(a)) {
        Optional<String> w = weekday(d.timex().text());
        if (w.isPresent() && d.granularity().equals("day")) {
          Set<String> words =
              new HashSet<>(Tokens.contentWords(sentences.get(a).get(d.timex().sentence())));
          weekdays.add(new Weekday(a, w.get(), d.date(), words));
        }
      }
    }
    List<List<TimelineBuilder.Dated>> out = new ArrayList<>(dated);
    for (int a = 0; a < dated.size(); a++) {
      Optional<Long> shift = shift(a, weekdays);
      if (shift.isPresent()) {
        out.set(a, moved(dated.get(a), shift.get()));
      } else {
        out.set(a, nextDay(articles, a, dated.get(a)));
      }
    }
    return out;
  }

  /**
   * {@code dated} (of article {@code a}) with a weekday that names the day after the article's date
   * moved from six days back to that next day, when the header gives the date without a time of day
   * and another article of the story is dated later.
   *
   * <p>A date-only header is often the day a page was first published, and its text updated the
   * next day ("Costa Rican investigators said Monday …" under a header of Sunday, the day of the
   * crash); the later articles of the story show that the story went on into that day. A header
   * with a time of day pins the day of writing, and a story that ends on the header's day has no
   * next day to offer.
   */
  private static List<TimelineBuilder.Dated> nextDay(
      List<ArticleTimes> articles, int a, List<TimelineBuilder.Dated> dated) {
    ArticleTimes at = articles.get(a);
    Optional<LocalDate> header = at.article().publishedDate();
    if (header.isEmpty()
        || PublicationTimes.time(at.article()).isPresent()
        || !at.check().effectiveDate().equals(header)
        || articles.stream()
            .flatMap(o -> o.article().publishedDate().stream())
            .noneMatch(d -> d.isAfter(header.get()))) {
      return dated;
    }
    String sixBack = header.get().minusDays(6).toString();
    String next = header.get().plusDays(1).toString();
    List<TimelineBuilder.Dated> out = new ArrayList<>();
    for (TimelineBuilder.Dated d : dated) {
      boolean moves = d.date().equals(sixBack) && weekday(d.timex().text()).isPresent();
      out.add(moves ? new TimelineBuilder.Dated(d.timex(), next, d.granularity()) : d);
    }
    return out;
  }

  /**
   * The days by which article {@code a}'s weekdays are off: for one of its weekdays, the other
   * articles that date the same happening by the same weekday word on another day outnumber those
   * that agree with it.
   */
  private static Optional<Long> shift(int a, List<Weekday> weekdays) {
    for (Weekday own : weekdays) {
      if (own.article() != a) {
        continue;
      }
      Map<String, Set<Integer>> byDate = new HashMap<>();
      for (Weekday other : weekdays) {
        if (other.article() != a
            && other.word().equals(own.word())
            && Overlap.jaccard(own.words(), other.words()) >= TimelineBuilder.SAME_HAPPENING) {
          byDate.computeIfAbsent(other.date(), k -> new HashSet<>()).add(other.article());
        }
      }
      int agree = byDate.getOrDefault(own.date(), Set.of()).size() + 1;
      for (Map.Entry<String, Set<Integer>> e : byDate.entrySet()) {
        if (!e.getKey().equals(own.date()) && e.getValue().size() > agree) {
          return Optional.of(
              ChronoUnit.DAYS.between(LocalDate.parse(own.date()), LocalDate.parse(e.getKey())));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code dated} with day dates counted from the anchor ("Sunday", "today") moved by {@code days};
   * other dates without a written year ("this year", "April 3") dropped, as a shift by days does
   * not re-resolve them.
   */
  private static List<TimelineBuilder.Dated> moved(List<TimelineBuilder.Dated> dated, long days) {
    List<TimelineBuilder.Dated> out = new ArrayList<>();
    for (TimelineBuilder.Dated d : dated) {
      if (d.timex().explicitYear()) {
        out.add(d);
      } else if (!written(d.timex().text()) && d.granularity().equals("day")) {
        String date = LocalDate.parse(d.date()).plusDays(days).toString();
        out.add(new TimelineBuilder.Dated(d.timex(), date, d.granularity()));
      }
    }
    return out;
  }

  /** The weekday word of {@code text}, when it names one and no written date. */
  private static Optional<String> weekday(String text) {
    Matcher m = WEEKDAY.matcher(text);
    return m.find() && !written(text)
        ? Optional.of(m.group(1).toLowerCase(Locale.ROOT))
        : Optional.empty();
  }

  /** Whether {@code text} writes a number (a day of the month, a clock time, a year). */
  private static boolean written(String text) {
    return text.chars().anyMatch(Character::isDigit);
  }
}
