// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java scorer against reference values printed by the benchmark's own {@code evaluate.py}
 * (Python 3.11), so the two cannot drift apart.
 */
class ShingleScoreTest {
  @Test
  void tokenizesLikePythonUnicodeWordRegex() {
    // re.findall(r'\w+', text) in Python 3.11 on the same string.
    String text = "naïve cafe\u0301 x² ½ Ⅻ foo_bar 日本語 ١٢٣ it’s don't a‿b \u200dz ß\u00a0q ǅx";
    assertThat(ShingleScore.tokenize(text))
        .containsExactly(
            "naïve", "cafe", "x²", "½", "Ⅻ", "foo_bar", "日本語", "١٢٣", "it", "s", "don", "t", "a",
            "b", "z", "ß", "q", "ǅx");
  }

  @Test
  void matchesPythonShingleCounts() {
    assertCounts(
        ShingleScore.match("one two three four five six", "one two three four five seven"),
        0.5,
        0.25,
        0.25);
    // Texts shorter than four tokens make one short shingle.
    assertCounts(ShingleScore.match("Hello, world!", "Hello world"), 1, 0, 0);
    assertCounts(ShingleScore.match("Hello, world!", "Hello there"), 0, 0.5, 0.5);
    // Repeated shingles are counted, not deduplicated.
    assertCounts(ShingleScore.match("a b c d a b c d", "a b c d"), 0.2, 0, 0.8);
    assertCounts(ShingleScore.match("", ""), 0, 0, 0);
  }

  @Test
  void averagesLikePython() {
    // metrics_from_tp_fp_fns: an empty prediction counts for recall only; two empty texts count
    // for neither.
    ShingleScore.Totals t =
        ShingleScore.totals(
            List.of(
                ShingleScore.match("one two three four five six", "one two three four five seven"),
                ShingleScore.match("one two three four five", ""),
                ShingleScore.match("", "")));
    assertThat(t.precision()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(t.recall()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(t.f1()).isCloseTo(0.4444444444444444, within(1e-12));
    assertThat(t.items()).isEqualTo(3);
  }

  private static void assertCounts(ShingleScore.Counts c, double tp, double fp, double fn) {
    assertThat(c.tp()).isCloseTo(tp, within(1e-12));
    assertThat(c.fp()).isCloseTo(fp, within(1e-12));
    assertThat(c.fn()).isCloseTo(fn, within(1e-12));
  }
}
