// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.nlp.ArticleAnnotations.RawTimex;
import io.storylens.testkit.NeedsModels;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SupplementTest {
  private static RawTimex at(String text, String part, String type, String value) {
    int b = text.indexOf(part);
    return new RawTimex(part, type, value, b, b + part.length(), 0, Tense.NONE);
  }

  @Test
  void aNamedDayFollowedByItsYearIsOneExpressionOfThatYear() {
    String text = "They got engaged on Valentine's Day 2015, and married at Christmas, 2016.";
    List<RawTimex> out =
        Supplement.apply(
            text,
            List.of(
                at(text, "Valentine's Day", "DATE", "2018-02-14"),
                at(text, "2015", "DATE", "2015"),
                at(text, "Christmas", "DATE", "2018-12-25"),
                at(text, "2016", "DATE", "2016")),
            o -> 0);
    assertThat(out)
        .extracting(RawTimex::text, RawTimex::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Valentine's Day 2015", "2015-02-14"),
            // A comma apart: not merged (could be a list of dates).
            org.assertj.core.groups.Tuple.tuple("Christmas", "2018-12-25"),
            org.assertj.core.groups.Tuple.tuple("2016", "2016"));
  }

  @Test
  @NeedsModels
  void theLeanAnnotatorDatesAHolidayByTheYearAfterIt() {
    ArticleAnnotations ann =
        LanguageAnnotator.coreNlp(NlpMode.LEAN)
            .annotate(
                "The singer and the actor got engaged on Valentine's Day 2015.",
                Optional.of(LocalDate.of(2018, 3, 1)));
    assertThat(ann.timexes())
        .extracting(RawTimex::value)
        .contains("2015-02-14")
        .doesNotContain("2018-02-14");
  }
}
