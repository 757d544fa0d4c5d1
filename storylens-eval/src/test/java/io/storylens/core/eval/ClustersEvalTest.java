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
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClustersEvalTest {
  @TempDir Path dir;

  @NeedsSharedData
  @Test
  void scoresAThirdOfTheDevSplitAndReportsEveryKey() throws Exception {
    List<String> lines =
        Files.readAllLines(Fixtures.sharedData("news-clusters").resolve("dev.jsonl"));
    // Every third line keeps events of all sizes while staying fast.
    List<String> subset =
        IntStream.range(0, lines.size()).filter(i -> i % 3 == 0).mapToObj(lines::get).toList();
    Path data = dir.resolve("subset.jsonl");
    Files.write(data, subset);
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Map<String, Object> f =
        new ClustersEval().run(data, new PrintStream(buf, true, StandardCharsets.UTF_8));
    assertThat(f)
        .containsKeys(
            "bcubed_precision",
            "bcubed_recall",
            "bcubed_f1",
            "pairwise_f1",
            "clusters",
            "gold_clusters",
            "articles",
            "embedding_bcubed_f1",
            "embedding_leave_events_out_bcubed_f1",
            "baseline_tfidf_bcubed_f1",
            "baseline_minilm_bcubed_f1");
    assertThat(f.get("articles")).isEqualTo(subset.size());
    assertThat((double) f.get("bcubed_f1")).isGreaterThan(0.85);
    // The learned combination beats the single-pass TF-IDF anchor on the same articles.
    assertThat((double) f.get("embedding_bcubed_f1"))
        .isGreaterThan((double) f.get("baseline_tfidf_leave_events_out_bcubed_f1"))
        .isGreaterThan(0.85);
    assertThat(buf.toString(StandardCharsets.UTF_8)).contains("B3", "pairwise", "leave-events-out");
  }

  @Test
  void undatedArticlesAreFlaggedAndStillScored() throws Exception {
    Path data = dir.resolve("d.jsonl");
    Files.writeString(
        data,
        "{\"id\":\"a\",\"event_id\":1,\"title\":\"Quake hits Chile\",\"text\":\"A strong"
            + " earthquake hit Chile.\",\"date_publish\":\"2018-01-01T10:00:00\"}\n"
            + "{\"id\":\"b\",\"event_id\":1,\"title\":\"Strong quake in Chile\",\"text\":\"An"
            + " earthquake struck Chile on Monday.\"}\n");
    List<ClustersEval.Item> items = ClustersEval.read(data);
    assertThat(items.get(1).doc().flags()).contains("date-missing");
    Map<String, Object> f =
        new ClustersEval()
            .run(data, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(f.get("articles")).isEqualTo(2);
  }

  @Test
  void malformedLinesNameTheFileAndLine() throws Exception {
    Path data = dir.resolve("bad.jsonl");
    Files.writeString(data, "{\"id\":\"a\",\"event_id\":1}\n{not json\n");
    assertThatThrownBy(() -> ClustersEval.read(data))
        .isInstanceOf(StorylensException.class)
        .hasMessageContaining("bad.jsonl:2");
  }
}
