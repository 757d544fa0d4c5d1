// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordDiffTest {
  /** Wordings of one quotation as two outlets carried it, the diff shown, and its meaning flag. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The U.S. and other European countries will hold a third meeting with Russian emissaries on January 13 | The U.S. and other European countries will also hold a third meeting with Russian representatives on Jan. 13 | +also -emissaries +representatives -January +Jan | true
          That obligation does not extend… to Ukraine. | That obligation does not extend to NATO – I mean to Ukraine. | +NATO +I +mean +to | true
          is not… in the cards right now. | is not on, in the cards right now. | +on | false
          There will be severe consequences. | There will be SEVERE consequences | '' | false
          The talks will not go ahead. | The talks will go ahead. | -not | true
          Russia has massed 100,000 troops | Russia has massed 175,000 troops | -100 +175 | true
          We are ready to talk. | We are really ready to talk. | +really | false
          """)
  void diffsWordsAndTellsWhetherMeaningCanChange(String a, String b, String diff, boolean meaning) {
    List<WordDiff.Change> changes = WordDiff.changes(WordDiff.words(a), WordDiff.words(b));
    assertThat(WordDiff.describe(changes)).isEqualTo(diff);
    assertThat(WordDiff.changesMeaning(changes)).isEqualTo(meaning);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a b c | x b c | false
          a b c | a x c | true
          a b c | a b x | false
          a b c | a b c d | false
          """)
  void aChangeIsInteriorWhenMatchedWordsLieOnBothSides(String a, String b, boolean interior) {
    List<WordDiff.Change> changes = WordDiff.changes(List.of(a.split(" ")), List.of(b.split(" ")));
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).interior()).isEqualTo(interior);
  }
}
