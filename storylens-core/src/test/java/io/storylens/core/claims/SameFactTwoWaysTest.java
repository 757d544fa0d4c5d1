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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One fact written two ways is no disagreement: house spelling, a figure at two precisions or
 * converted, a relative year counted from articles far apart, a sentence telling a history of
 * several years, a slip inside one article. Sentences from the dossier development articles.
 */
class SameFactTwoWaysTest {
  private static Article article(String id, String date, String text) {
    return Article.ofText(id, "outlet-" + id + ".txt", text)
        .withPublished(Sourced.of(LocalDate.parse(date), Provenance.JSON));
  }

  /** The flags of two articles, "a" and "b", published on the given days. */
  private static List<Disagreement> flags(String dayA, String textA, String dayB, String textB) {
    return Disagreements.find(List.of(article("a", dayA, textA), article("b", dayB, textB)));
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource({
    "Centre,Center,true",
    "Centres,Centers,true",
    "kilometres,kilometers,true",
    "defence,defense,true",
    "organisation,organization,true",
    "Süddeutsche,Sueddeutsche,true",
    "Sueddeutsche,Suddeutsche,true",
    "Strasse,Straße,true",
    "Timberlake,Timberake,false",
    "Fayez,Faiz,false",
    "Heavy,Heavt,false"
  })
  void spellingConventions(String a, String b, boolean same) {
    assertThat(SpellingConventions.sameWord(a, b)).isEqualTo(same);
  }

  @Test
  void britishAndAmericanSpellingIsNoSlotDifference() {
    List<Disagreement> d =
        flags(
            "2017-12-02",
            "The Falcon Heavy will lift off from the former Apollo 11 launchpad at the"
                + " Kennedy Space Center near Cape Canaveral, Florida.",
            "2017-12-02",
            "The Falcon Heavy will lift off from the former Apollo 11 launchpad at the"
                + " Kennedy Space Centre near Cape Canaveral, Florida.");
    assertThat(d).isEmpty();
  }

  @Test
  void umlautWrittenOutIsNoSpellingVariant() {
    List<Disagreement> d =
        flags(
            "2016-04-04",
            "The documents were obtained by the German newspaper Süddeutsche Zeitung and"
                + " shared with journalists.",
            "2016-04-04",
            "The leak was passed to the German newspaper Sueddeutsche Zeitung by an"
                + " anonymous source.");
    assertThat(d).isEmpty();
  }

  @Test
  void aSlipInsideOneArticleIsNoDisagreement() {
    List<Disagreement> d =
        flags(
            "2016-01-18",
            "The Mars Reconaissance Orbiter took the picture. The Mars Reconnaissance"
                + " Orbiter has circled Mars since 2006.",
            "2016-01-18",
            "Scientists studied the images of the red planet.");
    assertThat(d).filteredOn(x -> x.kind().equals("name")).isEmpty();
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource({
    "229.6,230,true",
    "229.6,229,true",
    "4.8,5,true",
    "230,229,false",
    "40,41,false",
    "5.13 million,roughly 4.7 million,false",
    "26700,28370,false"
  })
  void roundedFigures(String a, String b, boolean same) {
    assertThat(SameMeasure.rounded(a, b)).isEqualTo(same);
  }

  @Test
  void oneHeightConvertedTwoWaysIsNoConflict() {
    assertThat(
            SameMeasure.sameConversion(
                "Stretching 40 feet (12 meters) at the base and standing 230 feet (70 meters) tall,"
                    + " the Heavy is a triple dose of the Falcon 9.",
                "230",
                "The towering Falcon Heavy, measuring 229 feet (70 meters) tall and 40 feet (12"
                    + " meters) abreast, sat atop launch pad 39A Monday.",
                "229"))
        .isTrue();
    assertThat(
            SameMeasure.sameConversion(
                "THE FALCON HEAVY Height: 70 meters (229.6 feet) Stages: 2 Boosters: 2",
                "229.6",
                "The towering Falcon Heavy, measuring 229 feet (70 meters) tall.",
                "229"))
        .isTrue();
    // Payloads to two orbits convert to different masses: two quantities.
    assertThat(
            SameMeasure.sameConversion(
                "nearly 60,000 pounds (26,700 kilograms) to high-Earth orbit",
                "26,700",
                "can haul up to 62,540 pounds (28,370 kilograms) to a low-altitude orbit",
                "28,370"))
        .isFalse();
  }

  @Test
  void heightsOfOneRocketAreNoNumberFlag() {
    List<Disagreement> d =
        flags(
            "2018-02-05",
            "Stretching 40 feet (12 meters) at the base and standing 230 feet (70 meters)"
                + " tall, the Heavy is a triple dose of the Falcon 9.",
            "2018-02-06",
            "The towering Falcon Heavy, measuring 229 feet (70 meters) tall and 40 feet"
                + " (12 meters) abreast, sat atop launch pad 39A Monday.");
    assertThat(d).filteredOn(x -> x.kind().startsWith("number")).isEmpty();
  }

  @Test
  void aSentenceOfSeveralYearsGivesNoDate() {
    List<Disagreement> d =
        flags(
            "2017-12-02",
            "Earlier last week SpaceX said it had delayed the launch of its giant Falcon"
                + " Heavy rocket until 2018.",
            "2018-02-06",
            "Musk unveiled the Falcon Heavy rocket in 2011, and proclaimed then the"
                + " launcher would be ready for blastoff in 2013.");
    assertThat(d).filteredOn(x -> x.kind().equals("date")).isEmpty();
  }

  @Test
  void thisYearInArticlesTwoYearsApartIsNoConflict() {
    List<Disagreement> d =
        flags(
            "2016-09-21",
            "Chinese officials said Tiangong-1 would fall back to Earth this year after"
                + " they lost control of the space lab.",
            "2018-01-02",
            "Tiangong-1 would fall back to Earth this year, Chinese officials said, after"
                + " they lost control of the space lab.");
    assertThat(d).filteredOn(x -> x.kind().equals("date")).isEmpty();
  }
}
