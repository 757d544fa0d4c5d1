// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import io.storylens.model.Provenance;
import io.storylens.model.Sourced;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteArticleStoreTextTest {
  @TempDir Path dir;

  static Article article(String id, String text) {
    return new Article(
        id,
        "src/" + id,
        "plain",
        Sourced.of("Title " + id, Provenance.HEADER),
        Sourced.none(),
        Sourced.none(),
        Sourced.none(),
        Sourced.none(),
        List.of(),
        List.of(),
        List.of(),
        text,
        Map.of("k", "v"));
  }

  @Test
  void bodyIsStoredOnceAndReadBackWhole() {
    Article a = article("a1", "First paragraph.\n\nSecond \"quoted\" paragraph.");
    try (Database db = Database.open(dir.resolve("t.db"))) {
      SqliteArticleStore store = new SqliteArticleStore(db);
      store.putAll(List.of(a));
      assertThat(store.get("a1")).contains(a);
      assertThat(store.all()).containsExactly(a);
      String record =
          db.read(
              c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT record FROM articles");
                    ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  return rs.getString(1);
                }
              });
      assertThat(record).doesNotContain("Second").contains("\"text\":\"\"");
      assertThat(store.search("quoted", 5)).extracting(ArticleStore.SearchHit::id).contains("a1");
    }
  }

  @Test
  void recordsWrittenWithTheTextInsideAreStillRead() throws Exception {
    Article a = article("old", "Old style body.");
    try (Database db = Database.open(dir.resolve("old.db"))) {
      db.inTransaction(
          c -> {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO articles(id, source, text, record) VALUES (?,?,?,?)")) {
              ps.setString(1, a.id());
              ps.setString(2, a.source());
              ps.setString(3, a.text());
              try {
                ps.setString(4, io.storylens.model.json.Json.mapper().writeValueAsString(a));
              } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
              }
              return ps.executeUpdate();
            }
          });
      assertThat(new SqliteArticleStore(db).get("old")).contains(a);
    }
  }
}
