// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tense of a whole sentence, on real news sentences, for a month too far from its verb. */
class TenseDetectorTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Silverman gushed over Sheen, her boyfriend of nearly four years, on his talk show in June. | PAST
          The couple, who were married in 2002 and share a daughter, quietly split the previous year. | PAST
          The Brazilian driver also said he expects to be part of a different racing series next year. | NONE
          Broadcom will hold a special meeting of shareholders in March. | NONE
          But in July 2013, their photogenic romance came to an end. | PAST
          This includes a recording, believed to have been recorded in December, that CNN obtained in April. | PAST
          """)
  void wholeSentence(String sentence, Tense expected) {
    assertThat(TenseDetector.ofSentence(sentence)).isEqualTo(expected);
  }
}
