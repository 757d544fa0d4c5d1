// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.store.Database;
import io.storylens.store.SqliteArticleStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two writers on one database file: SQLite's lock plus the busy timeout serialize them. */
class ConcurrentIngestTest {
  @TempDir Path dir;

  @Test
  void twoProcessesIngestingTheSameInputsIntoANewDatabaseStoreEachArticleOnce() throws Exception {
    Path input = ChildIngests.corpus(dir, 30, 10);
    Path db = dir.resolve("shared.db");
    Set<String> a = ChildIngests.newIdSet();
    Set<String> b = ChildIngests.newIdSet();
    List<String> linesA = new CopyOnWriteArrayList<>();
    List<String> linesB = new CopyOnWriteArrayList<>();
    // Both open the database before it exists: the migrations race too.
    Process pa = ChildIngests.start(db, input, a, linesA);
    Process pb = ChildIngests.start(db, input, b, linesB);
    assertThat(pa.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(pb.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(pa.exitValue()).isZero();
    assertThat(pb.exitValue()).isZero();
    assertThat(linesA).contains("done");
    assertThat(linesB).contains("done");

    Map<String, Integer> stored = ChildIngests.inspect(db);
    assertThat(stored).hasSize(300);
    assertThat(stored.values()).allMatch(n -> n == 1);
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    assertThat(both).as("no article reported new by both writers").isEmpty();
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    assertThat(union).isEqualTo(stored.keySet());
  }

  @Test
  void twoThreadsWithTheirOwnConnectionsDoNotCorruptTheDatabase() throws Exception {
    Path input = ChildIngests.corpus(dir, 20, 10);
    Path file = dir.resolve("threads.db");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<IngestService.Summary>> runs = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        runs.add(
            pool.submit(
                () -> {
                  try (Database db = Database.open(file)) {
                    return new IngestService(IngestOptions.defaults(), new SqliteArticleStore(db))
                        .ingest(List.of(input.toString()), IngestService.Progress.NONE, p -> {});
                  }
                }));
      }
      IngestService.Summary s1 = runs.get(0).get(5, TimeUnit.MINUTES);
      IngestService.Summary s2 = runs.get(1).get(5, TimeUnit.MINUTES);
      assertThat(s1.problems()).isEmpty();
      assertThat(s2.problems()).isEmpty();
      assertThat(s1.added().size() + s2.added().size()).isEqualTo(200);
      assertThat(ChildIngests.inspect(file)).hasSize(200);
    } finally {
      pool.shutdownNow();
    }
  }
}
