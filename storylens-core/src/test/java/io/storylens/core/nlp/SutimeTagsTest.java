// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.testkit.NeedsModels;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SUTime's values are a function of the document, not of what the process annotated before. */
@NeedsModels // SUTime's rule files ship in the CoreNLP models jar
class SutimeTagsTest {
  /** A Wednesday, so that the last Monday and the next one differ. */
  private static final Optional<LocalDate> DATE = Optional.of(LocalDate.of(2018, 1, 3));

  /** A weekday SUTime's tense rules leave untensed: its verb is four words away. */
  private static final String UNTENSED =
      "“We all noticed it was too low,” he said in a phone interview on Monday.";

  /** A future-tense weekday, which tags SUTime's shared MONDAY variable "resolve forward". */
  private static final String FUTURE =
      "“The authorities are concentrating on the process of recovering the bodies,” Costa Rica's"
          + " president said, confirming the investigation into the causes of the accident will"
          + " begin Monday.";

  private static List<String> values(String text) {
    return LanguageAnnotator.coreNlp(NlpMode.TIME).annotate(text, DATE).timexes().stream()
        .map(t -> t.text() + "=" + t.value())
        .toList();
  }

  @Test
  void aWeekdayReadsTheSameBeforeAndAfterAFutureTenseDocument() {
    List<String> first = values(UNTENSED);
    List<String> future = values(FUTURE);
    assertThat(future).contains("Monday=2018-01-08");
    assertThat(values(UNTENSED)).isEqualTo(first);
  }
}
