// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.timeline.TimexResolver;
import io.storylens.testkit.NeedsModels;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bad input: bounded, warned about, never a crash. */
@NeedsModels
class BadInputTest {
  private static final LanguageAnnotator TIME = LanguageAnnotator.coreNlp(NlpMode.TIME);
  private static final Optional<LocalDate> DATE = Optional.of(LocalDate.of(2021, 12, 28));

  @Test
  void thousandsOfTokensWithoutPunctuationAreCutIntoBoundedSentences() {
    String run = "the talks between the two sides went on and on without any result ".repeat(400);
    ArticleAnnotations a = TIME.annotate(run, DATE);
    assertThat(a.tokens()).isGreaterThan(5000);
    assertThat(a.warnings()).anyMatch(w -> w.contains("sentence break(s) forced"));
  }

  @Test
  void nonEnglishTextIsAnnotatedWithoutCrash() {
    ArticleAnnotations a =
        TIME.annotate(
            "Переговоры между Россией и США пройдут 10 января в Женеве. 俄美会谈将于一月举行。", DATE);
    assertThat(a.tokens()).isPositive();
  }

  @Test
  void impossibleDayKeepsItsMonthAndFiveDigitYearIsDropped() {
    ArticleAnnotations a =
        TIME.annotate("The summit was moved to February 30. It will end in the year 20222.", DATE);
    assertThat(
            a.timexes().stream()
                .filter(t -> t.text().contains("February"))
                .map(t -> TimexResolver.resolve(t, DATE).orElse("dropped")))
        .allMatch(v -> v.equals("2022-02") || v.equals("2021-02"))
        .isNotEmpty();
    assertThat(
            a.timexes().stream()
                .filter(t -> t.text().contains("20222"))
                .map(t -> TimexResolver.resolve(t, DATE)))
        .allMatch(Optional::isEmpty);
  }

  @Test
  void emptyTextHasNothing() {
    ArticleAnnotations a = TIME.annotate("", DATE);
    assertThat(a.tokens()).isZero();
    assertThat(a.timexes()).isEmpty();
  }
}
