// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import io.storylens.model.Disagreement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sentence pairs from the dossier development articles (dossier-gold/articles.jsonl), each set in
 * two one-sentence articles of different outlets: what a careful reader calls a disagreement, and
 * what only looks like one.
 */
class DevSentenceDisagreementsTest {
  static Stream<Arguments> notDisagreements() {
    return Stream.of(
        Arguments.of(
            "children of different families",
            "The dead included two doctors from Clearwater, Florida, and their two children, and a"
                + " couple from Belleair.",
            "Bruce and Irene Steinberg, and their three children, Zachary, William, and Matthew"
                + " were confirmed dead."),
        Arguments.of(
            "sexual assaults of different years",
            "In 2015 at least three sexual assaults were reported to police in Cologne.",
            "In 2016 police recorded 14 sexual assaults at the Berlin party."),
        Arguments.of(
            "laps of different happenings",
            "The safety car was deployed for the opening seven laps and Sweden's Marcus Ericsson"
                + " then brought it back out.",
            "But just six laps later, Ericsson crashed at high speed as he entered the pit"
                + " straight."),
        Arguments.of(
            "curly and straight apostrophes",
            "The singer shared photos from Dior’s show on Instagram with her fans on Tuesday.",
            "The singer shared photos from Dior's show on Instagram with her fans on Tuesday."),
        Arguments.of(
            "an abbreviation and the word it stands for",
            "Officials said 10 US passengers and two Costa Rican crew members died in the crash.",
            "Officials said 10 American passengers and two Costa Rican crew members died in the"
                + " crash."),
        Arguments.of(
            "ages of different people",
            "The 37-year-old Finnish driver lost control of his Ferrari as the race re-started.",
            "In tears, the 35-year-old driver walked through the pit lane wrapped in a Brazilian"
                + " flag."),
        Arguments.of(
            "rounding",
            "Germany has nearly 1,000 troops in the war torn country.",
            "Germany has 990 troops in the war torn country."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notDisagreements")
  void notFlagged(String what, String a, String b) {
    assertThat(Disagreements.find(articles(a, b))).isEmpty();
  }

  static Stream<Arguments> disagreements() {
    return Stream.of(
        Arguments.of(
            "number of photos posted",
            "Taking to Instagram, the 29-year-old singer posted four photos with Alleyne along with"
                + " a heartfelt caption.",
            "The singer posted three photos of herself with 21-year-old Tavon Kaiseen Alleyne on"
                + " Instagram on Tuesday.",
            List.of("four", "three")),
        Arguments.of(
            "share price move",
            "Qualcomm shares fell 1.5 percent to $65.09 at 9:34 a.m. New York.",
            "Qualcomm shares fell 4.3 percent to $63.20 at mid-afternoon on doubts about the"
                + " deal’s prospects.",
            List.of("1.5 percent", "4.3 percent")),
        Arguments.of(
            "a name in the same statement",
            "President Joe Biden has already stated that a sending U.S. troops to defend"
                + " Afghanistan is “not on the table.”",
            "On a previous occasion, President Joe Biden said that sending U.S. troops to defend"
                + " Ukraine is “not on the table.”",
            List.of("Afghanistan", "Ukraine")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("disagreements")
  void flagged(String what, String a, String b, List<String> values) {
    List<Disagreement> d = Disagreements.find(articles(a, b));
    assertThat(d)
        .anySatisfy(
            x -> {
              assertThat(x.values()).containsExactlyInAnyOrderElementsOf(values);
              assertThat(x.confidence()).isGreaterThanOrEqualTo(Disagreements.MIN_CONFIDENCE);
            });
  }

  private static List<Article> articles(String a, String b) {
    return List.of(Article.ofText("a", "outlet-a.txt", a), Article.ofText("b", "outlet-b.txt", b));
  }
}
