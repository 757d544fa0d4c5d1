// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import io.storylens.core.dedup.DerivationLinker;
import io.storylens.core.dedup.LinkGraph;
import io.storylens.core.dedup.LshBands;
import io.storylens.core.dedup.SqliteLshIndex;
import io.storylens.model.Article;
import io.storylens.model.Link;
import io.storylens.store.Database;
import io.storylens.store.LinkTable;
import io.storylens.store.SqliteArticleStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storylens links [ID]}: the derivation graph of the stored articles. */
@Command(
    name = "links",
    description =
        "Print the derivation graph (who copied whom) of the stored articles, or of the story"
            + " around ID, as a text tree or Graphviz DOT.")
final class LinksCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Parameters(arity = "0..1", paramLabel = "ID", description = "Article id (or unique prefix).")
  Optional<String> id;

  @Option(names = "--dot", description = "Print Graphviz DOT instead of text.")
  boolean dot;

  @Option(
      names = "--update",
      description = "Recompute links over every stored article (incremental LSH index) first.")
  boolean update;

  @Override
  public Integer call() {
    var out = Cli.stdout();
    try (Database db = store.openExisting()) {
      List<Article> all = new SqliteArticleStore(db).all();
      LinkTable table = new LinkTable(db);
      List<Link> links = table.all();
      if (update || (links.isEmpty() && all.size() > 1)) {
        links = new DerivationLinker(() -> new SqliteLshIndex(db, LshBands.DEFAULT)).link(all);
        table.replaceAll(links);
      }
      Map<String, Article> byId = new HashMap<>();
      for (Article a : all) {
        byId.put(a.id(), a);
      }
      LinkGraph graph = new LinkGraph(links, byId);
      if (id.isPresent()) {
        List<String> matches = byId.keySet().stream().filter(k -> k.startsWith(id.get())).toList();
        if (matches.size() != 1) {
          System.err.println(
              "storylens: "
                  + (matches.isEmpty() ? "no stored article" : "several articles")
                  + " match id "
                  + Terminal.safe(id.get()));
          return Main.USAGE;
        }
        graph = graph.component(matches.get(0));
      }
      for (String line : (dot ? graph.dot() : graph.text()).split("\n")) {
        out.println(Terminal.safe(line)); // titles are untrusted: no control characters
      }
    }
    return Main.OK;
  }
}
