// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.nlp.ArticleAnnotations.RawTimex;
import io.storylens.core.nlp.Tense;
import io.storylens.testkit.NeedsModels;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The document-level rules, holidays and re-anchoring on real sentences from TempEval-3 text. */
class ResolutionRulesTest {
  private static Map<String, String> resolve(String text, String date) {
    return ResolvedValues.of(text, date);
  }

  @NeedsModels
  @Test
  void yearAgoComparisonsReferToTheReportedQuarter() {
    // WSJ earnings report (TimeBank wsj_0157 style), written 1989-10-26.
    Map<String, String> v =
        resolve(
            "Third-quarter net income rose 12% to $1.5 billion. In the year-ago period, the"
                + " company earned $1.3 billion. Revenue rose to $3 billion from $2.8 billion a"
                + " year earlier. Sales in the quarter were strong.",
            "1989-10-26");
    assertThat(v).containsEntry("Third-quarter", "1989-Q3");
    assertThat(v).containsEntry("the year-ago period", "1988-Q3");
    assertThat(v).containsEntry("a year earlier", "1988-Q3");
    assertThat(v).containsEntry("the quarter", "1989-Q3");
  }

  @NeedsModels
  @Test
  void withoutAReportedQuarterAYearAgoIsAYear() {
    Map<String, String> v =
        resolve("The rebels seized the town a year ago, officials said.", "1998-08-20");
    assertThat(v).containsEntry("a year ago", "1997");
  }

  @NeedsModels
  @Test
  void holidayTakesTheNearestYearInTheTenseDirection() {
    // Written 2000-01-06 about the boy rescued at sea: last Thanksgiving, not the next one.
    Map<String, String> v =
        resolve("The boy was found clinging to an inner tube on Thanksgiving Day.", "2000-01-06");
    assertThat(v.values()).contains("1999-11-25");
  }

  @NeedsModels
  @Test
  void agesAndFirstNamesAreNotTimeExpressions() {
    Map<String, String> v =
        resolve("The 6-year-old boy met Czech Foreign Minister Jan Kavan on Friday.", "1999-03-12");
    assertThat(v).doesNotContainKeys("6-year-old", "Jan");
    assertThat(v).containsEntry("Friday", "1999-03-12");
  }

  @Test
  void holidaysAndReanchoringByHand() {
    assertThat(Holidays.date("Thanksgiving", 1999)).contains(LocalDate.of(1999, 11, 25));
    assertThat(Holidays.date("Easter", 2000)).contains(LocalDate.of(2000, 4, 23));
    assertThat(Holidays.date("Orthodox Christmas", 2022)).contains(LocalDate.of(2022, 1, 7));
    assertThat(Holidays.date("the summit", 2022)).isEmpty();
    LocalDate header = LocalDate.of(2022, 1, 18);
    LocalDate written = LocalDate.of(2021, 12, 6);
    assertThat(Reanchor.shift("2022-01-17", header, written)).isEqualTo("2021-12-05");
    assertThat(Reanchor.shift("2021-12", header, written)).isEqualTo("2021-11");
    assertThat(Reanchor.shift("2022-W02", header, written)).isEqualTo("2021-W48");
    assertThat(Reanchor.shift("2022-Q1", header, written)).isEqualTo("2021-Q4");
    assertThat(Reanchor.shift("PXY", header, written)).isEqualTo("PXY");
  }

  @Test
  void badInputNeverThrows() {
    Optional<LocalDate> d = Optional.of(LocalDate.of(2022, 1, 18));
    assertThat(DocumentTimexes.resolve("", List.of(), d)).isEmpty();
    // Offsets beyond the text (annotations of a longer text): the expression is resolved alone.
    RawTimex stray = new RawTimex("Christmas", "DATE", "2022-12-25", 500, 509, 3, Tense.NONE);
    assertThat(DocumentTimexes.resolve("short text", List.of(stray), d))
        .extracting(DocumentTimexes.Resolved::value)
        .containsExactly("2021-12-25");
    // A text of nothing but period words: rules add expressions, none fails.
    String odd = "the quarter the quarter a year ago that year mid-June the nineties ".repeat(50);
    assertThat(DocumentTimexes.resolve(odd, List.of(), d)).isNotEmpty();
    assertThat(DocumentTimexes.resolve(odd, List.of(), Optional.empty())).isEmpty();
  }

  @NeedsModels
  @Test
  void timeMlValueConventionsOnWsjSentences() {
    // Sentences in the style of TimeBank's 1989 WSJ articles, written 1989-10-27.
    Map<String, String> v =
        resolve(
            "The company has had substantial losses in the past two quarters. Results are"
                + " expected in mid-November. Profit fell in the last half of 1989. Sales rose"
                + " several years ago. The talks may take two to three weeks.",
            "1989-10-27");
    assertThat(v).containsEntry("the past two quarters", "P2Q");
    assertThat(v).containsEntry("mid-November", "1989-11");
    assertThat(v).containsEntry("the last half of 1989", "1989-H2");
    assertThat(v).containsEntry("several years ago", "PAST_REF");
    assertThat(v).containsEntry("two to three weeks", "P2W");
  }

  @NeedsModels
  @Test
  void anaphoraCountsFromTheTimeLastNamed() {
    Map<String, String> v =
        resolve(
            "The group was founded in 1995. The following year it opened an office in Paris, and"
                + " later that year it hired 20 people.",
            "1998-04-18");
    assertThat(v).containsEntry("The following year", "1996");
    assertThat(v).containsEntry("later that year", "1996");
  }
}
