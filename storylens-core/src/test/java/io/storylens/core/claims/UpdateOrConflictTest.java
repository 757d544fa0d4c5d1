// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.text.PublicationTimes;
import io.storylens.model.Article;
import io.storylens.model.Disagreement;
import io.storylens.model.Provenance;
import io.storylens.model.Sourced;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A figure that changes over time is an update naming the latest figure; figures given at about the
 * same time conflict. Sentences of the Mazar-i-Sharif consulate attack (development event 73).
 */
class UpdateOrConflictTest {
  private static final String FIRST =
      "AT least two people have been killed after a suicide bomber crashed a truck loaded with"
          + " explosives into a German consulate building in Afghanistan.";
  private static final String LATER =
      "A suicide bomber crashed a truck loaded with explosives into a German consulate building in"
          + " Afghanistan, and at least six people have been killed.";

  private static Article article(String id, String outlet, String text, String day, String time) {
    Article a = Article.ofText(id, id + ".txt", text);
    return new Article(
        a.id(),
        a.source(),
        a.format(),
        a.title(),
        Sourced.of(outlet, Provenance.JSON),
        a.url(),
        Sourced.of(LocalDate.parse(day), Provenance.JSON),
        a.author(),
        List.of(),
        List.of(),
        List.of(),
        text,
        time == null ? Map.of() : Map.of(PublicationTimes.TIME_FIELD, time));
  }

  private static Disagreement dead(List<Article> articles) {
    return Disagreements.find(articles).stream()
        .filter(d -> d.kind().startsWith("number"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no number flag"));
  }

  @Test
  void aLaterDayIsAnUpdateWithTheLatestFigure() {
    Disagreement d =
        dead(
            List.of(
                article("a", "The Sun", FIRST, "2016-11-10", "19:44:00"),
                article("b", "The Telegraph", LATER, "2016-11-11", "08:42:13")));
    assertThat(d.kind()).isEqualTo("number-update");
    assertThat(d.description()).contains("→").contains("(latest: The Telegraph, 2016-11-11 08:42");
    assertThat(d.values()).containsExactly("AT least two", "at least six");
  }

  @Test
  void theSameHourIsAConflictNamingBothSides() {
    Disagreement d =
        dead(
            List.of(
                article("a", "The Sun", FIRST, "2016-11-11", "08:00:00"),
                article("b", "The Telegraph", LATER, "2016-11-11", "08:42:13")));
    assertThat(d.kind()).isEqualTo("number");
    assertThat(d.description()).contains("The Sun").contains("The Telegraph").contains(" vs ");
  }

  @Test
  void hoursApartOnOneDayIsAnUpdate() {
    Disagreement d =
        dead(
            List.of(
                article("a", "The Sun", FIRST, "2016-11-11", "01:11:34"),
                article("b", "The Telegraph", LATER, "2016-11-11", "08:42:13")));
    assertThat(d.kind()).isEqualTo("number-update");
  }

  @Test
  void undatedTimesOfOneDayConflict() {
    Disagreement d =
        dead(
            List.of(
                article("a", "The Sun", FIRST, "2016-11-11", null),
                article("b", "The Telegraph", LATER, "2016-11-11", null)));
    assertThat(d.kind()).isEqualTo("number");
  }
}
