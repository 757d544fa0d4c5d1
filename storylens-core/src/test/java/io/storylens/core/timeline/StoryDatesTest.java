// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.nlp.Tense;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Expressions kept off the story's timeline, on sentences of the dossier development articles, each
 * against a sentence of the same kind whose date is the story's.
 */
class StoryDatesTest {
  private static ResolvedTimex timex(String text, String value) {
    return new ResolvedTimex(text, "DATE", value, 0, Tense.PAST);
  }

  private static boolean kept(String sentence, String text, String value) {
    return StoryDates.rule(sentence, timex(text, value)).isEmpty();
  }

  @Test
  void galleryCaptionsAreBoilerplate() {
    assertThat(
            kept(
                "Photos: Shocking celebrity splits Susan Sarandon and Tim Robbins split in 2009"
                    + " after 23 years together.",
                "2009",
                "2009"))
        .isFalse();
    assertThat(kept("Hide Caption 24 of 59 The couple split in 2015.", "2015", "2015")).isFalse();
    assertThat(
            kept(
                "The couple started dating in 2014 after meeting on the set of the series.",
                "2014",
                "2014"))
        .isTrue();
  }

  @Test
  void aCountForwardPastTheArticleAndAMastheadAreNoDates() {
    LocalDate published = LocalDate.parse("2018-02-06");
    assertThat(StoryDates.laterPastTheArticle(timex("a decade later", "2028"), published)).isTrue();
    assertThat(StoryDates.laterPastTheArticle(timex("A year later", "2019"), published)).isTrue();
    // Tied by the anaphora rules to a year named before, a "later" stays.
    assertThat(StoryDates.laterPastTheArticle(timex("A year later", "2015"), published)).isFalse();
    assertThat(StoryDates.laterPastTheArticle(timex("next year", "2019"), published)).isFalse();
    assertThat(StoryDates.masthead(timex("TODAY", "2018-02-06"))).isTrue();
    assertThat(StoryDates.masthead(timex("today", "2018-02-06"))).isFalse();
  }
}
