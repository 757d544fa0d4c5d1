// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.testkit.NeedsModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PronounSubjectsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // one person of the pronoun's gender before it: resolved
        "He said the talks would resume.|Secretary of State John Kerry met the delegation on"
            + " Monday.|John Kerry said the talks would resume.",
        "She later resigned.|The company's chief executive, Mary Barra, apologized to the"
            + " families.|Mary Barra later resigned.",
        "He was taken to hospital.|Police said Michael Brown's car left the road.|Michael Brown"
            + " was taken to hospital.",
        // a woman and a man: "she" is clear
        "She denied the report.|Hillary Clinton answered questions from Bob Dole.|Hillary Clinton"
            + " denied the report.",
      })
  @NeedsModels // the first-name list ships in the CoreNLP models jar
  void resolvesAClearAntecedent(String sentence, String previous, String expected) {
    assertThat(PronounSubjects.resolve(sentence, previous)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // two men before "He"
        "He said the talks would resume.|John Kerry met Sergei Lavrov in Geneva.",
        // the only person is a woman
        "He said the talks would resume.|Angela Merkel met the delegation.",
        // a surname alone tells no gender
        "He said the talks would resume.|Kerry met the delegation.",
        // no person at all
        "She said the plant would close.|The company announced losses on Monday.",
        // not a subject pronoun opening
        "His car left the road.|John Kerry met the delegation.",
        "They said the talks would resume.|John Kerry met the delegation.",
        // a name, not a pronoun, follows: "He Jiankui" is a person
        "He Jiankui defended his work.|Scientists criticized John Smith.",
      })
  void leavesAnUnclearAntecedentAlone(String sentence, String previous) {
    assertThat(PronounSubjects.resolve(sentence, previous)).isEmpty();
  }
}
