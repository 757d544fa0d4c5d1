// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.testkit.NeedsModels;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Value rules for wire-copy sentences (AQUAINT style: AP, NYT, Xinhua), with SUTime underneath. */
@NeedsModels
class NewswireRulesTest {
  private static Map<String, String> resolve(String text, String date) {
    return ResolvedValues.of(text, date);
  }

  @Test
  void clockTimeTakesTheDayNamedRightAfterIt() {
    Map<String, String> v =
        resolve(
            "The blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a"
                + " crowded building.",
            "1998-08-08");
    assertThat(v.values()).contains("1998-08-07T10:35", "1998-08-07");
    // The zone note is a clock reading, not the year 735.
    assertThat(v).doesNotContainKey("0735");
  }

  @Test
  void clockTimeWithoutANamedDayStaysOnTheArticleDate() {
    Map<String, String> v =
        resolve("The meeting will start at 10:30 a.m. in the capital.", "1998-08-08");
    assertThat(v.values()).contains("1998-08-08T10:30");
  }

  @Test
  void sundayNightIsTaggedLikeTheOtherWeekdayNights() {
    Map<String, String> v =
        resolve(
            "Juan Miguel Gonzalez lashed out at his Miami relatives Sunday night, accusing them of"
                + " child abuse.",
            "2000-04-17");
    assertThat(v).containsEntry("Sunday night", "2000-04-16TNI");
  }

  @Test
  void pastTenseMonthDayIsNotMonthsAhead() {
    // Written in May 1999: "Oct. 23" is the past October, though the next one is nearer.
    Map<String, String> v =
        resolve(
            "Investigators have been searching for Kopp since shortly after the Oct. 23 slaying,"
                + " which killed the doctor.",
            "1999-05-06");
    assertThat(v).containsEntry("Oct. 23", "1998-10-23");
    // A month-day a few days ahead in a future clause keeps this year.
    assertThat(resolve("The court will rule on May 10.", "1999-05-06"))
        .containsEntry("May 10", "1999-05-10");
  }

  @Test
  void compoundSutimeValueBecomesTheMonthDay() {
    Map<String, String> v =
        resolve(
            "He was last seen Nov. 3, the day before authorities issued a warrant for his arrest.",
            "1999-05-07");
    assertThat(v.values()).contains("1998-11-03").noneMatch(x -> x.contains("INTERSECT"));
  }

  @Test
  void anchoredDurationIsSplitFromItsDate() {
    Map<String, String> v =
        resolve(
            "Employers added 358,000 jobs a month after averaging 242,000 for the first nine months"
                + " of 1997.",
            "1998-02-06");
    assertThat(v).containsEntry("the first nine months", "P9M").containsEntry("1997", "1997");
  }

  @Test
  void ordinalSecondAndModalOneDay() {
    Map<String, String> v =
        resolve(
            "If they turned the child back over, it will be a second betrayal. Islam will one day"
                + " be the second largest religion in the country.",
            "2000-04-17");
    assertThat(v).doesNotContainKey("a second").containsEntry("one day", "FUTURE_REF");
    assertThat(resolve("The lights went out for a second.", "2000-04-17"))
        .containsEntry("a second", "PT1S");
  }

  @Test
  void lowerCaseMarchIsTheProtestNotTheMonth() {
    Map<String, String> v =
        resolve(
            "Authorities estimated that 100,000 women participated in the march. The next one is"
                + " planned for March.",
            "2000-01-15");
    assertThat(v).doesNotContainKey("march").containsKey("March");
  }

  @Test
  void capitalizedHolidaySutimeMissesIsDated() {
    Map<String, String> v =
        resolve(
            "Violence is going to be a major theme of our campaign from now to Election Day.",
            "1998-10-26");
    assertThat(v).containsEntry("Election Day", "1998-11-03");
  }

  @Test
  void plannedInThePastForADayAhead() {
    // Written on Friday 2000-01-07: the demonstration is the next day, not last Saturday.
    Map<String, String> v =
        resolve(
            "Protesters planned a large demonstration in Little Havana on Saturday.", "2000-01-07");
    assertThat(v).containsEntry("Saturday", "2000-01-08");
    assertThat(resolve("Protesters marched in Little Havana on Saturday.", "2000-01-07"))
        .containsEntry("Saturday", "2000-01-01");
  }

  @Test
  void decadeAgoIsAYear() {
    Map<String, String> v =
        resolve("A decade ago, the three armies were still in the Warsaw Pact.", "1999-03-12");
    assertThat(v).containsEntry("A decade ago", "1989");
  }

  @Test
  void secondDayOfAMonthDayPairAndFiscalYearAfterAQuote() {
    Map<String, String> v =
        resolve(
            "The summit will still be held in Washington on April 24 and 25. Sales will be"
                + " \" slightly above\" fiscal 1989 sales of $155 million.",
            "1999-02-10");
    assertThat(v).containsEntry("April 24", "1999-04-24").containsEntry("25", "1999-04-25");
    assertThat(v).containsEntry("fiscal 1989", "1989");
  }

  @Test
  void hyphenatedModifiersAndTheLastDecade() {
    Map<String, String> v =
        resolve(
            "The allies rejected the last-minute Soviet plan. Unemployment is near its"
                + " quarter-century low. Workers lost earning power in the last decade. He made"
                + " the late-November trip.",
            "1998-02-06");
    assertThat(v).doesNotContainKeys("minute", "century");
    assertThat(v).containsEntry("the last decade", "198").containsEntry("late-November", "1997-11");
  }

  @Test
  void indefinitePresentAndFutureReferences() {
    Map<String, String> v =
        resolve(
            "Sell programs hurt market makers more painfully these days. We don't minimize the"
                + " challenges of the near term. The company may sell shares at a later date. It"
                + " issued short-term notes.",
            "1989-10-30");
    assertThat(v)
        .containsEntry("these days", "PRESENT_REF")
        .containsEntry("the near term", "FUTURE_REF")
        .containsEntry("a later date", "FUTURE_REF");
    assertThat(v.keySet()).noneMatch(k -> k.contains("short"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          past month far from its verb | 2018-02-06 | The comedian even gushed over Sheen to her ex-boyfriend Jimmy Kimmel during a stop on his late-night talk show in June. | June | 2017-06
          explicit year after a cut month | 2018-02-06 | This Dec. 28, 2017 photo made available by SpaceX shows a Falcon Heavy rocket in Cape Canaveral, Fla. | This Dec. | 2017-12-28
          half a century ago | 2018-02-04 | SpaceX's hot new monster rocket makes its launch debut this week, blasting off from the same pad that hoisted men to the moon a half-century ago. | a half-century ago | 196
          a century ago | 2018-02-04 | The bridge was built a century ago by the city's first engineers. | a century ago | 1918
          """)
  void resolverTraps(String kind, String date, String text, String expression, String value) {
    assertThat(resolve(text, date)).as(kind).containsEntry(expression, value);
  }
}
