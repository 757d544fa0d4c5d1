// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storylens.testkit.Fixtures;
import java.nio.file.Files;
import java.util.ArrayList;
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
  void apostrophesSplitWordsInRougeForm() {
    assertThat(Tokens.wordsApostrophesSplit("Russia's 2,000 TROOPS—near Ukraine’s border; Łódź."))
        .containsExactly(
            "russia", "s", "2", "000", "troops", "near", "ukraine", "s", "border", "łódź");
    assertThat(Tokens.wordsApostrophesSplit("don't re-elect O'Neill"))
        .containsExactly("don", "t", "re", "elect", "o", "neill");
  }

  @Test
  void contentWordsDropStopWordsAndStopAtTheLimit() throws Exception {
    String text = Files.readString(Fixtures.seed("000"));
    List<String> all = Tokens.contentWords(text);
    assertThat(all).hasSizeGreaterThan(100).doesNotContain("the", "and", "said");
    assertThat(all)
        .isEqualTo(
            Tokens.words(text).stream().filter(w -> !Tokens.STOP_WORDS.contains(w)).toList());
    for (String stop : Tokens.STOP_WORDS) {
      assertThat(Tokens.contentWords("x " + stop + " " + stop + "q"))
          .containsExactly("x", stop + "q");
    }
    assertThat(Tokens.contentWords(text, 40)).isEqualTo(all.subList(0, 40));
    assertThat(Tokens.contentWords(text, 0)).isEmpty();
    assertThat(Tokens.contentWords(text, 1_000_000)).isEqualTo(all);
    assertThatThrownBy(() -> Tokens.contentWords(text, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void blockwiseScanningSplitsNoWordAtABlockBoundary() throws Exception {
    // Words straddle the 2,048-character blocks of the scanner at every offset.
    StringBuilder b = new StringBuilder();
    for (int i = 0; b.length() < 9_000; i++) {
      b.append("Word").append(i).append(i % 7 == 0 ? "’s " : " ");
    }
    for (java.nio.file.Path p : Files.list(Fixtures.seeds()).sorted().toList()) {
      b.append(Files.readString(p));
    }
    for (int cut = 2_030; cut < 2_070; cut++) {
      String text = b.substring(cut);
      assertThat(Tokens.words(text)).as("from %d", cut).isEqualTo(reference(text));
    }
  }

  /** The plain definition: lower-cased letter/digit runs, apostrophes inside words dropped. */
  private static List<String> reference(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (char ch : (text + " ").toCharArray()) {
      if (Character.isLetterOrDigit(ch)) {
        cur.append(Character.toLowerCase(ch));
      } else if ((ch == '\'' || ch == '’') && cur.length() > 0) {
        continue;
      } else if (cur.length() > 0) {
        out.add(cur.toString());
        cur.setLength(0);
      }
    }
    return out;
  }
}
