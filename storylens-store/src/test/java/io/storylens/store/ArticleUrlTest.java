// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import io.storylens.model.Provenance;
import io.storylens.model.Sourced;
import io.storylens.model.Urls;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A URL is kept as the source gave it; articles are found by its normalized form. */
class ArticleUrlTest {
  @TempDir Path dir;

  private static final String AS_GIVEN =
      "https://www.washingtontimes.com:443/news/2021/dec/29/president-joe-biden-russian-president-vladimir-put/";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        AS_GIVEN
            + "|https://www.washingtontimes.com/news/2021/dec/29/president-joe-biden-russian-president-vladimir-put/",
        "HTTPS://WWW.Example.COM/A/b?x=1#top|https://www.example.com/A/b?x=1",
        "http://example.com:80|http://example.com/",
        "http://example.com:8080/a|http://example.com:8080/a",
        "https://example.com:80/a|https://example.com:80/a",
        "  not a url  |not a url",
        "seeds/000.txt|seeds/000.txt",
      })
  void normalizesOnlyWhatDoesNotChangeThePage(String url, String normalized) {
    assertThat(Urls.normalized(url)).isEqualTo(normalized);
  }

  private static Article withUrl(String id, String url) {
    Article a = SqliteArticleStoreTest.article(id, "Biden and Putin to speak", "Body " + id + ".");
    return a.withUrl(Sourced.of(url, Provenance.HEADER));
  }

  @Test
  void findsAnArticleByItsUrlInAnyFormAndKeepsItAsGiven() {
    try (Database db = Database.open(dir.resolve("u.db"))) {
      SqliteArticleStore store = new SqliteArticleStore(db);
      store.putAll(List.of(withUrl("a1", AS_GIVEN), withUrl("a2", "https://example.com/other")));
      String plain = AS_GIVEN.replace(":443", "");
      assertThat(store.withUrl(plain)).extracting(Article::id).containsExactly("a1");
      assertThat(store.withUrl(AS_GIVEN)).extracting(Article::id).containsExactly("a1");
      assertThat(store.withUrl(plain.replace("www.", "WWW.") + "#comments"))
          .extracting(Article::id)
          .containsExactly("a1");
      assertThat(store.withUrl("https://example.com/missing")).isEmpty();
      assertThat(store.get("a1").orElseThrow().url().value()).contains(AS_GIVEN);
    }
  }

  @Test
  void rowsStoredBeforeTheUrlColumnAreFoundToo() {
    try (Database db = Database.open(dir.resolve("old.db"))) {
      SqliteArticleStore store = new SqliteArticleStore(db);
      store.putAll(
          List.of(withUrl("a1", AS_GIVEN), SqliteArticleStoreTest.article("a2", "T", "B.")));
      // As a database migrated from before the column holds them.
      db.runInTransaction(
          c -> {
            try (var st = c.createStatement()) {
              st.executeUpdate("UPDATE articles SET url_key = NULL");
            }
          });
      assertThat(store.withUrl(AS_GIVEN.replace(":443", "")))
          .extracting(Article::id)
          .containsExactly("a1");
      assertThat(store.withUrl("")).extracting(Article::id).isEmpty();
    }
  }
}
