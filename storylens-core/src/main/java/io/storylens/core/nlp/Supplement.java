// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import io.storylens.core.nlp.ArticleAnnotations.RawTimex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills gaps of SUTime's English rules, by hand because SUTime's rule files are not meant to be
 * patched from outside: ordinal quarters it misses ("the fourth quarter", "fourth-quarter"), spoken
 * years it cuts short ("nineteen ninety-six" tagged as "nineteen ninety"), and a named day followed
 * by its year ("Valentine's Day 2015", "Christmas 2019"), which it splits into a day of the
 * document's year and a bare year.
 */
final class Supplement {
  private static final Pattern QUARTER =
      Pattern.compile(
          "(?i)\\b(?:(?:the|this|its|that)\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[-"
              + " ]quarter\\b");
  private static final Map<String, Integer> ORDINAL =
      Map.of(
          "first", 1, "second", 2, "third", 3, "fourth", 4, "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);
  private static final Pattern MODIFIER =
      Pattern.compile("(?i)\\b(?:(?:the\\s+)?(?:early|late)\\s+|mid-|fiscal\\s+)$");
  private static final Pattern UNIT_DIGIT =
      Pattern.compile("(?i)^-(one|two|three|four|five|six|seven|eight|nine)\\b");
  private static final List<String> DIGITS =
      List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");

  private Supplement() {}

  static List<RawTimex> apply(String text, List<RawTimex> found, IntUnaryOperator sentenceOf) {
    List<RawTimex> out = new ArrayList<>();
    for (RawTimex t : found) {
      out.add(extendModifier(text, extendSpokenYear(text, t)));
    }
    out = withTheirYears(text, out);
    Matcher m = QUARTER.matcher(text);
    while (m.find()) {
      int b = m.start();
      int e = m.end();
      boolean overlaps = out.stream().anyMatch(t -> t.begin() < e && b < t.end());
      if (!overlaps) {
        int q = ORDINAL.get(m.group(1).toLowerCase(Locale.ROOT));
        out.add(
            new RawTimex(
                m.group(), "DATE", "XXXX-Q" + q, b, e, sentenceOf.applyAsInt(b), Tense.NONE));
      }
    }
    out.sort(Comparator.comparingInt(RawTimex::begin));
    return out;
  }

  private static final Pattern DAY_VALUE = Pattern.compile("(?:\\d{4}|XXXX)(-\\d{2}-\\d{2})");
  private static final Pattern YEAR_TEXT = Pattern.compile("\\d{4}");

  /**
   * A day without a year in its words directly followed (a space apart) by a bare year is that day
   * of that year: one expression.
   */
  private static List<RawTimex> withTheirYears(String text, List<RawTimex> found) {
    List<RawTimex> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(RawTimex::begin));
    List<RawTimex> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      RawTimex day = sorted.get(i);
      if (i + 1 < sorted.size()) {
        RawTimex year = sorted.get(i + 1);
        Matcher d = DAY_VALUE.matcher(day.value());
        if (day.type().equals("DATE")
            && d.matches()
            && !day.text().matches(".*\\d{4}.*")
            && YEAR_TEXT.matcher(year.text()).matches()
            && year.value().equals(year.text())
            && day.end() < year.begin()
            && text.substring(day.end(), year.begin()).matches(" +")) {
          out.add(
              new RawTimex(
                  text.substring(day.begin(), year.end()),
                  "DATE",
                  year.value() + d.group(1),
                  day.begin(),
                  year.end(),
                  day.sentence(),
                  day.tense()));
          i++;
          continue;
        }
      }
      out.add(day);
    }
    return out;
  }

  /** TimeML extents include "the late", "the early", "mid-" and "fiscal" before a year. */
  private static RawTimex extendModifier(String text, RawTimex t) {
    if (!t.text().matches("\\d{4}s?")) {
      return t;
    }
    Matcher m = MODIFIER.matcher(text.substring(Math.max(0, t.begin() - 16), t.begin()));
    if (!m.find()) {
      return t;
    }
    return t.startingAt(text, t.begin() - (m.end() - m.start()));
  }

  private static RawTimex extendSpokenYear(String text, RawTimex t) {
    if (!t.value().matches("\\d{3}0(-.*)?") || t.end() >= text.length()) {
      return t;
    }
    Matcher m = UNIT_DIGIT.matcher(text.substring(t.end(), Math.min(text.length(), t.end() + 8)));
    if (!m.find()) {
      return t;
    }
    int digit = DIGITS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
    String value = t.value().substring(0, 3) + digit + t.value().substring(4);
    int end = t.end() + m.end();
    return new RawTimex(
        text.substring(t.begin(), end), t.type(), value, t.begin(), end, t.sentence(), t.tense());
  }
}
