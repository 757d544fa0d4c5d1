// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkModelTest {
  @Test
  void theShippedModelRoundTripsAndWeighsSimilarityUpAndTimeGapsDown() {
    LinkModel m = LinkModel.shipped();
    LinkModel back = LinkModel.parse(m.write(List.of("copy")), "copy");
    assertThat(back.weights()).containsExactly(m.weights());
    assertThat(back.threshold()).isEqualTo(m.threshold());
    assertThat(m.storylineThreshold()).isLessThan(m.threshold());
    int dense = LinkFeatures.NAMES.indexOf("dense_centroid");
    int gap = LinkFeatures.NAMES.indexOf("log_gap_days");
    assertThat(m.weights()[dense]).isPositive();
    assertThat(m.weights()[gap]).isNegative();
  }

  @Test
  void aFileForOtherFeaturesOrWithoutALineIsRefusedByName() {
    String text = LinkModel.shipped().write(List.of());
    assertThatThrownBy(() -> LinkModel.parse(text.replace("log_size", "size"), "old.model"))
        .hasMessageContaining("old.model")
        .hasMessageContaining("run the trainer again");
    assertThatThrownBy(() -> LinkModel.parse(text.replaceAll("(?m)^threshold.*$", ""), "cut.model"))
        .hasMessageContaining("cut.model")
        .hasMessageContaining("threshold");
  }
}
