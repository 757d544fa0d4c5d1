// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRepairTest {
  private final TextRepair repair = new TextRepair();

  @Test
  void mojibakeFromUtf8ReadAsWindows1252IsRepaired() {
    TextRepair.Repaired r =
        repair.repair("Russiaâ€™s troops and the Kremlinâ€™s â€œred lineâ€\u009d");
    assertThat(r.text()).isEqualTo("Russia’s troops and the Kremlin’s “red line”");
    assertThat(r.flags()).contains("mojibake-repaired");
  }

  @Test
  void unambiguousContractionsGetTheirApostropheBack() {
    TextRepair.Repaired r = repair.repair("We dont know, and they didnt say. Its fine.");
    assertThat(r.text()).isEqualTo("We don't know, and they didn't say. Its fine.");
    assertThat(r.flags()).contains("apostrophes-repaired");
  }

  @Test
  void whiteSpaceAndInvisibleCharactersAreNormalized() {
    assertThat(repair.repair("Joe\u00A0Biden  said\u200B so").text())
        .isEqualTo("Joe Biden said so");
  }

  @Test
  void strippedQuotesAreDetectedOnlyWhereSpeechHasNoMarks() {
    String stripped =
        "It remains a source of concern, the White House official told reporters. If Russia"
            + " invades, the U.S. intends to bolster NATOs force posture, the official said.";
    assertThat(TextRepair.detectStrippedQuotes(stripped))
        .contains("quotes-stripped", "apostrophes-stripped");
    String quoted =
        "“It remains a source of concern,” the official said. Russia’s troops, he said.";
    assertThat(TextRepair.detectStrippedQuotes(quoted)).isEmpty();
  }
}
