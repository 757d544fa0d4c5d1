// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import io.storylens.core.text.WordLists;
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
    ATTRIBUTIVE
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

  private StoryDates() {}

  /**
   * Whether {@code t} counts forward from a happening its sentence names ("married in 1998 and
   * separated almost a decade later") yet lies after the article's own date: counted from the
   * article date instead of the happening, its value is no date of the story. A "later" the
   * anaphora rules tied to a named time stays.
   */
  static boolean laterPastTheArticle(ResolvedTimex t, java.time.LocalDate published) {
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

  /** Why {@code t}, in {@code sentence}, dates no timeline entry; empty when it does. */
  static Optional<Rule> rule(String sentence, ResolvedTimex t) {
    if (BOILERPLATE.stream().anyMatch(p -> p.matcher(sentence).find())) {
      return Optional.of(Rule.BOILERPLATE);
    }
    if (t.granularity().equals("time") && !DAY_WORD.matcher(t.text()).matches()) {
      return Optional.of(Rule.CLOCK_ONLY);
    }
    if (ORDINAL_UNIT.matcher(t.text().strip()).matches()) {
      return Optional.of(Rule.ORDINAL_COUNT);
    }
    Matcher span = YEAR_SPAN.matcher(sentence);
    while (span.find()) {
      if (t.text().strip().equals(span.group(1)) || t.text().strip().equals(span.group(2))) {
        return Optional.of(Rule.SPAN);
      }
    }
    int at = sentence.indexOf(t.text());
    if (at >= 0 && attributive(sentence, t.text().strip(), at)) {
      return Optional.of(Rule.ATTRIBUTIVE);
    }
    if (at > 0 && BIRTH.matcher(sentence.substring(Math.max(0, at - 20), at)).find()) {
      return Optional.of(Rule.BIOGRAPHY);
    }
    return Optional.empty();
  }
}
