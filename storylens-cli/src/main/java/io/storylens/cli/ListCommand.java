// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import io.storylens.core.pipeline.Analyzer;
import io.storylens.model.Article;
import io.storylens.store.Database;
import io.storylens.store.SqliteArticleStore;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code storylens list}: one line per stored article. */
@Command(name = "list", description = "List stored articles: id, date, outlet, title.")
final class ListCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    var out = Cli.stdout();
    try (Database db = store.openExisting()) {
      for (Article a : new SqliteArticleStore(db).all().stream().sorted(Analyzer.ORDER).toList()) {
        out.printf(
            Locale.ROOT,
            "%s  %-10s  %-24s  %s%n",
            a.id(),
            a.publishedDate().map(Object::toString).orElse("-"),
            Terminal.safe(a.outletName()),
            Terminal.safe(a.displayTitle()));
      }
    }
    return Main.OK;
  }
}
