// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticTest {
  /** Rows drawn from a known logistic model: 1.5·a − 2·b + 0.5, with b on a large scale. */
  private static final int N = 4000;

  private static double[][] x;
  private static boolean[] y;

  static {
    Random r = new Random(7);
    x = new double[N][];
    y = new boolean[N];
    for (int i = 0; i < N; i++) {
      double a = r.nextGaussian();
      double b = 100 * r.nextGaussian();
      x[i] = new double[] {a, b, 3.0};
      double p = 1 / (1 + Math.exp(-(1.5 * a - 0.02 * b + 0.5)));
      y[i] = r.nextDouble() < p;
    }
  }

  @Test
  void recoversTheWeightsOfTheModelThatMadeTheLabelsOnTheRawScale() {
    Logistic m = Logistic.fit(List.of("a", "b", "constant"), x, y, 0.0);
    assertThat(m.weights()[0]).isCloseTo(1.5, within(0.15));
    assertThat(m.weights()[1]).isCloseTo(-0.02, within(0.002));
    assertThat(m.weights()[2]).isZero(); // a constant feature carries nothing
    assertThat(m.bias()).isCloseTo(0.5, within(0.15));
    assertThat(m.probability(new double[] {0, 0, 3})).isCloseTo(0.62, within(0.04));
  }

  @Test
  void thePenaltyShrinksWeightsTowardZero() {
    Logistic free = Logistic.fit(List.of("a", "b", "c"), x, y, 0.0);
    Logistic shrunk = Logistic.fit(List.of("a", "b", "c"), x, y, 2000.0);
    assertThat(Math.abs(shrunk.weights()[0])).isLessThan(Math.abs(free.weights()[0]) * 0.8);
  }

  @Test
  void theFitIsDeterministic() {
    Logistic a = Logistic.fit(List.of("a", "b", "c"), x, y, 1.0);
    Logistic b = Logistic.fit(List.of("a", "b", "c"), x, y, 1.0);
    assertThat(a.weights()).isEqualTo(b.weights());
    assertThat(a.bias()).isEqualTo(b.bias());
  }

  @Test
  void oneClassOnlyGivesAProbabilityNearThatClass() {
    boolean[] all = new boolean[N];
    Arrays.fill(all, true);
    Logistic m = Logistic.fit(List.of("a", "b", "c"), x, all, 1.0);
    assertThat(m.probability(x[0])).isGreaterThan(0.99);
  }

  @Test
  void aVectorOfTheWrongLengthIsRefused() {
    Logistic m = new Logistic(List.of("a"), 0, new double[] {1});
    assertThatThrownBy(() -> m.probability(new double[] {1, 2}))
        .hasMessageContaining("expected 1 features [a]");
  }

  @Test
  void aWeightsFileRoundTripsAndAStaleFeatureListFailsAtOnce() {
    Logistic m = Logistic.fit(List.of("a", "b", "c"), x, y, 1.0);
    String text = WeightsFile.format(new WeightsFile.Model(m, 0.6), List.of("test model"));
    assertThat(text).startsWith("# test model\nthreshold\t0.600000\n");
    WeightsFile.Model back = WeightsFile.parse("test", text, List.of("a", "b", "c"));
    assertThat(back.threshold()).isEqualTo(0.6);
    assertThat(back.logistic().probability(x[1])).isCloseTo(m.probability(x[1]), within(1e-5));
    assertThatThrownBy(() -> WeightsFile.parse("test", text, List.of("a", "b", "d")))
        .hasMessageContaining("expected [a, b, d]");
  }
}
