// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {
  @Test
  void abbreviationsTitlesAndInitialsDoNotEndSentences() {
    assertThat(
            Sentences.split(
                "Mr. Biden spoke with U.S. allies on Jan. 12. Sen. Ben Sasse (R-NE) disagreed."
                    + " John F. Kennedy was cited. Prices rose 3.5 percent!"))
        .containsExactly(
            "Mr. Biden spoke with U.S. allies on Jan. 12.",
            "Sen. Ben Sasse (R-NE) disagreed.",
            "John F. Kennedy was cited.",
            "Prices rose 3.5 percent!");
  }

  @Test
  void closingQuotesStayWithTheirSentenceAndNewlinesSplit() {
    assertThat(
            Sentences.split(
                "“That's what diplomacy is about.” The talks start Monday.\nA new paragraph"))
        .containsExactly(
            "“That's what diplomacy is about.”", "The talks start Monday.", "A new paragraph");
  }

  @Test
  void spansPointIntoTheText() {
    String text = "One. Two words.";
    Sentences.Span second = Sentences.spans(text).get(1);
    assertThat(text.substring(second.start(), second.end())).isEqualTo("Two words.");
  }

  @Test
  void tokensIgnoreApostrophesAndCase() {
    assertThat(Tokens.words("Russia's NATO-led Russias"))
        .containsExactly("russias", "nato", "led", "russias");
    assertThat(Tokens.contentWords("The talks of the U.S.")).containsExactly("talks", "u");
  }
}
