// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import io.storylens.model.Disagreement;
import io.storylens.model.Provenance;
import io.storylens.model.Sourced;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dates of one happening told differently, on sentences of the dossier development articles. */
class DateAlignerTest {
  private static Article article(String id, String outlet, String day, String text) {
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
        Map.of());
  }

  private static List<Disagreement> dates(Article a, Article b) {
    return Disagreements.find(List.of(a, b)).stream().filter(d -> d.kind().equals("date")).toList();
  }

  @Test
  void aYearOfOneHappeningGivenTwoWays() {
    List<Disagreement> d =
        dates(
            article(
                "a",
                "Daily Mail",
                "2016-05-29",
                "Harambe came to Cincinnati in 2015 from the Gladys Porter Zoo in Brownsville,"
                    + " Texas."),
            article(
                "b",
                "RT",
                "2017-11-30",
                "Harambe was born at the Gladys Porter Zoo in Brownsville, Texas, and was"
                    + " transported to the Cincinnati Zoo in 2014."));
    assertThat(d)
        .singleElement()
        .satisfies(x -> assertThat(x.values()).containsExactly("2015", "2014"));
    assertThat(d.get(0).articles()).containsExactly("a", "b");
    assertThat(d.get(0).confidence()).isGreaterThanOrEqualTo(DateAligner.MIN_CONFIDENCE);
  }

  @Test
  void aWireDatelineIsTheDayOfTheReportNotOfWhatItReports() {
    String lead =
        " Egyptian aviation officials demanded that U.S. investigators release the full"
            + " cockpit recording of the crashed airliner.";
    assertThat(
            dates(
                article("a", "Xinhua", "2000-08-12", "CAIRO, August 12 (Xinhua) --" + lead),
                article("b", "Xinhua", "2000-08-13", "CAIRO, August 13 (Xinhua) --" + lead)))
        .isEmpty();
    // The same days written in the sentence are dates of the happening and still disagree.
    assertThat(
            dates(
                article("a", "Xinhua", "2000-08-14", "On August 12," + lead),
                article("b", "Xinhua", "2000-08-14", "On August 13," + lead)))
        .singleElement()
        .satisfies(x -> assertThat(x.values()).hasSize(2));
  }

  @Test
  void monthsWithoutAYearResolveAgainstThePublicationDate() {
    String remark =
        " that the social network was “ripping apart the social fabric of how society works.”";
    List<Disagreement> d =
        dates(
            article(
                "a",
                "New York Times",
                "2018-02-04",
                "Chamath Palihapitiya, a venture capitalist who was an early employee at Facebook,"
                    + " said in November"
                    + remark),
            article(
                "b",
                "BBC",
                "2018-02-06",
                "In December, former Facebook executive Chamath Palihapitiya said he felt guilty"
                    + " about helping create tools"
                    + remark));
    assertThat(d)
        .singleElement()
        .satisfies(
            x ->
                assertThat(x.values())
                    .containsExactly("November (November 2017)", "December (December 2017)"));
  }

  @Test
  void aWeekdayAndADateOfOneDayAgreeAndOtherHappeningsNeverMeet() {
    // The same day written two ways: Friday of an article of Friday 29 December is December 29.
    assertThat(
            dates(
                article(
                    "a",
                    "Washington Post",
                    "2017-12-29",
                    "Goldman said in a filing with the Securities and Exchange Commission early on"
                        + " Friday that it expects a $5 billion charge."),
                article(
                    "b",
                    "Daily Mail",
                    "2017-12-29",
                    "Goldman said in a filing with the Securities and Exchange Commission on Dec."
                        + " 29 that it expects a $5 billion charge.")))
        .isEmpty();
    // Two happenings of one person in two years: few words in common beside the name.
    assertThat(
            dates(
                article("a", "USA Today", "2016-11-13", "Massa joined Williams in 2014."),
                article(
                    "b",
                    "Daily Mail",
                    "2016-11-13",
                    "Massa left Ferrari in 2013 after eight highly successful years with the"
                        + " team.")))
        .isEmpty();
    // A sentence that gives both years speaks of two times.
    assertThat(
            dates(
                article(
                    "a",
                    "Reuters",
                    "2018-02-06",
                    "Broadcom moved from California in 2015 after a merger with rival Avago"
                        + " Technologies."),
                article(
                    "b",
                    "Japan Times",
                    "2018-02-06",
                    "Broadcom moved from California in 2016, a year after its 2015 merger with"
                        + " rival Avago Technologies.")))
        .isEmpty();
  }

  @Test
  void mentionsAreReadAndResolved() {
    LocalDate friday = LocalDate.parse("2017-12-29");
    assertThat(DateAligner.mentions("The bank said late Thursday that it would pay.", friday))
        .singleElement()
        .satisfies(m -> assertThat(m.first()).isEqualTo(LocalDate.parse("2017-12-28")));
    assertThat(DateAligner.mentions("The offer of Dec. 31, 2016 stood.", friday))
        .singleElement()
        .satisfies(m -> assertThat(m.grain()).isEqualTo(DateAligner.Grain.DAY));
    // A clock time, a price and a count are no years.
    assertThat(DateAligner.mentions("At 2100 GMT shares were $2015 and 1999% up.", friday))
        .isEmpty();
    // A scheduled day written the day before is this year's, not last year's.
    assertThat(
            DateAligner.mentions(
                "Mr. Biden will take the call on December 28.", LocalDate.parse("2021-12-27")))
        .singleElement()
        .satisfies(m -> assertThat(m.first()).isEqualTo(LocalDate.parse("2021-12-28")));
    assertThat(DateAligner.mentions("Theresa May said last month it was over.", friday))
        .singleElement()
        .satisfies(m -> assertThat(m.first()).isEqualTo(LocalDate.parse("2017-11-01")));
  }
}
