// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {
  @Test
  void termsAreRougeTokensStemmedAboveThreeCharacters() {
    // ROUGE-1.5.5 splits at apostrophes and hyphens and stems with Porter; short words stay.
    assertThat(new Terms().of("Russia's troops were massing near the Ukrainian border."))
        .containsExactly(
            "russia", "s", "troop", "were", "mass", "near", "the", "ukrainian", "border");
    assertThat(new Terms().of("The U.S.-led talks"))
        .containsExactly("the", "u", "s", "led", "talk");
  }

  @Test
  void wordCountIsWhitespaceSeparatedWords() {
    assertThat(Terms.wordCount("  U.S.-led   talks, again ")).isEqualTo(3);
    assertThat(Terms.wordCount("")).isZero();
  }
}
