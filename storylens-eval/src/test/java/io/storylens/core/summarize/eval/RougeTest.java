// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RougeTest {
  @Test
  void countsClippedBigramHitsOverModels() {
    Rouge r2 = new Rouge(2, 0);
    // model bigrams: "the cat", "cat sat" (2); peer has "the cat" only
    assertThat(r2.recall("The cats.", List.of("the cat sat"))).isEqualTo(0.5);
    // stemming: "sitting" -> "sit"; hyphen splits words
    assertThat(new Rouge(1, 0).recall("a well-known sitting", List.of("known sit"))).isEqualTo(1.0);
  }

  @Test
  void truncatesThePeerToTheWordLimit() {
    Rouge r1 = new Rouge(1, 2);
    assertThat(r1.recall("alpha beta gamma", List.of("gamma"))).isZero();
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> new Rouge(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Rouge(2, 0).recall("x", List.of())).hasMessageContaining("model");
  }

  /**
   * Re-scores two DUC 2006 participants (the best system, 24, and the baseline, 1) and compares
   * with NIST's ROUGE-1.5.5 jackknifed averages in nist-eval/ROUGE/rougejk.m.out.
   */
  @NeedsSharedData
  @Test
  void reproducesNistOfficialScoresOnDuc2006() throws IOException {
    Path duc = Fixtures.sharedData("duc2006");
    assertThat(average(duc, "24", 2)).isCloseTo(0.09505, within(0.002));
    assertThat(average(duc, "24", 1)).isCloseTo(0.40980, within(0.005));
    assertThat(average(duc, "1", 2)).isCloseTo(0.04947, within(0.002));
  }

  private static double average(Path duc, String system, int n) throws IOException {
    Rouge rouge = new Rouge(n, 0);
    TreeMap<String, List<String>> models = new TreeMap<>();
    try (Stream<Path> files = Files.list(duc.resolve("models"))) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        String set = name.substring(0, name.lastIndexOf('.'));
        models
            .computeIfAbsent(set, k -> new ArrayList<>())
            .add(Files.readString(f, StandardCharsets.ISO_8859_1));
      }
    }
    double sum = 0;
    for (var e : models.entrySet()) {
      Path peer = duc.resolve("nist-eval/ROUGE/peers").resolve(e.getKey() + "." + system);
      sum += rouge.jackknifed(Files.readString(peer, StandardCharsets.ISO_8859_1), e.getValue());
    }
    return sum / models.size();
  }
}
