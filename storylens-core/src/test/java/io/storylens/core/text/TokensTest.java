// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storylens.testkit.Fixtures;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {
  @Test
  void wordsAreLowerCasedLetterAndDigitRunsWithApostrophesDropped() {
    assertThat(Tokens.words("Russia's 2,000 TROOPS—near Ukraine’s border; Łódź."))
        .containsExactly("russias", "2", "000", "troops", "near", "ukraines", "border", "łódź");
    assertThat(Tokens.words("")).isEmpty();
    assertThat(Tokens.words("'quoted' ...")).containsExactly("quoted");
  }

  @Test
  void contentWordsDropStopWordsAndStopAtTheLimit() throws Exception {
    String text = Files.readString(Fixtures.seed("000"));
    List<String> all = Tokens.contentWords(text);
    assertThat(all).hasSizeGreaterThan(100).doesNotContain("the", "and", "said");
    assertThat(Tokens.contentWords(text, 40)).isEqualTo(all.subList(0, 40));
    assertThat(Tokens.contentWords(text, 0)).isEmpty();
    assertThat(Tokens.contentWords(text, 1_000_000)).isEqualTo(all);
    assertThatThrownBy(() -> Tokens.contentWords(text, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
