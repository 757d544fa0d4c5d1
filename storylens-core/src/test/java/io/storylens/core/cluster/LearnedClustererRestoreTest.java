// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storylens.core.embed.Embedder;
import io.storylens.core.embed.Embedders;
import io.storylens.core.embed.StoredEmbeddings;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.ingest.InputFile;
import io.storylens.model.Article;
import io.storylens.store.Database;
import io.storylens.store.EmbeddingTable;
import io.storylens.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding path resumes after a restart from its exported state and the store's embeddings:
 * nothing is embedded again, and later articles are placed as an uninterrupted clusterer places
 * them.
 */
class LearnedClustererRestoreTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void aRestartResumesFromTheStoredEmbeddingsWithoutEmbeddingAgain() throws Exception {
    List<ClusterDoc> seeds = new ArrayList<>();
    Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    try (var files = Files.list(Fixtures.seeds())) {
      for (Path p : files.sorted().toList()) {
        Article a = ingestor.read(new InputFile(p.getFileName().toString(), p)).articles().get(0);
        seeds.add(ClusterDoc.of(a, CLOCK));
      }
    }
    AtomicInteger calls = new AtomicInteger();
    Embedder minilm = Embedders.named(LinkModel.shipped().embedder());
    Embedder counting =
        text -> {
          calls.incrementAndGet();
          return minilm.embed(text);
        };
    Path file = dir.resolve("store.db");
    LearnedState saved;
    Clustering uninterrupted;
    try (Database db = Database.open(file)) {
      LearnedClusterer live = clusterer(counting, db);
      seeds.subList(0, 3).forEach(live::assign);
      saved = live.export();
      seeds.subList(3, 5).forEach(live::assign);
      uninterrupted = live.clustering();
    }
    assertThat(calls).hasValue(5);
    assertThat(saved.placements()).hasSize(3);

    Map<String, ClusterDoc> byId = new HashMap<>();
    seeds.forEach(d -> byId.put(d.id(), d));
    try (Database db = Database.open(file)) {
      StoredEmbeddings stored =
          new StoredEmbeddings(counting, LinkModel.shipped().embedder(), new EmbeddingTable(db));
      LearnedClusterer resumed =
          LearnedClusterer.restore(
              saved,
              LinkModel.shipped(),
              GroupingSettings.defaults(),
              new GroupingSignals(stored, new CapitalizedPhrases())::of,
              byId::get);
      assertThat(calls).hasValue(5);
      assertThat(resumed.export()).isEqualTo(saved);
      // Already placed: the recorded event comes back, nothing is decided again.
      assertThat(resumed.assign(seeds.get(1)).event()).isEqualTo(saved.placements().get(1).event());
      seeds.subList(3, 5).forEach(resumed::assign);
      assertThat(calls).hasValue(5);
      assertThat(resumed.clustering()).isEqualTo(uninterrupted);
    }
  }

  @Test
  void aStateNamingAMissingArticleIsRefusedByName() {
    LearnedState state =
        new LearnedState(
            List.of(new LearnedState.Placement("gone-1", "ev-1", "sl-1", 1_640_995_200L, true)));
    assertThatThrownBy(
            () ->
                LearnedClusterer.restore(
                    state,
                    LinkModel.shipped(),
                    GroupingSettings.defaults(),
                    d -> {
                      throw new AssertionError("no signals without a document");
                    },
                    id -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gone-1");
  }

  private static LearnedClusterer clusterer(Embedder embedder, Database db) {
    return new LearnedClusterer(
        LinkModel.shipped(),
        GroupingSettings.defaults(),
        new GroupingSignals(
            new StoredEmbeddings(embedder, LinkModel.shipped().embedder(), new EmbeddingTable(db)),
            new CapitalizedPhrases()));
  }
}
