// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storylens.model.StorylensException;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimilarityEvalTest {
  @TempDir Path dir;

  @Test
  @NeedsSharedData
  void embeddingsCorrelateWithTheGoldSimilarityOfRealNewsPairs() {
    Path data = Fixtures.sharedData("news-similarity").resolve("training_set.en-en.csv");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Map<String, Object> f =
        new SimilarityEval().run(data, new PrintStream(buf, true, StandardCharsets.UTF_8));
    assertThat(f).containsKeys("pearson", "pairs");
    assertThat((int) f.get("pairs")).isEqualTo(SimilarityEval.read(data).size()).isGreaterThan(100);
    assertThat((double) f.get("pearson")).isGreaterThan(0.75);
  }

  @Test
  void pearsonOfKnownSeries() {
    assertThat(SimilarityEval.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 6}))
        .isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(SimilarityEval.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1}))
        .isEqualTo(-1.0, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(SimilarityEval.pearson(new double[] {1, 1}, new double[] {1, 2})).isZero();
  }

  @Test
  void aMissingColumnOrABadScoreNamesTheFileAndRow() throws Exception {
    Path noText2 = dir.resolve("a.csv");
    Files.writeString(noText2, "pair_id,text1,Overall\n1_2,\"some text\",2.0\n");
    assertThatThrownBy(() -> SimilarityEval.read(noText2))
        .isInstanceOf(StorylensException.class)
        .hasMessageContaining("a.csv")
        .hasMessageContaining("row 2")
        .hasMessageContaining("text2");
    Path bad = dir.resolve("b.csv");
    Files.writeString(bad, "pair_id,text1,text2,Overall\n1_2,\"x\",\"y\",high\n");
    assertThatThrownBy(() -> SimilarityEval.read(bad))
        .isInstanceOf(StorylensException.class)
        .hasMessageContaining("b.csv")
        .hasMessageContaining("high");
  }
}
