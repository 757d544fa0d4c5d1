// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storylens.core.learn.WeightsFile;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.quotes.SpeakerConfidence;
import io.storylens.model.StorylensException;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
            "gold_quotes",
            "shown_speaker_precision");
    assertThat(f).containsEntry("events", 1).containsEntry("gold_quotes", 8);
    // The eight quotations of this event are plainly marked; every one must be found.
    assertThat(f).containsEntry("quote_recall", 1.0);
    assertThat((double) f.get("key_date_recall")).isGreaterThan(0.5);
    assertThat(buf.toString(StandardCharsets.UTF_8)).contains("event 12 ");
  }

  /**
   * Two folders pooled: one with its own articles, one pointing to the shared corpus; only the
   * annotated events' articles are analyzed; the speaker model is fitted and written from them.
   */
  @Test
  @NeedsSharedData
  void poolsFoldersReadsArticlesThroughAPointerAndFitsTheSpeakerModel() throws Exception {
    Path gold = Fixtures.sharedData("dossier-gold");
    Path corpus = Fixtures.sharedData("news-clusters").resolve("dev.jsonl");
    Path first = dir.resolve("first");
    Files.createDirectories(first.resolve("gold"));
    Files.write(
        first.resolve("articles.jsonl"),
        Files.readAllLines(gold.resolve("articles.jsonl")).stream()
            .filter(l -> l.contains("\"event_id\": 12,"))
            .toList());
    Files.copy(gold.resolve("gold/12.json"), first.resolve("gold/12.json"));
    Path second = dir.resolve("second");
    Files.createDirectories(second.resolve("gold"));
    Files.copy(
        Fixtures.repoRoot().resolve("data/dossier-gold-extra/gold/4.json"),
        second.resolve("gold/4.json"));
    Files.writeString(second.resolve("articles-from.txt"), "# the shared corpus\n" + corpus + "\n");
    List<Integer> analyzed = new ArrayList<>();
    DossierEval eval =
        new DossierEval(
            false,
            a -> {
              analyzed.add(a.size());
              return new Analyzer().analyze(a);
            });
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    List<DossierEval.Found> found = eval.score(List.of(first, second), out).found();
    assertThat(analyzed).containsExactly(3 + 5); // not the 198 articles of the corpus
    assertThat(found).extracting(DossierEval.Found::event).contains("12", "4");
    Path weights = dir.resolve("speaker-confidence.tsv");
    Map<String, Object> f =
        SpeakerTrainer.report(SpeakerTrainer.samples(found), out, weights.toString());
    assertThat(f).containsEntry("events", 2);
    assertThat((double) f.get("cv_shown_precision")).isBetween(0.0, 1.0);
    WeightsFile.Model m =
        WeightsFile.parse("fitted", Files.readString(weights), SpeakerConfidence.FEATURES);
    assertThat(m.threshold()).isEqualTo(0.666667);
    assertThat(buf.toString(StandardCharsets.UTF_8)).contains("leave-events-out");
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
