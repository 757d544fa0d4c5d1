// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import io.storylens.core.nlp.Tense;
import io.storylens.core.nlp.TenseDetector;
import io.storylens.core.text.CalendarWords;
import io.storylens.core.text.WordLists;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which resolved expressions date a happening of the story, for the timeline. The expressions stay
 * valid time expressions (the TIMEX3 output keeps them), but some give the timeline nothing: the
 * date of a copyright line, an "updated" stamp or a photo caption is no happening, a clock time
 * alone names no day, and "her second year at college" is a count. Boilerplate patterns are a
 * resource file next to this class.
 */
final class StoryDates {
  /** Why an expression dates no timeline entry. */
  enum Rule {
    /** The sentence is a copyright line, a stamp, a photo credit or caption, a slide counter. */
    BOILERPLATE,
    /** A time of day whose own text names no day: "at 12:10 p.m.", "around 11pm". */
    CLOCK_ONLY,
    /** An ordinal count of units: "in her second year", "the third day". */
    ORDINAL_COUNT,
    /**
     * An end of a span of years ("president from 2010 to 2014", "competed from 1994 to 2003"): a
     * tenure or a career, a state that lasted, not a happening of the story.
     */
    SPAN,
    /** A person's birth or birthday ("born on September 30, 1997", "turned 50 on Nov. 30"). */
    BIOGRAPHY,
    /**
     * A year naming a thing rather than dating a happening ("the 2007 world champion", "this 1984
     * photograph"): background the story is told against, not its timeline.
     */
    ATTRIBUTIVE,
    /**
     * "the day" counted from a happening its sentence names ("on the day after the crash"): SUTime
     * gives it the article's day, which is not the day meant.
     */
    DAY_OF_HAPPENING
  }

  /** Nouns a year names a thing by: "the 2007 world champion". */
  private static final Set<String> YEAR_NOUNS =
      WordLists.load(StoryDates.class, "year-attribute-nouns.txt");

  /** A year alone, perhaps after a determiner: "2019", "this 1984". */
  private static final Pattern BARE_YEAR =
      Pattern.compile("(?i)(?:(?:the|a|an|this|that|its|his|her|their)\\s+)?(?:1[89]|20)\\d\\d");

  /** Up to three words right after the year, only spaces between them. */
  private static final Pattern WORDS_AFTER =
      Pattern.compile("^ ([\\p{L}-]+)(?: ([\\p{L}-]+))?(?: ([\\p{L}-]+))?");

  /** A preposition right before the year: "in 2016", "since 2005" date what follows them. */
  private static final Pattern PREPOSITION_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:in|since|from|until|till|by|during|before|after|through|to|between|and|of|for"
              + "|on|at)\\s+$");

  private static final Pattern YEAR_SPAN =
      Pattern.compile(
          "(?i)\\b(?:from|between)\\s+((?:1[89]|20)\\d\\d)\\s+(?:to|until|till|through|and)\\s+"
              + "((?:1[89]|20)\\d\\d)\\b");

  private static final Pattern BIRTH =
      Pattern.compile("(?i)\\b(?:born|turned\\s+\\d{1,3})(?:\\s+(?:on|in))?\\s*$");

  private static final List<Pattern> BOILERPLATE =
      NotDates.lines("boilerplate-lines.txt").stream()
          .map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
          .toList();

  /** Words that give a clock time its own day. */
  private static final Pattern DAY_WORD =
      Pattern.compile(
          "(?i).*(\\b(today|tonight|yesterday|tomorrow|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|"
              + "may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|\\d{1,2}/\\d{1,2}|\\d{4}).*");

  private static final Pattern ORDINAL_UNIT =
      Pattern.compile(
          "(?i)(?:(?:his|her|its|their|our|my|the|a)\\s+)?(?:first|second|third|fourth|fifth|"
              + "sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))\\s+(?:day|week|month|"
              + "year|season)");

  /** A count forward from a happening: "a year later", "about 16 years later". */
  private static final Pattern LATER = Pattern.compile("(?i).*\\blater\\W*$");

  private static final Pattern THE_DAY = Pattern.compile("(?i)the\\s+day");

  private static final Pattern FROM_HAPPENING = Pattern.compile("(?i)^\\s+(?:after|before)\\b");

  static final Pattern MONTH_WORD =
      Pattern.compile("(?i)\\b(?:" + CalendarWords.MONTH_STEMS + ")[a-z]*\\b");

  /** A year written in the expression, or a word that counts from another time. */
  static final Pattern OWN_YEAR_OR_RELATIVE =
      Pattern.compile(
          "(?i)\\d{4}|'\\d\\d\\b|\\b(?:last|next|this|coming|past|previous|following|ago|later"
              + "|earlier|before|after|since)\\b");

  /**
   * A modal before a bare verb points ahead even in a past sentence ("said the boy should be sent
   * back to Cuba by Jan. 14"); before "have" and a participle it looks back ("may have deliberately
   * plunged the plane into the sea").
   */
  private static final Pattern MODAL_AHEAD =
      Pattern.compile(
          "(?i)\\b(?:should|must|could|can|may|might|ought\\s+to|has\\s+to|have\\s+to"
              + "|needs?\\s+to)\\s+(?:not\\s+)?(?:\\p{L}+ly\\s+)?(?!have\\b)\\p{L}+");

  private StoryDates() {}

  /**
   * The past occurrence of a month or month-day without a year that was resolved ahead of the
   * article date ({@code anchor}) in a sentence told in the past: "may have deliberately plunged
   * the plane into the sea, killing all 217 people aboard on Oct. 31", written in August. The
   * clause of the date has no tense of its own (a bare participle, no verb near it), so the
   * resolver took the nearest year, ahead; the sentence's past verbs say the happening is behind.
   * Empty when the value stands. The clause tense decides wherever it is past or future: the
   * resolver weighed it.
   */
  static Optional<String> pastOccurrence(String sentence, ResolvedTimex t, LocalDate anchor) {
    String g = t.granularity();
    if (!(g.equals("month") || g.equals("day"))
        || t.tense() == Tense.PAST
        || t.tense() == Tense.FUTURE
        || !MONTH_WORD.matcher(t.text()).find()
        || OWN_YEAR_OR_RELATIVE.matcher(t.text()).find()
        || TenseDetector.ofSentence(sentence) != Tense.PAST
        || MODAL_AHEAD.matcher(sentence).find()) {
      return Optional.empty();
    }
    String v = t.value();
    String day = anchor.toString().substring(0, v.length());
    if (v.compareTo(day) <= 0) {
      return Optional.empty();
    }
    String back = (Integer.parseInt(v.substring(0, 4)) - 1) + v.substring(4);
    return realDay(back) ? Optional.of(back) : Optional.empty();
  }

  /**
   * Whether a value's day, if it names one ("2001-02-29" does not exist), is a day of the calendar;
   * a month or a year always is.
   */
  static boolean realDay(String value) {
    if (value.length() < 10) {
      return true;
    }
    try {
      LocalDate.parse(value.substring(0, 10));
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /**
   * Whether {@code t} counts forward from a happening its sentence names ("married in 1998 and
   * separated almost a decade later") yet lies after the article's own date: counted from the
   * article date instead of the happening, its value is no date of the story. A "later" the
   * anaphora rules tied to a named time stays.
   */
  static boolean laterPastTheArticle(ResolvedTimex t, LocalDate published) {
    if (!LATER.matcher(t.text()).matches() || t.value().length() < 4) {
      return false;
    }
    String day = published.toString();
    String v = t.value().length() >= 10 ? t.value().substring(0, 10) : t.value();
    return v.compareTo(day.substring(0, Math.min(day.length(), v.length()))) > 0;
  }

  /**
   * Whether {@code t} is written in capitals as a word of a name ("USA TODAY's request for
   * comment"): a shouted calendar word in news copy is a masthead or a show, not a date.
   */
  static boolean masthead(ResolvedTimex t) {
    String x = t.text().strip();
    return x.length() >= 5 && x.chars().allMatch(c -> Character.isUpperCase(c));
  }

  /**
   * Whether the year {@code text} at {@code at} in {@code sentence} stands before a noun it names
   * ("the 2007 world champion", "an ambitious 2019 profit target"), not after a preposition ("in
   * 2016").
   */
  private static boolean attributive(String sentence, String text, int at) {
    if (!BARE_YEAR.matcher(text).matches()
        || Character.isDigit(text.charAt(0))
            && PREPOSITION_BEFORE.matcher(sentence.substring(0, at)).find()) {
      return false; // "in this 1984 photograph" still names the photograph
    }
    Matcher m = WORDS_AFTER.matcher(sentence.substring(at + text.length()));
    if (!m.find()) {
      return false;
    }
    for (int g = 1; g <= 3; g++) {
      if (m.group(g) != null && YEAR_NOUNS.contains(m.group(g).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the time {@code t} names its own day. A four-digit number counts as its year only when
   * it is the year of the value: "0745" in "(0700 and 0745 GMT)" is the clock reading, valued on
   * the article's day, not a day the text names.
   */
  private static boolean namesDay(ResolvedTimex t) {
    String year = t.value().length() >= 4 ? t.value().substring(0, 4) : "";
    Matcher n = FOUR_DIGITS.matcher(t.text());
    StringBuilder own = new StringBuilder();
    while (n.find()) {
      n.appendReplacement(own, n.group().equals(year) ? "$0" : " ");
    }
    n.appendTail(own);
    return DAY_WORD.matcher(own).matches();
  }

  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

  /**
   * Whether {@code [from, to)} of {@code sentence} holds an end of a span of years, also when the
   * expression runs on past the year ("from 1982 to 1987 before he was purged").
   */
  private static boolean inSpan(String sentence, int from, int to) {
    Matcher span = YEAR_SPAN.matcher(sentence);
    while (span.find()) {
      for (int g = 1; g <= 2; g++) {
        if (span.start(g) < to && from < span.end(g)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Why {@code t}, in {@code sentence}, dates no timeline entry; empty when it does. */
  static Optional<Rule> rule(String sentence, ResolvedTimex t) {
    if (BOILERPLATE.stream().anyMatch(p -> p.matcher(sentence).find())) {
      return Optional.of(Rule.BOILERPLATE);
    }
    if (t.granularity().equals("time") && !namesDay(t)) {
      return Optional.of(Rule.CLOCK_ONLY);
    }
    if (ORDINAL_UNIT.matcher(t.text().strip()).matches()) {
      return Optional.of(Rule.ORDINAL_COUNT);
    }
    int at = sentence.indexOf(t.text());
    if (at >= 0 && inSpan(sentence, at, at + t.text().length())) {
      return Optional.of(Rule.SPAN);
    }
    if (at >= 0 && attributive(sentence, t.text().strip(), at)) {
      return Optional.of(Rule.ATTRIBUTIVE);
    }
    if (at > 0 && BIRTH.matcher(sentence.substring(Math.max(0, at - 20), at)).find()) {
      return Optional.of(Rule.BIOGRAPHY);
    }
    if (at >= 0
        && THE_DAY.matcher(t.text().strip()).matches()
        && FROM_HAPPENING.matcher(sentence.substring(at + t.text().length())).find()) {
      return Optional.of(Rule.DAY_OF_HAPPENING);
    }
    return Optional.empty();
  }
}
