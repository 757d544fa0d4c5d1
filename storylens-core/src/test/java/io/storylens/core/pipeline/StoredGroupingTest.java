// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.cluster.ClusterDoc;
import io.storylens.core.cluster.Clusterer;
import io.storylens.core.cluster.LinkModel;
import io.storylens.core.dedup.DerivationLinker;
import io.storylens.core.embed.Embedder;
import io.storylens.core.embed.Embedders;
import io.storylens.core.embed.MiniLmEmbedder;
import io.storylens.core.embed.StoredEmbeddings;
import io.storylens.core.nlp.LanguageLayer;
import io.storylens.core.nlp.NlpMode;
import io.storylens.core.nlp.SqliteAnnotationCache;
import io.storylens.model.Article;
import io.storylens.store.Database;
import io.storylens.store.EmbeddingTable;
import io.storylens.store.SqliteAnalysisStore;
import io.storylens.store.SqliteArticleStore;
import io.storylens.testkit.NeedsModels;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grouping path is kept with the analysis: a restart on the embedding path replays its
 * placements over the stored embeddings (nothing is embedded again), and a restart on another path
 * groups again instead of reading the other path's state.
 */
class StoredGroupingTest {
  /** The embedder the shipped link model was fitted on, and the name its vectors are kept under. */
  private static final String MODEL = LinkModel.shipped().embedder();

  private static final Embedder GROUPING = Embedders.named(MODEL);

  @TempDir Path dir;

  /** How many texts the embedding model was run on. */
  private final AtomicInteger embedded = new AtomicInteger();

  private ClusterStage embedding(Database db) {
    return ClusterStage.embedding(
        new StoredEmbeddings(counting(GROUPING), MODEL, new EmbeddingTable(db)));
  }

  private Embedder counting(Embedder embedder) {
    return text -> {
      embedded.incrementAndGet();
      return embedder.embed(text);
    };
  }

  private static StoredAnalysis kept(Database db, ClusterStage grouping) {
    return new StoredAnalysis(
        Analyzer.builder()
            .linker(new DerivationLinker())
            .language(LanguageLayer.of(NlpMode.analysis(), new SqliteAnnotationCache(db)))
            .clusters(grouping)
            .build(),
        new SqliteAnalysisStore(db));
  }

  @Test
  @NeedsModels
  void aRestartOnTheEmbeddingPathEmbedsOnlyNewArticles() {
    Path file = dir.resolve("s.db");
    List<Article> seeds = StoredAnalysisTest.seeds();
    List<Article> first = seeds.subList(0, 4);
    Report before;
    try (Database db = Database.open(file)) {
      new SqliteArticleStore(db).putAll(first);
      StoredAnalysis a = kept(db, embedding(db));
      assertThat(a.resume(first)).isFalse();
      before = a.analyze(first, true);
      assertThat(embedded).hasValue(4);
      assertThat(a.publishedGrouping()).contains(ClusterStage.EMBEDDING);
    }
    embedded.set(0);
    Set<Set<String>> resumedGroups;
    try (Database db = Database.open(file)) {
      new SqliteArticleStore(db).putAll(seeds);
      List<Article> stored = new SqliteArticleStore(db).all();
      StoredAnalysis a = kept(db, embedding(db));
      assertThat(a.resume(stored)).isTrue();
      assertThat(embedded).hasValue(0);
      assertThat(StoredAnalysisTest.groups(a.analyze(first, false)))
          .isEqualTo(StoredAnalysisTest.groups(before));
      Report next = a.analyze(stored, true);
      // The fifth seed alone is embedded; the first four come from the store.
      assertThat(embedded).hasValue(1);
      assertThat(next.articles()).hasSize(5);
      resumedGroups = StoredAnalysisTest.groups(next);
      assertThat(a.published(stored).orElseThrow().generation()).isEqualTo(2);
    }
    // The same grouping as an embedding analysis that never stopped.
    try (Database db = Database.open(dir.resolve("fresh.db"))) {
      new SqliteArticleStore(db).putAll(seeds);
      assertThat(StoredAnalysisTest.groups(kept(db, embedding(db)).analyze(seeds, false)))
          .isEqualTo(resumedGroups);
    }
  }

  @Test
  @NeedsModels
  void anotherGroupingPathGroupsAgainAndRecordsItself() {
    Path file = dir.resolve("s.db");
    List<Article> seeds = StoredAnalysisTest.seeds();
    Report cheap;
    try (Database db = Database.open(file)) {
      new SqliteArticleStore(db).putAll(seeds);
      cheap = kept(db, ClusterStage.STANDARD).analyze(seeds, true);
    }
    try (Database db = Database.open(file)) {
      StoredAnalysis a = kept(db, embedding(db));
      assertThat(a.publishedGrouping()).contains(ClusterStage.CHEAP);
      // The cheap path's state is not the embedding path's: not taken up.
      assertThat(a.resume(seeds)).isFalse();
      Report grouped = a.analyze(seeds, true);
      assertThat(embedded).hasValue(5);
      assertThat(a.computed()).isZero(); // per-article results do not depend on the path
      assertThat(a.publishedGrouping()).contains(ClusterStage.EMBEDDING);
      // The seeds' three happenings: three events on the cheap path, fewer on the embedding path.
      assertThat(grouped.events().size()).isLessThan(cheap.events().size());
    }
    try (Database db = Database.open(file)) {
      StoredAnalysis a = kept(db, ClusterStage.STANDARD);
      assertThat(a.resume(seeds)).isFalse();
      assertThat(StoredAnalysisTest.groups(a.analyze(seeds, true)))
          .isEqualTo(StoredAnalysisTest.groups(cheap));
      assertThat(a.publishedGrouping()).contains(ClusterStage.CHEAP);
    }
  }

  @Test
  @NeedsModels
  void aGroupingKeptWithAnotherEmbedderIsGroupedAgainOnVectorsOfTheCurrentOne() {
    Path file = dir.resolve("s.db");
    List<Article> seeds = StoredAnalysisTest.seeds();
    // An analysis kept by an earlier version of the embedding path: the library embedder's vectors
    // under its own name, and a grouping identity naming that embedder and another model.
    try (Database db = Database.open(file)) {
      new SqliteArticleStore(db).putAll(seeds);
      ClusterStage current =
          ClusterStage.embedding(
              new StoredEmbeddings(
                  counting(new MiniLmEmbedder()), MiniLmEmbedder.MODEL, new EmbeddingTable(db)));
      ClusterStage earlier =
          new ClusterStage() {
            @Override
            public String name() {
              return EMBEDDING;
            }

            @Override
            public String identity() {
              return EMBEDDING + " " + MiniLmEmbedder.MODEL + " 0123456789ab";
            }

            @Override
            public Clusterer create() {
              return current.create();
            }

            @Override
            public KeptGrouping export(Clusterer clusterer) {
              return current.export(clusterer);
            }

            @Override
            public Clusterer restore(KeptGrouping state, Function<String, ClusterDoc> docs) {
              return current.restore(state, docs);
            }
          };
      kept(db, earlier).analyze(seeds, true);
      assertThat(new EmbeddingTable(db).count(MiniLmEmbedder.MODEL)).isEqualTo(5);
    }
    embedded.set(0);
    try (Database db = Database.open(file)) {
      StoredAnalysis a = kept(db, embedding(db));
      assertThat(a.publishedGrouping()).contains(ClusterStage.EMBEDDING);
      // Same path, other vectors: the placements are not replayed over the current vectors.
      assertThat(a.resume(seeds)).isFalse();
      Report grouped = a.analyze(seeds, true);
      // Every seed is embedded again by the current embedder and kept under its name; the old
      // vectors stay under theirs and are never read.
      assertThat(embedded).hasValue(5);
      assertThat(new EmbeddingTable(db).count(MODEL)).isEqualTo(5);
      assertThat(new EmbeddingTable(db).count(MiniLmEmbedder.MODEL)).isEqualTo(5);
      assertThat(a.computed()).isZero();
      // And the grouping kept now is taken up by the next process.
      try (Database again = Database.open(dir.resolve("fresh.db"))) {
        new SqliteArticleStore(again).putAll(seeds);
        assertThat(StoredAnalysisTest.groups(kept(again, embedding(again)).analyze(seeds, false)))
            .isEqualTo(StoredAnalysisTest.groups(grouped));
      }
    }
    embedded.set(0);
    try (Database db = Database.open(file)) {
      StoredAnalysis a = kept(db, embedding(db));
      assertThat(a.resume(seeds)).isTrue();
      a.analyze(seeds, false);
      assertThat(embedded).hasValue(0);
    }
  }
}
