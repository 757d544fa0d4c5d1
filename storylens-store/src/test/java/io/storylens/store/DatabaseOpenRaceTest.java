// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import static io.storylens.store.SqliteArticleStoreTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several connections opening the same new database at the same moment: each must get the one file
 * (not one that another opener deletes under it), and nothing any of them stores is lost.
 */
class DatabaseOpenRaceTest {
  private static final int OPENERS = 3;
  private static final int ROUNDS = 60;

  @TempDir Path dir;

  @Test
  void openersOfANewDatabaseAtTheSameMomentAllSucceedAndKeepWhatTheyStore() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(OPENERS);
    List<String> failures = new ArrayList<>();
    try {
      for (int round = 0; round < ROUNDS; round++) {
        Path file = dir.resolve("r" + round + ".db");
        // All openers leave the barrier together, so their first-time creations overlap.
        CyclicBarrier start = new CyclicBarrier(OPENERS);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < OPENERS; t++) {
          String id = "r" + round + "t" + t;
          runs.add(
              pool.submit(
                  () -> {
                    start.await(1, TimeUnit.MINUTES);
                    try (Database db = Database.open(file)) {
                      new SqliteArticleStore(db)
                          .putAll(List.of(article(id, "Opener " + id, "Harbour talks " + id)));
                    }
                    return null;
                  }));
        }
        for (Future<?> run : runs) {
          try {
            run.get(2, TimeUnit.MINUTES);
          } catch (ExecutionException e) {
            failures.add("round " + round + ": " + e.getCause());
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(failures).isEmpty();

    for (int round = 0; round < ROUNDS; round++) {
      Path file = dir.resolve("r" + round + ".db");
      try (Database db = Database.open(file)) {
        SqliteArticleStore store = new SqliteArticleStore(db);
        assertThat(store.count()).as("articles of round %d", round).isEqualTo(OPENERS);
        assertThat(store.search("harbour", 10)).hasSize(OPENERS);
      }
      // Whoever created them, both files were created with the database's page size.
      assertThat(pageSize(file)).isEqualTo(Database.PAGE_SIZE);
      assertThat(pageSize(FullTextIndex.fileOf(file))).isEqualTo(Database.PAGE_SIZE);
    }
  }

  @Test
  void anEmptyFileLeftByAnotherOpenerBecomesADatabaseWithTheNewPageSize() throws Exception {
    Path file = dir.resolve("c.db");
    // What an opener that was interrupted right after creating the file leaves behind.
    Files.createFile(file);
    try (Database db = Database.open(file)) {
      assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
    }
    Database.createWithPageSize(file); // again: nothing to do
    assertThat(pageSize(file)).isEqualTo(Database.PAGE_SIZE);
    assertThat(pageSize(FullTextIndex.fileOf(file))).isEqualTo(Database.PAGE_SIZE);
  }

  private static int pageSize(Path file) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA page_size")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
