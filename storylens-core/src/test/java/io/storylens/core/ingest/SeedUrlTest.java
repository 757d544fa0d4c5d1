// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.dossier.SeedArticles;
import io.storylens.model.Article;
import io.storylens.store.Database;
import io.storylens.store.SqliteArticleStore;
import io.storylens.testkit.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed whose URL carries the default port {@code :443}: the article keeps the URL exactly as
 * the file gives it, through ingest and the store, and is found by the URL without the port.
 */
class SeedUrlTest {
  @TempDir Path dir;

  @Test
  void theSeedUrlIsKeptAsGivenAndMatchedWithoutItsDefaultPort() throws IOException {
    Path file;
    try (var files = Files.list(Fixtures.seeds())) {
      file =
          files.filter(f -> f.getFileName().toString().startsWith("002")).findFirst().orElseThrow();
    }
    String given =
        Files.readAllLines(file, StandardCharsets.UTF_8).stream()
            .filter(l -> l.startsWith("http"))
            .findFirst()
            .orElseThrow()
            .strip();
    assertThat(given).contains(":443/");

    Article seed = SeedArticles.seed(SeedArticles.load(), "002");
    assertThat(seed.url().value()).contains(given);
    assertThat(seed.normalizedUrl()).contains(given.replace(":443/", "/"));

    try (Database db = Database.open(dir.resolve("s.db"))) {
      SqliteArticleStore store = new SqliteArticleStore(db);
      store.putAll(List.of(seed));
      List<Article> found = store.withUrl(given.replace(":443/", "/"));
      assertThat(found).extracting(Article::id).containsExactly(seed.id());
      assertThat(found.get(0).url().value()).contains(given);
    }
  }
}
