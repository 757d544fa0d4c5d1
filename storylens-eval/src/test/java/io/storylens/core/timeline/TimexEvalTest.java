// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timex evaluation on a few TempEval-3 documents (the whole set runs from the CLI). */
class TimexEvalTest {
  @NeedsSharedData
  @Test
  void scoresASmallSubsetPerFolder(@TempDir Path dir) throws IOException {
    Path train = Fixtures.sharedData("tempeval3").resolve("train");
    for (String f :
        List.of(
            "TimeBank/wsj_0006.tml",
            "TimeBank/APW19980213.1310.tml",
            "AQUAINT/APW19980807.0261.tml")) {
      Path target = dir.resolve(f);
      Files.createDirectories(target.getParent());
      Files.copy(train.resolve(f), target);
    }
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Map<String, Object> figures =
        new TimexEval().run(dir, new PrintStream(buf, true, StandardCharsets.UTF_8));
    String table = buf.toString(StandardCharsets.UTF_8);
    assertThat(table).contains("TimeBank").contains("AQUAINT").contains("all");
    assertThat(figures)
        .containsKeys("strict_f1", "relaxed_f1", "type_accuracy", "value_f1", "timexes");
    assertThat((int) figures.get("timexes")).isPositive();
    assertThat((double) figures.get("relaxed_f1")).isBetween(0.5, 1.0);
    assertThat((double) figures.get("value_f1")).isBetween(0.3, 1.0);
  }

  @NeedsSharedData
  @Test
  void readsDctAndGoldSpans() {
    TimeMl doc =
        TimeMl.read(Fixtures.sharedData("tempeval3").resolve("train/AQUAINT/APW19980807.0261.tml"));
    assertThat(doc.dct()).hasToString("1998-08-07");
    TimeMl.Span first = doc.timexes().get(0);
    assertThat(doc.text().substring(first.begin(), first.end())).isEqualTo("Friday");
    assertThat(first.value()).isEqualTo("1998-08-07");
  }

  @Test
  void scoreFollowsTempEvalDefinitions() {
    TempEvalScore s = new TempEvalScore();
    s.add(
        List.of(
            new TimeMl.Span(0, 6, "DATE", "1998-08-07"),
            new TimeMl.Span(10, 20, "DURATION", "P2W")),
        List.of(
            new TempEvalScore.Found(0, 6, "DATE", "1998-08-07"),
            new TempEvalScore.Found(12, 20, "DATE", "P2W"),
            new TempEvalScore.Found(30, 35, "DATE", "1998")));
    assertThat(s.strictF1()).isEqualTo(2 * (1 / 3.0) * (1 / 2.0) / (1 / 3.0 + 1 / 2.0));
    assertThat(s.relaxedF1()).isEqualTo(0.8);
    assertThat(s.typeAccuracy()).isEqualTo(0.5);
    assertThat(s.valueF1()).isEqualTo(0.8);
  }
}
