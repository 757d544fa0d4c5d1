// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import io.storylens.model.Disagreement;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Names of several words written with one word changed, on sentences of the dossier events. */
class NameVariantsTest {
  private static List<Disagreement> names(String... texts) {
    List<Article> articles =
        IntStream.range(0, texts.length)
            .mapToObj(i -> Article.ofText("a" + i, "outlet-" + i + ".txt", texts[i]))
            .toList();
    return Disagreements.find(articles).stream().filter(d -> d.kind().equals("name")).toList();
  }

  @Test
  void aWordOfAnOrganizationsNameChanged() {
    assertThat(
            names(
                "Harambe was a western lowland gorilla, a species that is considered to be"
                    + " critically endangered, according to the the World Wildlife Fund.",
                "Numbers of western lowland gorillas have declined by more than 60 percent over"
                    + " the last 20 to 25 years, according to the World Wildlife Federation."))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.values())
                    .containsExactly("World Wildlife Fund", "World Wildlife Federation"));
  }

  @Test
  void aLetterLostInsideANameByOneWriter() {
    assertThat(
            names(
                "The cohort is creating a union of concerned experts called the Center for Humane"
                    + " Technology.",
                "Now a group of former Apple, Facebook, and Google employees are joining the"
                    + " charge with a coalition called the Center for Humane Technology.",
                "The Center for Human Technology aims to \"reverse the digital attention"
                    + " crisis\"."))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.values().get(0)).endsWith("Humane Technology");
              assertThat(d.values().get(1)).endsWith("Human Technology");
            });
    assertThat(
            names(
                "The Tiangong-1, or Heavenly Palace, was originally decommissioned in 2013.",
                "Launched in 2011, Tiangong-1 — or “Heavenly Place” — served as China’s first ever"
                    + " crewed space station."))
        .singleElement()
        .satisfies(
            d -> assertThat(d.values()).containsExactly("Heavenly Palace", "Heavenly Place"));
  }

  @Test
  void formsOfOneWordPossessivesAndOtherThingsAreNoVariants() {
    // A country and its adjective, a possessive before a title: one name, written as it reads.
    assertThat(
            names(
                "A chaotic Brazilian Grand Prix was suspended on lap 20 after Kimi Raikkonen"
                    + " crashed out.",
                "Verstappen drove brilliantly to finish third at the Brazil Grand Prix on Sunday.",
                "Nigerian Vice President Yemi Osinbajo met with the freed girls in Abuja.",
                "The girls met Nigeria's Vice President Yemi Osinbajo in Abuja."))
        .isEmpty();
    // Two letters of a short word make another word: two wars, not one misspelled.
    assertThat(
            names(
                "The submarine was built in the last years of the Cold War.",
                "It was the worst disaster of the Russian navy since World War II.",
                "Such losses had not been seen since World War II."))
        .isEmpty();
    // Another race named by its own place: two happenings, not one name told two ways.
    assertThat(
            names(
                "Massa was struck on the head by a wheel at the Hungarian Grand Prix in 2009.",
                "Verstappen drove brilliantly to finish third at the Brazil Grand Prix, and Brazil"
                    + " cheered."))
        .isEmpty();
    // A word before the last says which one of a kind: two corporations, not one name misheard
    // (Associated Press copy on the Concorde).
    assertThat(
            names(
                "In 1962, the British Aircraft Corp. and Sud Aviation of France agreed to"
                    + " cooperate.",
                "A pilot who flew for British Airways for 15 years told the British Broadcasting"
                    + " Corp. that the engines were reliable."))
        .isEmpty();
  }
}
