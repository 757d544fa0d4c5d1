// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import static io.storylens.store.SqliteArticleStoreTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write-ahead log stays bounded while other connections keep reading during a long ingest. */
class WriteAheadLogTest {
  private static final long LIMIT = 1 << 20;

  @TempDir Path dir;

  @Test
  void theLogIsTruncatedWhileAnotherConnectionKeepsReading() throws Exception {
    Path file = dir.resolve("w.db");
    String body = "Diplomats met again to discuss the border and the troops near it. ".repeat(60);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong reads = new AtomicLong();
    long largest = 0;
    try (Database db = Database.open(file, LIMIT)) {
      SqliteArticleStore store = new SqliteArticleStore(db);
      // Reads one after the other, as the full-text index's thread does during an ingest; each
      // holds a snapshot of the log while it runs.
      Thread reader =
          new Thread(
              () -> {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                  while (!stop.get()) {
                    try (var st = c.createStatement();
                        var rs = st.executeQuery("SELECT SUM(LENGTH(text)) FROM articles")) {
                      rs.next();
                      reads.incrementAndGet();
                    }
                  }
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              });
      reader.start();
      try {
        for (int batch = 0; batch < 60; batch++) {
          List<Article> articles = new ArrayList<>();
          for (int i = 0; i < 40; i++) {
            articles.add(article("w" + batch + "-" + i, "Report " + i, batch + " " + i + body));
          }
          store.putAll(articles);
          largest = Math.max(largest, Files.size(dir.resolve("w.db-wal")));
        }
      } finally {
        stop.set(true);
        reader.join();
      }
      assertThat(store.count()).isEqualTo(2400);
    }
    // 2,400 articles of 4 KB: without the truncation the log grew to 21 MB here.
    assertThat(reads.get()).isGreaterThan(10);
    assertThat(largest).isLessThan(4 * LIMIT);
  }
}
