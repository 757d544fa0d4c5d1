// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.claims.Disagreements;
import io.storylens.core.claims.Disagreements.NumberModel;
import io.storylens.testkit.NeedsSharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisagreementModelTrainerTest {
  @Test
  @NeedsSharedData
  void refittingOnTheDevelopmentGoldReproducesTheShippedModel() throws Exception {
    // The shipped model is fitted on the development events pooled: the shared gold, the
    // project's own annotations of news-clusters events, and those of DUC 2006 newswire events.
    Path gold = io.storylens.testkit.Fixtures.sharedData("dossier-gold");
    io.storylens.testkit.Fixtures.sharedData("duc2006");
    Path extra = io.storylens.testkit.Fixtures.repoRoot().resolve("data/dossier-gold-extra");
    Path duc = io.storylens.testkit.Fixtures.repoRoot().resolve("data/dossier-gold-duc");
    DisagreementModelTrainer.Fit fit =
        DisagreementModelTrainer.fit(DisagreementModelTrainer.examples(List.of(gold, extra, duc)));
    String shipped;
    try (var in = Disagreements.class.getResourceAsStream(NumberModel.RESOURCE)) {
      shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThat(DisagreementModelTrainer.resource(fit)).isEqualTo(shipped);
    assertThat(NumberModel.THRESHOLD).isEqualTo(fit.threshold());
  }

  @Test
  void logisticRegressionLearnsTheSignOfAFeatureAndCrossValidatesByEvent() {
    int d = NumberModel.FEATURES.size();
    List<DisagreementModelTrainer.Example> examples = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      double[] x = new double[d];
      x[0] = 1;
      boolean y = i % 3 == 0;
      // near_overlap (index 10) is high for the listed pairs, with some noise
      x[10] = y ? 0.6 + (i % 5) / 20.0 : (i % 7) / 20.0;
      examples.add(new DisagreementModelTrainer.Example("e" + (i % 4), x, y, "synthetic " + i));
    }
    boolean[] all = new boolean[d];
    Arrays.fill(all, true);
    double[] w = DisagreementModelTrainer.logistic(examples, 0.1, all);
    assertThat(w[10]).isGreaterThan(1);
    double[] cv = DisagreementModelTrainer.crossValidated(examples, 0.1, all);
    double[] pr = DisagreementModelTrainer.precisionRecall(examples, cv, 0.5);
    assertThat(pr[0]).isGreaterThan(0.9);
    assertThat(pr[1]).isGreaterThan(0.9);
  }
}
