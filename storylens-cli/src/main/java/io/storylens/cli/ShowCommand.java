// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import io.storylens.core.pipeline.ArticleView;
import io.storylens.model.Article;
import io.storylens.model.json.Json;
import io.storylens.store.Database;
import io.storylens.store.SqliteArticleStore;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code storylens show ID}: one article as JSON. */
@Command(name = "show", description = "Print one stored article as JSON.")
final class ShowCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Parameters(paramLabel = "ID", description = "Article id (a unique prefix is enough).")
  String id;

  @Override
  public Integer call() throws Exception {
    var out = Cli.stdout();
    try (Database db = store.openExisting()) {
      SqliteArticleStore articles = new SqliteArticleStore(db);
      Optional<Article> a = articles.get(id);
      if (a.isEmpty()) {
        var matches = articles.all().stream().filter(x -> x.id().startsWith(id)).toList();
        if (matches.size() == 1) {
          a = Optional.of(matches.get(0));
        }
      }
      if (a.isEmpty()) {
        System.err.println("storylens: no article with id " + Terminal.safe(id) + " [NOT_FOUND]");
        return Main.SOME_REJECTED;
      }
      // JSON escapes control characters, so the output is safe for terminals as it is.
      out.println(
          Json.mapper()
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(ArticleView.of(a.get())));
    }
    return Main.OK;
  }
}
