// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import io.storylens.model.Disagreement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names spelled two ways, on sentences of the dossier development articles. */
class SpellingVariantsTest {
  private static List<Article> two(String a, String b) {
    return List.of(Article.ofText("a", "outlet-a.txt", a), Article.ofText("b", "outlet-b.txt", b));
  }

  private static List<Disagreement> names(String a, String b) {
    return Disagreements.find(two(a, b)).stream().filter(d -> d.kind().equals("name")).toList();
  }

  @Test
  void aPersonsNameSpelledTwoWays() {
    List<Disagreement> d =
        names(
            "At least two dead bodies had so far been brought to two city hospitals, said local"
                + " doctor Noor Mohammad Fayez.",
            "Noor Mohammad Faiz, the head doctor in the provincial hospital, said four dead bodies"
                + " had been brought in.");
    assertThat(d).hasSize(1);
    assertThat(d.get(0).values()).containsExactly("Mohammad Fayez", "Mohammad Faiz");
    assertThat(d.get(0).articles()).containsExactly("a", "b");
    assertThat(d.get(0).confidence()).isGreaterThanOrEqualTo(Disagreements.MIN_RULE_CONFIDENCE);
  }

  @Test
  void aPlaceSpelledTwoWays() {
    assertThat(
            names(
                "The deadly vehicle exploded in the northern city of Mazar-e-Sharif.",
                "The Taliban struck at the German Consulate in Mazar-i-Sharif late Thursday."))
        .singleElement()
        .satisfies(x -> assertThat(x.values()).containsExactly("Mazar-e-Sharif", "Mazar-i-Sharif"));
    assertThat(
            names(
                "The race was held in Sao Paulo on Sunday.",
                "The crowd in Sao Paula cheered their driver."))
        .isNotEmpty();
  }

  @Test
  void diacriticsInflectionsAndOtherNamesAreNoVariants() {
    assertThat(
            names(
                "Kimi Räikkönen spun and crashed into the wall.",
                "Kimi Raikkonen spun and crashed into the wall."))
        .isEmpty();
    assertThat(
            names(
                "Officials said troops from Russia massed near the border.",
                "Officials said Russian troops massed near the border."))
        .isEmpty();
    assertThat(
            names(
                "Lewis Hamilton won the race from Nico Rosberg.",
                "Lewis Hamilton won the race from Max Verstappen."))
        .isEmpty();
    // Two forms of one word differ at the end: no spelling of a name without a shared neighbour.
    assertThat(
            names(
                "Copyright 2017 The Associated Press. All rights reserved.",
                "Relatives told Pyle Associates that the plane had crashed."))
        .isEmpty();
    // A common word capitalized in a heading is no name.
    assertThat(
            names(
                "Police said there were Seven victims.",
                "Police said there were Eleven victims, and seven more were hurt."))
        .isEmpty();
  }

  @Test
  void aSlipInOneArticleOfANameTheStorySpellsOtherwise() {
    List<Article> articles =
        List.of(
            Article.ofText(
                "a",
                "npr.txt",
                "The television channel shows 17-year-old Harabe handling the child."),
            Article.ofText(
                "b", "cnn.txt", "The gorilla, Harambe, dragged the boy through the water."),
            Article.ofText(
                "c", "wapo.txt", "The zoo said that Harambe was killed to save the boy."));
    assertThat(Disagreements.find(articles).stream().filter(d -> d.kind().equals("name")))
        .singleElement()
        .satisfies(d -> assertThat(d.values()).containsExactlyInAnyOrder("Harambe", "Harabe"));
    // The same short names in one article each are as likely two people ("Jana", "Jane").
    assertThat(
            names(
                "The gorilla, Harambe, dragged the boy through the water.",
                "The television channel shows 17-year-old Harabe handling the child."))
        .isEmpty();
  }

  @Test
  void derivationsAgentEndingsCalendarWordsAndTwoPeopleAreNoVariants() {
    // "New Yorker" is a derivation of "New York", not another spelling.
    assertThat(
            names(
                "Maureen Dowd wrote in the New York Times about the crash.",
                "A writer for the New Yorker magazine described the crash."))
        .isEmpty();
    // "-or" and "-er" spell one agent noun.
    assertThat(
            names(
                "Later the Protesters marched to the city hall in Croydon.",
                "Later the Protestors marched to the city hall in Croydon."))
        .isEmpty();
    // A weekday misspelt is a slip of the calendar, not of a name.
    assertThat(
            names(
                "The couple announced on Monday that they had split up.",
                "The couple announced on Mnday that they had split up."))
        .isEmpty();
    // Beside different other names, two spellings are the names of two people.
    assertThat(
            names(
                "Local doctor Noor Mohammad Fayez said at least two dead bodies were brought in.",
                "Provincial police chief Sayed Muhammad Kamal said the attackers were killed."))
        .isEmpty();
  }

  @Test
  void aFunctionWordBesideTwoWordsIsNoSharedName() {
    // Two newspapers (Tanzania's "The National" and Kenya's "The Nation"), not one spelled twice;
    // "National" is also a derivation of "Nation".
    assertThat(
            names(
                "The suspects were named by The National, a newspaper in Dar es Salaam.",
                "The Nation, a Nairobi daily, reported that the suspects had been charged."))
        .isEmpty();
  }
}
