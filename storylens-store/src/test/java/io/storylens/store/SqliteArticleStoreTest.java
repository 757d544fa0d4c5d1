// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storylens.model.Article;
import io.storylens.model.Provenance;
import io.storylens.model.RemovedSpan;
import io.storylens.model.Sourced;
import io.storylens.model.StorylensException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteArticleStoreTest {
  @TempDir Path dir;

  static Article article(String id, String title, String text) {
    return new Article(
        id,
        "seeds/" + id + ".txt",
        "date-line",
        Sourced.of(title, Provenance.HEADER),
        Sourced.of("Daily Caller", Provenance.BODY, 0.6),
        Sourced.none(),
        Sourced.of(LocalDate.of(2021, 12, 28), Provenance.HEADER),
        Sourced.none(),
        List.of(),
        List.of(new RemovedSpan("(RELATED: x)", "related-teaser")),
        List.of("quotes-stripped"),
        text,
        Map.of("credits", "AFP, Reuters"));
  }

  @Test
  void storesOnceAndRoundTripsEveryField() {
    Article a = article("a1", "Talks set for January", "Officials agreed to meet on January 10.");
    try (Database db = Database.open(dir.resolve("s.db"))) {
      SqliteArticleStore store = new SqliteArticleStore(db);
      assertThat(store.putAll(List.of(a)).added()).containsExactly("a1");
      ArticleStore.PutResult again = store.putAll(List.of(a));
      assertThat(again.added()).isEmpty();
      assertThat(again.existing()).containsExactly("a1");
      assertThat(store.count()).isEqualTo(1);
      assertThat(store.get("a1")).contains(a);
    }
  }

  @Test
  void survivesReopeningAndKeepsTheSchemaVersion() {
    Path file = dir.resolve("s.db");
    try (Database db = Database.open(file)) {
      new SqliteArticleStore(db).putAll(List.of(article("a1", "T", "Body one.")));
    }
    try (Database db = Database.open(file)) {
      assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
      assertThat(new SqliteArticleStore(db).all()).extracting(Article::id).containsExactly("a1");
    }
  }

  @Test
  void fullTextSearchUsesStemmingAndIgnoresQuerySyntax() {
    try (Database db = Database.open(dir.resolve("s.db"))) {
      SqliteArticleStore store = new SqliteArticleStore(db);
      store.putAll(
          List.of(
              article("a1", "Talks set", "Russian troops massed near the Ukrainian border."),
              article("a2", "Other", "Stock markets rose on Tuesday.")));
      assertThat(store.search("troop border", 10))
          .extracting(ArticleStore.SearchHit::id)
          .containsExactly("a1");
      assertThat(store.search("\"unbalanced OR (NEAR*", 10)).isEmpty();
      assertThat(store.search("   ", 10)).isEmpty();
      assertThat(store.search("markets", 10).get(0).snippet()).contains("[markets]");
    }
  }

  @Test
  void aFailingBatchLeavesWhatWasStoredUntouched() {
    try (Database db = Database.open(dir.resolve("s.db"))) {
      SqliteArticleStore store = new SqliteArticleStore(db);
      store.putAll(List.of(article("a1", "T", "Body one.")));
      assertThatThrownBy(
              () ->
                  db.inTransaction(
                      c -> {
                        store.putAll(List.of(article("a2", "T", "Body two.")));
                        throw new IllegalStateException("simulated crash mid-batch");
                      }))
          .isInstanceOf(IllegalStateException.class);
      assertThat(store.all()).extracting(Article::id).containsExactly("a1");
    }
  }

  @Test
  void batchesAreIndexedInStepWithTheTableAcrossRepeatsAndFailedBatches() {
    try (Database db = Database.open(dir.resolve("s.db"))) {
      SqliteArticleStore store = new SqliteArticleStore(db);
      store.putAll(
          List.of(
              article("a1", "Border", "Troops massed near the border."),
              article("a2", "Markets", "Stock markets rose.")));
      // A batch mixing a stored article and new ones indexes only the new rows, once.
      store.putAll(
          List.of(
              article("a2", "Markets", "Stock markets rose."),
              article("a3", "Border talks", "Diplomats met at the border.")));
      assertThatThrownBy(
              () ->
                  db.inTransaction(
                      c -> {
                        store.putAll(List.of(article("a4", "Lost", "Border crossing closed.")));
                        throw new IllegalStateException("simulated failure after the insert");
                      }))
          .isInstanceOf(IllegalStateException.class);
      store.putAll(List.of(article("a5", "Later", "The border reopened.")));
      assertThat(store.search("border", 10))
          .extracting(ArticleStore.SearchHit::id)
          .containsExactlyInAnyOrder("a1", "a3", "a5");
      assertThat(store.search("markets", 10))
          .extracting(ArticleStore.SearchHit::id)
          .containsExactly("a2");
      // Checks the index's structure (throws when damaged); one entry per stored row.
      assertThat(db.checkFullTextIndex()).isEqualTo(4);
    }
  }

  @Test
  void anIndexFromBeforeV009IsRebuiltInItsOwnFileWithTheIngestSettings() throws Exception {
    try (Database db = Database.open(dir.resolve("new.db"))) {
      assertThat(ftsHashSize(db)).isEqualTo(64 << 20);
      assertThat(ftsConfig(db, "automerge")).isEqualTo(16);
      assertThat(ftsConfig(db, "crisismerge")).isEqualTo(64);
    }
    // A database created by V001-V006 (FTS5's default 1 MB) is converted when next opened.
    Path old = dir.resolve("old.db");
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old);
        var st = c.createStatement()) {
      st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL)");
      for (int v = 1; v <= 6; v++) {
        String name = Migrations.SCRIPTS.get(v - 1);
        try (var in = Migrations.class.getResourceAsStream("migrations/" + name)) {
          for (String sql :
              Migrations.statements(
                  new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))) {
            st.execute(sql);
          }
        }
        st.execute("INSERT INTO schema_version VALUES (" + v + ", '" + name + "')");
      }
      st.execute(
          "INSERT INTO articles(id, source, text, record) VALUES ('a0', 's', 'Old border news.', '{}')");
      st.execute(
          "INSERT INTO articles_fts(rowid, title, text) VALUES (1, NULL, 'Old border news.')");
    }
    try (Database db = Database.open(old)) {
      assertThat(ftsHashSize(db)).isEqualTo(64 << 20);
      assertThat(ftsConfig(db, "automerge")).isEqualTo(16); // V008
      assertThat(ftsConfig(db, "crisismerge")).isEqualTo(64);
      SqliteArticleStore store = new SqliteArticleStore(db);
      store.putAll(List.of(article("a1", "Border", "Troops massed near the border.")));
      assertThat(store.search("border", 10))
          .extracting(ArticleStore.SearchHit::id)
          .containsExactlyInAnyOrder("a0", "a1");
    }
  }

  @Test
  void newDatabasesUseLargePagesAndOldOnesKeepTheirs() throws Exception {
    try (Database db = Database.open(dir.resolve("new.db"))) {
      assertThat(pageSize(db)).isEqualTo(Database.PAGE_SIZE);
      assertThat(pragma(db, "cache_size")).isEqualTo(-Database.CACHE_KIB); // negative: KiB
    }
    Path old = dir.resolve("old.db");
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old);
        var st = c.createStatement()) {
      st.execute("PRAGMA page_size = 4096");
      st.execute("CREATE TABLE t (x INTEGER)");
    }
    try (Database db = Database.open(old)) {
      assertThat(pageSize(db)).isEqualTo(4096);
      SqliteArticleStore store = new SqliteArticleStore(db);
      store.putAll(List.of(article("a1", "Border", "Troops massed near the border.")));
      assertThat(store.search("border", 10))
          .extracting(ArticleStore.SearchHit::id)
          .containsExactly("a1");
    }
  }

  private static int pageSize(Database db) {
    return pragma(db, "page_size");
  }

  private static int pragma(Database db, String name) {
    return db.read(
        c -> {
          try (var st = c.createStatement();
              var rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getInt(1);
          }
        });
  }

  /** FTS5's 'hashsize' setting as stored in the database, or null for the built-in default. */
  private static Integer ftsHashSize(Database db) {
    return ftsConfig(db, "hashsize");
  }

  private static Integer ftsConfig(Database db, String key) {
    long v = db.fullText().config(key);
    return v < 0 ? null : (int) v;
  }

  @Test
  void anUnwritableLocationIsAClearStoreError() {
    assertThatThrownBy(() -> Database.open(Path.of("/proc/storylens/x.db")))
        .isInstanceOf(StorylensException.class)
        .hasMessageContaining("/proc/storylens/x.db");
  }
}
