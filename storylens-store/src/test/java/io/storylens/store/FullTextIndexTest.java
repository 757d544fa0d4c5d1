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
import java.util.List;
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
}
