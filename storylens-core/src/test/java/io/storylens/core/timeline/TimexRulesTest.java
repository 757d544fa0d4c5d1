// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.nlp.ArticleAnnotations.RawTimex;
import io.storylens.core.nlp.LanguageAnnotator;
import io.storylens.core.nlp.NlpMode;
import io.storylens.core.nlp.Tense;
import io.storylens.testkit.NeedsModels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of {@link TimexRules} on real news sentences, from the table {@code
 * timeline/timex-rules.tsv}: sentence, article date, the expression SUTime finds, the value {@link
 * TimexResolver} gives it ({@code -}: dropped) and the rule that fires.
 */
class TimexRulesTest {
  private static final String TABLE = "/timeline/timex-rules.tsv";

  static Stream<Arguments> table() throws IOException {
    try (InputStream in = TimexRulesTest.class.getResourceAsStream(TABLE)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", -1))
          .map(c -> Arguments.of(c[4], c[2], c[3], c[1], c[0]))
          .toList()
          .stream();
    }
  }

  @NeedsModels
  @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
  @MethodSource("table")
  void ruleResolvesItsSentence(
      String rule, String expression, String expected, String date, String sentence) {
    Optional<LocalDate> anchor = Optional.of(LocalDate.parse(date));
    List<RawTimex> found = Time.ANNOTATOR.annotate(sentence, anchor).timexes();
    RawTimex t =
        found.stream()
            .filter(x -> x.text().equals(expression))
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no \""
                            + expression
                            + "\" among "
                            + found.stream().map(RawTimex::text).toList()));
    TimexResolver.Explanation e = TimexResolver.explain(t, anchor);
    assertThat(e.value().orElse("-"))
        .as("value of %s (rules %s)", t, e.rules())
        .isEqualTo(expected);
    assertThat(e.rules()).as("rules fired for %s", t).contains(rule);
  }

  /**
   * Values SUTime gives for no sentence we could find (its TIME mode reads "February 30" as the
   * month and does not tag "the year 20222"); the rules guard against them all the same.
   */
  private static final Set<String> NO_SENTENCE = Set.of("year-beyond-9999", "invalid-day");

  @Test
  void rulesWithoutASentenceOnSutimesValuesByHand() {
    Optional<LocalDate> d = Optional.of(LocalDate.of(2022, 1, 18));
    RawTimex fiveDigits = new RawTimex("20222", "DATE", "20222", 0, 5, 0, Tense.FUTURE);
    assertThat(TimexResolver.explain(fiveDigits, d).value()).isEmpty();
    assertThat(TimexResolver.explain(fiveDigits, d).rule()).isEqualTo("year-beyond-9999");
    RawTimex february30 = new RawTimex("February 30", "DATE", "2022-02-30", 0, 11, 0, Tense.PAST);
    TimexResolver.Explanation e = TimexResolver.explain(february30, d);
    assertThat(e.value()).contains("2022-02");
    assertThat(e.rules()).containsExactly("invalid-day", "month-without-year");
  }

  @Test
  void everyRuleIsTestedAndEveryNameIsKnown() throws IOException {
    Set<String> named =
        TimexRules.ALL.stream().map(TimexRules.Rule::name).collect(Collectors.toSet());
    Set<String> tested =
        Stream.concat(table().map(a -> (String) a.get()[0]), NO_SENTENCE.stream())
            .collect(Collectors.toSet());
    assertThat(tested).isEqualTo(named);
    assertThat(TimexRules.ALL).hasSize(named.size());
  }

  /** The time annotator, loaded only by the tests that need it. */
  private static final class Time {
    static final LanguageAnnotator ANNOTATOR = LanguageAnnotator.coreNlp(NlpMode.TIME);
  }
}
