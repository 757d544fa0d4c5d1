// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.IngestProblem;
import io.storylens.model.Article;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import io.storylens.store.ArticleStore;
import io.storylens.store.Database;
import io.storylens.store.ForwardingArticleStore;
import io.storylens.store.SqliteArticleStore;
import io.storylens.testkit.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Grouped commits of small inputs: what is reported is stored, and one bad input sinks nothing. */
class IngestServiceTest {
  @TempDir Path dir;

  /** The five seeds plus a binary file, as many small inputs. */
  private Path inputs() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    try (var s = Files.list(Fixtures.seeds())) {
      for (Path p : s.sorted().toList()) {
        Files.copy(p, in.resolve(p.getFileName()));
      }
    }
    Files.write(in.resolve("002b_binary.txt"), new byte[] {0, 1, 2, (byte) 0xFF, 0, 0, 7});
    return in;
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void everyReportedArticleIsStoredOnceAndReingestIsIdempotent(int readers) throws IOException {
    Path in = inputs();
    try (Database db = Database.open(dir.resolve("s.db"))) {
      SqliteArticleStore store = new SqliteArticleStore(db);
      IngestService service = new IngestService(IngestOptions.defaults(), store, readers);
      List<String> reported = new CopyOnWriteArrayList<>();
      List<Integer> progress = new ArrayList<>();
      IngestService.Summary first =
          service.ingest(
              List.of(in.toString()),
              (done, total, f) -> progress.add(done),
              p -> {},
              put -> reported.addAll(put.added()));
      assertThat(first.inputs()).isEqualTo(6);
      assertThat(first.added()).hasSize(5).containsExactlyElementsOf(reported);
      assertThat(first.problems())
          .extracting(IngestProblem::source)
          .anyMatch(s -> s.contains("002b_binary"));
      assertThat(progress).containsExactly(1, 2, 3, 4, 5, 6);
      assertThat(store.all()).extracting(Article::id).containsExactlyElementsOf(reported);
      // Input order is commit order, whatever the number of reader threads.
      assertThat(store.all().stream().map(Article::source).toList()).isSorted();

      IngestService.Summary again =
          service.ingest(List.of(in.toString()), IngestService.Progress.NONE, p -> {});
      assertThat(again.added()).isEmpty();
      assertThat(again.existing()).containsExactlyInAnyOrderElementsOf(reported);
      assertThat(store.count()).isEqualTo(5);
    }
  }

  @Test
  void anInputThatCannotBeStoredDoesNotSinkTheOthersInItsGroup() throws IOException {
    Path in = inputs();
    try (Database db = Database.open(dir.resolve("s.db"))) {
      SqliteArticleStore real = new SqliteArticleStore(db);
      ArticleStore failing = new FailingOn("002_", real);
      List<String> reported = new ArrayList<>();
      IngestService.Summary s =
          new IngestService(IngestOptions.defaults(), failing, 1)
              .ingest(
                  List.of(in.toString()),
                  IngestService.Progress.NONE,
                  p -> {},
                  put -> reported.addAll(put.added()));
      assertThat(s.added()).hasSize(4).containsExactlyElementsOf(reported);
      assertThat(real.all()).extracting(Article::id).containsExactlyElementsOf(reported);
      assertThat(s.problems())
          .anyMatch(
              p -> p.code() == ErrorCode.STORE_FAILURE && p.source().contains("002_81ded0c4"));
    }
  }

  @Test
  void aDatabaseThatCannotBeWrittenFailsTheRunInsteadOfRejectingEachInput() throws IOException {
    Path in = inputs();
    try (Database db = Database.open(dir.resolve("s.db"))) {
      SqliteArticleStore store = new SqliteArticleStore(db);
      // SQLite's own read-only refusal (SQLITE_READONLY), as for a file without write
      // permission; file permissions do not bind root, which runs the tests.
      db.read(
          c -> {
            try (var st = c.createStatement()) {
              st.execute("PRAGMA query_only = ON");
            }
            return null;
          });
      List<IngestProblem> reported = new CopyOnWriteArrayList<>();
      IngestService service = new IngestService(IngestOptions.defaults(), store, 1);
      assertThatThrownBy(
              () ->
                  service.ingest(
                      List.of(in.toString()), IngestService.Progress.NONE, reported::add))
          .isInstanceOf(StorylensException.class)
          .satisfies(
              e -> assertThat(((StorylensException) e).code()).isEqualTo(ErrorCode.STORE_FAILURE))
          .hasMessageContaining("SQLITE_READONLY");
      assertThat(reported).noneMatch(p -> p.code() == ErrorCode.STORE_FAILURE);
      assertThat(store.count()).isZero();
    }
  }

  /** Fails every batch holding an article whose source contains {@code marker}. */
  private static final class FailingOn extends ForwardingArticleStore {
    private final String marker;

    FailingOn(String marker, ArticleStore store) {
      super(store);
      this.marker = marker;
    }

    @Override
    public PutResult putAll(List<Article> articles) {
      if (articles.stream().anyMatch(a -> a.source().contains(marker))) {
        throw new StorylensException(ErrorCode.STORE_FAILURE, "disk full (simulated)");
      }
      return super.putAll(articles);
    }
  }
}
