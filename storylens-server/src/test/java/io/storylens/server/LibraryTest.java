// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.Report;
import io.storylens.core.pipeline.ReportWriter;
import io.storylens.model.Article;
import io.storylens.model.StorylensException;
import io.storylens.store.Database;
import io.storylens.store.SqliteArticleStore;
import io.storylens.testkit.NeedsModels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots, ingest and analysis coalescing, without HTTP. */
@NeedsModels
class LibraryTest {
  @TempDir Path dir;

  @Test
  void concurrentIngestsAreAllStoredAndVisibleWhenTheyReturn() throws Exception {
    AtomicInteger analyses = new AtomicInteger();
    Function<List<Article>, Report> counting =
        a -> {
          analyses.incrementAndGet();
          return new Analyzer().analyze(a);
        };
    try (Database db = Database.open(dir.resolve("t.db"));
        Library lib = new Library(new SqliteArticleStore(db), counting, IngestOptions.defaults())) {
      lib.refresh();
      int n = 24;
      ExecutorService pool = Executors.newFixedThreadPool(6);
      List<Future<Views.IngestResult>> results = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String body =
            " date 2022-01-" + (10 + i % 9) + " Article " + i + " says that talks went on.";
        results.add(
            pool.submit(
                () -> {
                  Views.IngestResult r =
                      lib.ingest(List.of(new Library.Input("t" + body.hashCode(), bytes(body))));
                  // Read-your-writes: the snapshot seen right after the call holds the article.
                  assertThat(lib.snapshot().article(r.added().get(0))).isPresent();
                  return r;
                }));
      }
      List<String> ids = new ArrayList<>();
      for (Future<Views.IngestResult> f : results) {
        ids.addAll(f.get().added());
      }
      pool.shutdown();
      assertThat(ids).hasSize(n).doesNotHaveDuplicates();
      assertThat(lib.snapshot().articleRefs()).hasSize(n);
      // Ingests that arrive while an analysis runs share the next one.
      assertThat(analyses.get()).isLessThanOrEqualTo(n + 1);
    }
  }

  @Test
  void reIngestingKnownArticlesIsIdempotentAndNeedsNoAnalysis() {
    AtomicInteger analyses = new AtomicInteger();
    Function<List<Article>, Report> counting =
        a -> {
          analyses.incrementAndGet();
          return new Analyzer().analyze(a);
        };
    try (Database db = Database.open(dir.resolve("r.db"));
        Library lib = new Library(new SqliteArticleStore(db), counting, IngestOptions.defaults())) {
      lib.refresh();
      Library.Input in =
          new Library.Input("same", bytes(" date 2022-01-10 Talks resumed in Geneva."));
      Views.IngestResult first = lib.ingest(List.of(in));
      int after = analyses.get();
      Views.IngestResult again = lib.ingest(List.of(in));
      assertThat(again.added()).isEmpty();
      assertThat(again.existing()).isEqualTo(first.added());
      assertThat(analyses.get()).isEqualTo(after);
      assertThat(lib.store().count()).isEqualTo(1);
    }
  }

  @Test
  void aFailingAnalysisKeepsTheArticlesAndTheOldSnapshot() {
    AtomicInteger calls = new AtomicInteger();
    Function<List<Article>, Report> flaky =
        a -> {
          if (calls.incrementAndGet() > 0) {
            throw new IllegalStateException("stage bug");
          }
          return new Analyzer().analyze(a);
        };
    try (Database db = Database.open(dir.resolve("f.db"));
        Library lib = new Library(new SqliteArticleStore(db), flaky, IngestOptions.defaults())) {
      Snapshot before = lib.refresh();
      assertThatThrownBy(
              () ->
                  lib.ingest(
                      List.of(new Library.Input("x", bytes(" date 2022-01-10 Some text here.")))))
          .isInstanceOf(StorylensException.class)
          .hasMessageContaining("articles are stored");
      assertThat(lib.snapshot()).isSameAs(before);
      assertThat(lib.store().count()).isEqualTo(1);
    }
  }

  @Test
  void inputsThatCannotBeReadAreReportedNotStored() {
    try (Database db = Database.open(dir.resolve("b.db"));
        Library lib =
            new Library(
                new SqliteArticleStore(db), new Analyzer()::analyze, IngestOptions.defaults())) {
      lib.refresh();
      Views.IngestResult r =
          lib.ingest(List.of(new Library.Input("bin", new byte[] {0, 1, 2, 3, 0, 0, 0, 5})));
      assertThat(r.added()).isEmpty();
      assertThat(r.problems()).hasSize(1);
      assertThat(r.problems().get(0).source()).isEqualTo("bin");
      assertThat(lib.store().count()).isZero();
    }
  }

  @Test
  void incrementalAnalysisServesWhatAFullOneWouldAndReusesUnchangedDossiers() throws Exception {
    List<Path> seeds;
    try (var files = java.nio.file.Files.list(io.storylens.testkit.Fixtures.seeds())) {
      seeds = files.sorted().toList();
    }
    try (Database db = Database.open(dir.resolve("i.db"));
        Library lib =
            new Library(
                new SqliteArticleStore(db),
                new Analyzer().incremental()::analyze,
                IngestOptions.defaults())) {
      lib.refresh();
      List<Library.Input> inputs = new ArrayList<>();
      for (Path p : seeds) {
        inputs.add(new Library.Input(p.getFileName().toString(), readAll(p)));
      }
      lib.ingest(inputs);
      Snapshot before = lib.snapshot();
      assertThat(ReportWriter.toJson(before.report()))
          .isEqualTo(ReportWriter.toJson(new Analyzer().analyze(lib.store().all())));

      // An unrelated article: every other dossier keeps its JSON, serialized once.
      Views.IngestResult r =
          lib.ingest(
              List.of(
                  new Library.Input(
                      "lyon",
                      bytes(
                          "Harvest festival opens in Lyon\n2022-01-20\n\nFarmers from the"
                              + " Rhone valley brought pumpkins, chestnuts and cider to the"
                              + " annual harvest festival on Thursday."))));
      Snapshot after = lib.snapshot();
      String added = r.added().get(0);
      int reused = 0;
      for (var d : after.report().dossiers()) {
        if (!d.articles().contains(added)) {
          assertThat(after.dossierJson(d.id()).orElseThrow())
              .isSameAs(before.dossierJson(d.id()).orElseThrow());
          reused++;
        }
      }
      assertThat(reused).isEqualTo(before.report().dossiers().size());
      // Fed in date order, the incremental analysis gives the full one.
      assertThat(ReportWriter.toJson(after.report()))
          .isEqualTo(ReportWriter.toJson(new Analyzer().analyze(lib.store().all())));
    }
  }

  private static byte[] readAll(Path p) throws java.io.IOException {
    return java.nio.file.Files.readAllBytes(p);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
