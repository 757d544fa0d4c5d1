// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
  @Test
  void matchesHandComputedFigures() {
    // gold: {a,b,c} {d}; predicted: {a,b} {c,d}
    Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "1", "d", "2");
    Map<String, String> pred = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
    ClusterScores s = ClusterScores.of(pred, gold);
    // B3 precision: a 1, b 1, c 1/2, d 1/2 -> 0.75; recall: a 2/3, b 2/3, c 1/3, d 1 -> 2/3
    assertThat(s.bcubedPrecision()).isCloseTo(0.75, offset(1e-9));
    assertThat(s.bcubedRecall()).isCloseTo(2.0 / 3, offset(1e-9));
    // pairs: predicted ab, cd; gold ab, ac, bc -> tp 1, precision 1/2, recall 1/3
    assertThat(s.pairwisePrecision()).isCloseTo(0.5, offset(1e-9));
    assertThat(s.pairwiseRecall()).isCloseTo(1.0 / 3, offset(1e-9));
    assertThat(s.predicted()).isEqualTo(2);
    assertThat(s.gold()).isEqualTo(2);
  }

  @Test
  void perfectGroupingScoresOne() {
    Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "2");
    ClusterScores s = ClusterScores.of(Map.of("a", "p", "b", "p", "c", "q"), gold);
    assertThat(s.bcubedF1()).isEqualTo(1.0);
    assertThat(s.pairwiseF1()).isEqualTo(1.0);
  }

  @Test
  void rejectsDifferentItemSets() {
    assertThatThrownBy(() -> ClusterScores.of(Map.of("a", "1"), Map.of("b", "1")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
