// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import static io.storylens.store.SqliteArticleStoreTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-text index in its own file: catching up, rebuilding, and what a search sees. */
class FullTextIndexTest {
  @TempDir Path dir;

  private static List<String> ids(SqliteArticleStore store, String query) {
    return store.search(query, 50).stream().map(ArticleStore.SearchHit::id).sorted().toList();
  }

  private static List<Article> articles(int n, String word) {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(article(word + i, "Report " + i, "Diplomats spoke about " + word + " number " + i));
    }
    return out;
  }

  /** Opens {@code file}, stores {@code n} articles about {@code word} and closes it. */
  private static void store(Path file, int n, String word) {
    try (Database db = Database.open(file)) {
      new SqliteArticleStore(db).putAll(articles(n, word));
    }
  }

  @Test
  void theIndexLivesBesideTheDatabaseAndHoldsEveryStoredArticleAfterClose() throws Exception {
    Path file = dir.resolve("s.db");
    try (Database db = Database.open(file)) {
      // More than one index transaction's worth, so the worker indexes in several chunks.
      new SqliteArticleStore(db).putAll(articles(FullTextIndex.CHUNK + 10, "border"));
      assertThat(db.files()).containsExactly(file, dir.resolve("s.db-fts"));
    }
    // close() waited for the index: its file alone says every row is in.
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("s.db-fts"));
        var st = c.createStatement();
        var rs = st.executeQuery("SELECT value FROM fts_state WHERE key = 'indexed_seq'")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(FullTextIndex.CHUNK + 10);
    }
    try (Database db = Database.open(file)) {
      assertThat(db.checkFullTextIndex()).isEqualTo(FullTextIndex.CHUNK + 10);
      assertThat(new SqliteArticleStore(db).search("border", 5)).hasSize(5);
    }
  }

  @Test
  void aSearchSeesWhatAnotherConnectionStoredAMomentAgo() {
    Path file = dir.resolve("s.db");
    try (Database writer = Database.open(file);
        Database reader = Database.open(file)) {
      SqliteArticleStore readerStore = new SqliteArticleStore(reader);
      assertThat(ids(readerStore, "harbour")).isEmpty();
      new SqliteArticleStore(writer).putAll(articles(3, "harbour"));
      // The reader's search catches up with the writer's commit, whichever thread indexes it.
      assertThat(ids(readerStore, "harbour")).containsExactly("harbour0", "harbour1", "harbour2");
      assertThat(reader.checkFullTextIndex()).isEqualTo(3);
    }
  }

  @Test
  void aDeletedIndexFileIsRebuiltFromTheArticles() throws Exception {
    Path file = dir.resolve("s.db");
    store(file, 5, "ceasefire");
    for (String suffix : List.of("-fts", "-fts-wal", "-fts-shm")) {
      Files.deleteIfExists(dir.resolve("s.db" + suffix));
    }
    try (Database db = Database.open(file)) {
      assertThat(ids(new SqliteArticleStore(db), "ceasefire")).hasSize(5);
      assertThat(db.checkFullTextIndex()).isEqualTo(5);
    }
  }

  @Test
  void anIndexOfAnotherDatabaseIsNotTrusted() throws Exception {
    Path a = dir.resolve("a.db");
    Path b = dir.resolve("b.db");
    store(a, 4, "sanctions");
    store(b, 2, "pipeline");
    // a.db's index beside b.db (say, after restoring one file from a backup): same row numbers,
    // other words. It must be rebuilt, not searched.
    Files.copy(
        dir.resolve("a.db-fts"), dir.resolve("b.db-fts"), StandardCopyOption.REPLACE_EXISTING);
    try (Database db = Database.open(b)) {
      SqliteArticleStore store = new SqliteArticleStore(db);
      assertThat(ids(store, "sanctions")).isEmpty();
      assertThat(ids(store, "pipeline")).containsExactly("pipeline0", "pipeline1");
    }
  }

  @Test
  void anIndexAheadOfItsDatabaseIsRebuilt() throws Exception {
    Path file = dir.resolve("s.db");
    store(file, 3, "summit");
    Path copy = dir.resolve("backup.db");
    Files.copy(file, copy);
    store(file, 3, "envoy");
    // The database restored from the older copy, next to the newer index.
    Files.copy(copy, file, StandardCopyOption.REPLACE_EXISTING);
    try (Database db = Database.open(file)) {
      SqliteArticleStore store = new SqliteArticleStore(db);
      assertThat(ids(store, "envoy")).isEmpty();
      assertThat(ids(store, "summit")).hasSize(3);
      assertThat(db.checkFullTextIndex()).isEqualTo(3);
    }
  }

  @Test
  void aDamagedIndexFileIsReplacedInsteadOfFailingTheDatabase() throws Exception {
    Path file = dir.resolve("s.db");
    store(file, 2, "grain");
    Files.write(
        dir.resolve("s.db-fts"),
        "not a database at all, just bytes".repeat(200).getBytes(StandardCharsets.UTF_8));
    try (Database db = Database.open(file)) {
      assertThat(ids(new SqliteArticleStore(db), "grain")).containsExactly("grain0", "grain1");
    }
  }

  @Test
  void snippetsMarkTheMatchedWordsInTheHitsText() {
    try (Database db = Database.open(dir.resolve("s.db"))) {
      SqliteArticleStore store = new SqliteArticleStore(db);
      store.putAll(
          List.of(
              article("q1", "Talks", "Russian and American diplomats met in Geneva on Monday."),
              article("q2", "Other", "Markets were calm.")));
      List<ArticleStore.SearchHit> hits = store.search("diplomat Geneva", 10);
      assertThat(hits).extracting(ArticleStore.SearchHit::id).containsExactly("q1");
      // porter stemming: "diplomat" finds and marks "diplomats".
      assertThat(hits.get(0).snippet())
          .isEqualTo("Russian and American [diplomats] met in [Geneva] on Monday.");
    }
  }

  /**
   * Breaks the root page of the index's data table (FTS5's segments) in the closed file: the file
   * still opens and other tables read fine, but every search that reads the segments fails with
   * SQLITE_CORRUPT.
   */
  private static void breakIndexPages(Path fts, boolean markOpen) throws Exception {
    long root;
    long pageSize;
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + fts);
        var st = c.createStatement()) {
      try (var rs =
          st.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'articles_fts_data'")) {
        rs.next();
        root = rs.getLong(1);
      }
      try (var rs = st.executeQuery("PRAGMA page_size")) {
        rs.next();
        pageSize = rs.getLong(1);
      }
      st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      if (markOpen) {
        // As a process killed before it closed the index leaves it.
        st.execute("UPDATE fts_state SET value = '1' WHERE key = 'open'");
        st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      }
    }
    try (var f = new java.io.RandomAccessFile(fts.toFile(), "rw")) {
      f.seek((root - 1) * pageSize);
      byte[] junk = new byte[64];
      Arrays.fill(junk, (byte) 0x7f);
      f.write(junk);
    }
  }

  @Test
  void damagedPagesFoundByASearchAreRebuilt() throws Exception {
    Path file = dir.resolve("s.db");
    store(file, 30, "harvest");
    breakIndexPages(dir.resolve("s.db-fts"), false);
    try (Database db = Database.open(file)) {
      SqliteArticleStore store = new SqliteArticleStore(db);
      // Closed cleanly, so nothing is checked at open: the search meets the damage, and the index
      // is rebuilt from the articles instead of failing this and every later search.
      assertThat(ids(store, "harvest")).hasSize(30);
      assertThat(db.checkFullTextIndex()).isEqualTo(30);
    }
  }

  @Test
  void anIndexLeftOpenByAKilledProcessIsCheckedAndRebuiltWhenDamaged() throws Exception {
    Path file = dir.resolve("s.db");
    store(file, 30, "harvest");
    breakIndexPages(dir.resolve("s.db-fts"), true);
    try (Database db = Database.open(file)) {
      // Checked at open: already whole before any search reads it.
      assertThat(db.checkFullTextIndex()).isEqualTo(30);
      assertThat(ids(new SqliteArticleStore(db), "harvest")).hasSize(30);
    }
  }

  @Test
  void aCleanlyClosedIndexIsNotCheckedAtOpen() throws Exception {
    Path file = dir.resolve("s.db");
    store(file, 30, "harvest");
    breakIndexPages(dir.resolve("s.db-fts"), false);
    try (Database db = Database.open(file)) {
      // The damage is still there: only a search (or a check) meets it.
      org.assertj.core.api.Assertions.assertThatThrownBy(db::checkFullTextIndex)
          .isInstanceOf(io.storylens.model.StorylensException.class);
    }
  }

  @Test
  void snippetsOfHugeArticlesComeFromAWindowAroundTheFirstMatch() {
    try (Database db = Database.open(dir.resolve("s.db"))) {
      SqliteArticleStore store = new SqliteArticleStore(db);
      // A megabyte repeating one word: FTS5 alone took minutes to cut its snippet.
      String filler = "lorem ".repeat(20_000);
      String repeated = "grain ".repeat(170_000);
      store.putAll(List.of(article("big", "Grain", filler + "Grain exports resumed. " + repeated)));
      List<ArticleStore.SearchHit> hits = store.search("grain exports", 5);
      assertThat(hits).extracting(ArticleStore.SearchHit::id).containsExactly("big");
      // The window starts shortly before the first match, far beyond the text's first 8 KB.
      assertThat(hits.get(0).snippet()).contains("[Grain] [exports] resumed");
    }
    String text = "x ".repeat(10_000) + "Harvest " + "y ".repeat(10_000);
    String window = SnippetWindow.around(text, SnippetWindow.pattern("\"harvests\""));
    assertThat(window).hasSizeLessThanOrEqualTo(SnippetWindow.CHARS).contains("Harvest");
    assertThat(SnippetWindow.around("short text", SnippetWindow.pattern("\"x\"")))
        .isEqualTo("short text");
  }

  @Test
  void aFullDiskIsReportedAsSuchAndNothingOfTheWriteIsStored() {
    try (Database db = Database.open(dir.resolve("s.db"))) {
      SqliteArticleStore store = new SqliteArticleStore(db);
      store.putAll(articles(2, "salt"));
      // SQLite's own size limit fails writes exactly as a full disk does (SQLITE_FULL).
      db.read(
          c -> {
            try (var st = c.createStatement()) {
              long pages;
              try (var rs = st.executeQuery("PRAGMA page_count")) {
                rs.next();
                pages = rs.getLong(1);
              }
              st.execute("PRAGMA max_page_count = " + (pages + 1));
            }
            return null;
          });
      List<Article> big = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        big.add(article("big" + i, "Big " + i, ("word" + i + " ").repeat(20_000)));
      }
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.putAll(big))
          .isInstanceOf(io.storylens.model.StorylensException.class)
          .hasMessageContaining("the disk is full")
          .hasMessageNotContaining("no transaction is active");
      assertThat(store.count()).isEqualTo(2);
    }
  }

  @Test
  void anAbandonedSearchStopsInsideSqliteAndTheNextSearchRuns() {
    try (Database db = Database.open(dir.resolve("s.db"))) {
      SqliteArticleStore store = new SqliteArticleStore(db);
      store.putAll(articles(2_000, "harbour"));
      AtomicInteger asked = new AtomicInteger();
      // The client leaves after SQLite has asked once: the search is then well under way.
      BooleanSupplier leavesAtTheSecondQuestion = () -> asked.incrementAndGet() > 1;

      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> store.search("diplomats harbour", 50, leavesAtTheSecondQuestion))
          .isInstanceOf(CancellationException.class);
      // Asked once more after the answer that stopped it: SQLite stopped at once.
      assertThat(asked.get()).isEqualTo(2);
      // Its connection and slot are free: every slot serves a search again.
      for (int i = 0; i <= FullTextIndex.READERS; i++) {
        assertThat(store.search("diplomats harbour", 50, () -> false)).hasSize(50);
      }
      assertThat(store.search("harbour", 3)).hasSize(3);
    }
  }

  @Test
  void aSearchOfACaughtUpIndexDoesNotWaitForTheIndexingThread() throws Exception {
    try (Database db = Database.open(dir.resolve("s.db"))) {
      SqliteArticleStore store = new SqliteArticleStore(db);
      store.putAll(articles(20, "harbour"));
      assertThat(ids(store, "harbour")).hasSize(20);
      FullTextIndex index = db.fullText();
      CountDownLatch locked = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      // Holds the index's lock as the indexing thread does while it indexes a chunk.
      Thread indexing =
          new Thread(
              () -> {
                synchronized (index) {
                  locked.countDown();
                  try {
                    release.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }
              });
      indexing.start();
      try {
        assertThat(locked.await(1, TimeUnit.MINUTES)).isTrue();
        var search = CompletableFuture.supplyAsync(() -> ids(store, "harbour"));
        assertThat(search.get(1, TimeUnit.MINUTES)).hasSize(20);
      } finally {
        release.countDown();
        indexing.join();
      }
      // Rows stored since are still found: that search catches up first.
      store.putAll(articles(30, "harbour"));
      assertThat(ids(store, "harbour")).hasSize(30);
    }
  }

  @Test
  void aSearchAbandonedWhileWaitingForAConnectionStopsWaiting() throws Exception {
    try (Database db = Database.open(dir.resolve("s.db"))) {
      SqliteArticleStore store = new SqliteArticleStore(db);
      store.putAll(articles(2_000, "harbour"));
      CountDownLatch inside = new CountDownLatch(FullTextIndex.READERS);
      CountDownLatch release = new CountDownLatch(1);
      // Searches that hold every connection: their first check waits for the end of the test.
      BooleanSupplier holds =
          () -> {
            inside.countDown();
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return false;
          };
      ExecutorService pool = Executors.newFixedThreadPool(FullTextIndex.READERS);
      try {
        List<Future<List<ArticleStore.SearchHit>>> busy = new ArrayList<>();
        for (int i = 0; i < FullTextIndex.READERS; i++) {
          busy.add(pool.submit(() -> store.search("diplomats harbour", 50, holds)));
        }
        assertThat(inside.await(1, TimeUnit.MINUTES)).isTrue();

        // Not "too many searches" after the wait for a slot: it stops as soon as it is abandoned.
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> store.search("diplomats harbour", 50, () -> true))
            .isInstanceOf(CancellationException.class)
            .hasMessageContaining("waited");
        release.countDown();
        for (var f : busy) {
          assertThat(f.get(1, TimeUnit.MINUTES)).hasSize(50);
        }
      } finally {
        release.countDown();
        pool.shutdownNow();
      }
    }
  }
}
