// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storylens.core.pipeline.Analyzer;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierEvalTest {
  @TempDir Path dir;

  /** The smallest gold event (three articles) through the whole pipeline. */
  @NeedsSharedData
  @Test
  void scoresOneGoldEventThroughTheWholePipeline() throws Exception {
    Path gold = Fixtures.sharedData("dossier-gold");
    List<String> lines =
        Files.readAllLines(gold.resolve("articles.jsonl")).stream()
            .filter(l -> l.contains("\"event_id\": 12,"))
            .toList();
    assertThat(lines).hasSize(3);
    Files.write(dir.resolve("articles.jsonl"), lines);
    Files.createDirectories(dir.resolve("gold"));
    Files.copy(gold.resolve("gold/12.json"), dir.resolve("gold/12.json"));
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Map<String, Object> f =
        new DossierEval(true, a -> new Analyzer().analyze(a))
            .run(dir, new PrintStream(buf, true, StandardCharsets.UTF_8));
    assertThat(f)
        .containsOnlyKeys(
            "quote_recall",
            "speaker_accuracy",
            "blank_speaker_rate",
            "marked_quote_precision",
            "disagreement_precision",
            "disagreement_recall",
            "timeline_precision",
            "key_date_recall",
            "trap_hits",
            "events",
            "gold_quotes");
    assertThat(f).containsEntry("events", 1).containsEntry("gold_quotes", 8);
    // The eight quotations of this event are plainly marked; every one must be found.
    assertThat(f).containsEntry("quote_recall", 1.0);
    assertThat((double) f.get("key_date_recall")).isGreaterThan(0.5);
    assertThat(buf.toString(StandardCharsets.UTF_8)).contains("event 12 ");
  }

  @Test
  void aGoldFileWithoutAQuoteStartIsAnErrorNamingFileAndField() throws Exception {
    Files.createDirectories(dir.resolve("gold"));
    Files.writeString(
        dir.resolve("gold/1.json"),
        "{\"event_id\":1,\"articles\":[\"a\"],\"quotes\":[{\"article\":\"a\",\"speaker\":\"X\"}]}");
    Files.writeString(dir.resolve("articles.jsonl"), "");
    assertThatThrownBy(() -> new DossierEval().run(dir, System.out))
        .isInstanceOf(StorylensException.class)
        .hasMessageContaining("1.json")
        .hasMessageContaining("'start'");
  }
}
