// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.claims.Disagreements.NumberCandidate;
import io.storylens.core.claims.Disagreements.NumberModel;
import io.storylens.model.Article;
import io.storylens.model.Claim;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which figures of two articles are compared, and the features that tell one quantity apart. */
class NumberAlignmentTest {
  private static List<NumberCandidate> candidates(String a, String b) {
    List<Article> articles =
        List.of(Article.ofText("a", "outlet-a.txt", a), Article.ofText("b", "outlet-b.txt", b));
    ClaimExtractor extractor = new ClaimExtractor();
    List<Claim> claims = new ArrayList<>();
    articles.forEach(x -> claims.addAll(extractor.extract(x)));
    return Disagreements.numberCandidates(articles, Claims.merge(claims));
  }

  private static double feature(NumberCandidate c, String name) {
    return c.features()[NumberModel.FEATURES.indexOf(name)];
  }

  @Test
  void soldiersAndTroopsAreOneMeasure() {
    List<NumberCandidate> c =
        candidates(
            "Germany has nearly 1,000 troops in the war torn country and its consulate is in a"
                + " walled compound.",
            "Germany has about 850 soldiers at a base on the outskirts of Mazar-i-Sharif.");
    assertThat(c).singleElement().satisfies(x -> assertThat(x.subject()).isEqualTo("troop"));
  }

  @Test
  void nearFiguresAreCloseAndFarOnesAreNot() {
    NumberCandidate near =
        candidates(
                "Broadcom raised its offer, up from its initial offer of $70 a share, or $105"
                    + " billion, in November.",
                "This comes three months after Broadcom made an initial $103 billion offer.")
            .stream()
            .filter(x -> x.a().value().contains("105") || x.b().value().contains("105"))
            .findFirst()
            .orElseThrow();
    assertThat(feature(near, "close")).isEqualTo(1.0);
    NumberCandidate far =
        candidates(
                "More than 2,000 people signed a petition on Change.org.",
                "Almost 300,000 people signed a petition calling for justice.")
            .get(0);
    assertThat(feature(far, "close")).isEqualTo(0.0);
  }

  private static boolean pair(NumberCandidate c, String x, String y) {
    return c.a().value().equals(x) && c.b().value().equals(y)
        || c.a().value().equals(y) && c.b().value().equals(x);
  }

  @Test
  void figuresThatAnswerEachOtherAreNearest() {
    List<NumberCandidate> c =
        candidates(
            "The safety car was deployed for the opening seven laps and Sweden's Marcus Ericsson"
                + " then brought it back out on lap 13 when he smashed his Sauber backwards into"
                + " the barriers.",
            "Lap 14 Marcus Ericsson has a big smash and the safety car is out again. Lap 20 Kimi"
                + " Raikkonen has a huge smash and the race is red flagged.");
    // Lap 13 and lap 14 are each the other article's nearest lap; the seven opening laps and lap
    // 20 are not.
    assertThat(c)
        .filteredOn(x -> pair(x, "13", "14"))
        .singleElement()
        .satisfies(x -> assertThat(feature(x, "nearest")).isEqualTo(1.0));
    assertThat(c)
        .filteredOn(x -> !pair(x, "13", "14"))
        .isNotEmpty()
        .allSatisfy(x -> assertThat(feature(x, "nearest")).isEqualTo(0.0));
  }

  @Test
  void anArticleThatGivesBothFiguresKnowsTwoQuantities() {
    String a =
        "The new tax overhaul imposes a levy of 15.5 percent for earnings held in cash and 8"
            + " percent for earnings held in harder-to-sell assets.";
    String b =
        "Overseas income held as cash would be subject to a 15.5% rate, while non-cash holdings"
            + " would face an 8% rate.";
    List<NumberCandidate> c = candidates(a, b);
    // Each article gives both rates: for each the two figures are two quantities.
    assertThat(c)
        .isNotEmpty()
        .allSatisfy(x -> assertThat(feature(x, "other_knows")).isEqualTo(1.0));
    List<Article> articles =
        List.of(Article.ofText("a", "outlet-a.txt", a), Article.ofText("b", "outlet-b.txt", b));
    assertThat(Disagreements.find(articles)).isEmpty();
    // One that gives a single rate knows nothing of the other.
    List<NumberCandidate> one =
        candidates(a, "Companies will pay a tax of 10% on their foreign earnings held in cash.");
    assertThat(one)
        .isNotEmpty()
        .allSatisfy(x -> assertThat(feature(x, "other_knows")).isEqualTo(0.0));
  }

  @Test
  void aPartAgainstItsWholeIsMarked() {
    // Associated Press and the New York Times on the Concorde: 109 aboard and four on the ground
    // are the 113 killed.
    List<NumberCandidate> c =
        candidates(
            "The July 25 crash killed all 109 people aboard, mainly German tourists, and four on"
                + " the ground.",
            "The French agency described the piece of metal that may have triggered the crash that"
                + " killed 113 people.");
    assertThat(c)
        .filteredOn(x -> pair(x, "109", "113"))
        .singleElement()
        .satisfies(x -> assertThat(feature(x, "part_whole")).isEqualTo(1.0));
    // The shipped model refuses the pair that the writer's own sum explains.
    List<Article> concorde =
        List.of(
            Article.ofText(
                "ap",
                "ap.txt",
                "In the aftermath of Tuesday's crash of a chartered Air France Concorde outside"
                    + " Paris, killing all 109 people on the airplane and four people on the"
                    + " ground, most members of the Concorde's clientele had few qualms about"
                    + " flying the jet again."),
            Article.ofText(
                "nyt",
                "nyt.txt",
                "As relatives paid tribute in Paris to the 113 people killed when their burning"
                    + " Air France Concorde jet plunged to earth Tuesday, experts converged on the"
                    + " crash site."));
    assertThat(Disagreements.find(concorde)).noneMatch(d -> d.kind().startsWith("number"));
    // 116 and 118 sailors: no sentence states the two between them.
    assertThat(
            candidates(
                "The supply of air for the 116 sailors on board was even smaller than believed.",
                "A senior officer said the 118 sailors on board could survive for two more weeks."))
        .filteredOn(x -> pair(x, "116", "118"))
        .singleElement()
        .satisfies(x -> assertThat(feature(x, "part_whole")).isEqualTo(0.0));
  }
}
