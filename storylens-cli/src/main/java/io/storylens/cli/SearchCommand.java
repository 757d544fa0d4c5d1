// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import io.storylens.store.ArticleStore;
import io.storylens.store.Database;
import io.storylens.store.SqliteArticleStore;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storylens search QUERY}: full-text search (FTS5). */
@Command(name = "search", description = "Full-text search over stored titles and texts.")
final class SearchCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Parameters(arity = "1..*", paramLabel = "WORD", description = "Words that must all occur.")
  List<String> words;

  @Option(
      names = "--limit",
      defaultValue = "20",
      description = "Most hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    var out = Cli.stdout();
    try (Database db = store.openExisting()) {
      List<ArticleStore.SearchHit> hits =
          new SqliteArticleStore(db).search(String.join(" ", words), Math.max(1, limit));
      for (ArticleStore.SearchHit h : hits) {
        out.printf(
            Locale.ROOT,
            "%s  %s%n    %s%n",
            h.id(),
            Terminal.safe(h.title()),
            Terminal.safe(h.snippet()));
      }
      out.printf(Locale.ROOT, "%d hit(s)%n", hits.size());
    }
    return Main.OK;
  }
}
