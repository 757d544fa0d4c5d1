// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import io.storylens.model.Disagreement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Times of day of one happening told differently, on sentences of the dossier development set. */
class ClockTimeAlignerTest {
  private static List<Disagreement> times(String a, String b) {
    return Disagreements.find(
            List.of(Article.ofText("a", "outlet-a.txt", a), Article.ofText("b", "outlet-b.txt", b)))
        .stream()
        .filter(d -> d.kind().equals("time"))
        .toList();
  }

  @Test
  void oneCallGivenTwoTimes() {
    assertThat(
            times(
                "A London Fire Brigade spokesman said they had been called at 6.04am to an"
                    + " overturned tram in a tunnel.",
                "Emergency services were called at 6.10am as torrential rain continued to batter"
                    + " London."))
        .singleElement()
        .satisfies(d -> assertThat(d.values()).containsExactly("6.04am", "6.10am"));
  }

  @Test
  void roundedHoursOtherHappeningsAndTwoTimesInOneSentenceAreNoDifference() {
    // A whole hour is rounded: "around 6am" meets 6.10am.
    assertThat(
            times(
                "Emergency services were called at 6.10am as torrential rain continued.",
                "Police said emergency services were called at around 6am to the scene."))
        .isEmpty();
    // Take-off and the first reports of the crash are two happenings.
    assertThat(
            times(
                "It took off from Punta Islita with the crew and 10 passengers at 12:10 p.m.",
                "Officials received reports of the crash around 12:20 p.m., 10 minutes after"
                    + " takeoff."))
        .isEmpty();
    // A sentence that gives both times speaks of two moments.
    assertThat(
            times(
                "The 76-year-old said it was about 6.10am or 6.15am when the tram came off.",
                "A resident said the tram came off at about 6.15am, then heard shouting."))
        .isEmpty();
    assertThat(ClockTimeAligner.firstTimesMeet("at 11pm", "at 11:30pm")).contains(true);
    assertThat(ClockTimeAligner.firstTimesMeet("at 06:00 GMT", "at 6.04am")).contains(false);
    assertThat(ClockTimeAligner.firstTimesMeet("shortly after 06:00 GMT", "at 6.10am"))
        .contains(true);
  }
}
