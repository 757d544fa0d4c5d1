// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import io.storylens.core.cluster.CapitalizedPhrases;
import io.storylens.core.cluster.ClusterDoc;
import io.storylens.core.cluster.ClusterRepository;
import io.storylens.core.cluster.ClusterSettings;
import io.storylens.core.cluster.Clustering;
import io.storylens.core.cluster.OnlineClusterer;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.model.Article;
import io.storylens.model.Event;
import io.storylens.model.Storyline;
import io.storylens.store.Database;
import io.storylens.store.SqliteArticleStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code storylens stories}: brings the stored events up to date (stored articles not yet clustered
 * join the existing structure, in publication order) and lists storylines, their events and their
 * articles with outlets and dates.
 */
@Command(
    name = "stories",
    description =
        "Group stored articles into events and storylines (incrementally) and list them:"
            + " storyline -> event -> articles with outlet and date.")
final class StoriesCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  /** Injected in tests; undated articles are placed at this clock's instant. */
  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() {
    var out = Cli.stdout();
    try (Database db = store.open()) {
      ClusterRepository repo = new ClusterRepository(db);
      OnlineClusterer clusterer = repo.load(ClusterSettings.defaults(), new CapitalizedPhrases());
      List<Article> articles =
          new SqliteArticleStore(db).all().stream().sorted(Analyzer.ORDER).toList();
      int before = clusterer.size();
      for (Article a : articles) {
        clusterer.assign(ClusterDoc.of(a, clock));
      }
      Clustering c = clusterer.clustering();
      int added = clusterer.size() - before;
      if (added > 0) {
        repo.save(clusterer);
      }
      Map<String, Article> byId = new HashMap<>();
      articles.forEach(a -> byId.put(a.id(), a));
      Map<String, Event> events = new HashMap<>();
      c.events().forEach(e -> events.put(e.id(), e));
      out.printf(
          "%d storyline(s), %d event(s), %d article(s) (%d newly grouped)%n",
          c.storylines().size(), c.events().size(), byId.size(), added);
      for (Storyline s : c.storylines()) {
        out.printf(
            "%nstoryline %s  %s  (%d event(s), %d article(s))%n",
            s.id(), Terminal.safe(s.title()), s.events().size(), s.articles().size());
        for (String eid : s.events()) {
          Event e = events.get(eid);
          out.printf(
              "  event %s  %s  (%d article(s))%n",
              e.id(), Terminal.safe(e.title()), e.articles().size());
          e.articles().stream()
              .map(byId::get)
              .filter(java.util.Objects::nonNull)
              .sorted(Analyzer.ORDER)
              .forEach(
                  a ->
                      out.printf(
                          "    %-10s  %-24s  %s  [%s]%s%n",
                          a.publishedDate().map(Object::toString).orElse("undated"),
                          Terminal.safe(a.outletName()),
                          Terminal.safe(a.displayTitle()),
                          a.id(),
                          a.dateWarnings().isEmpty() ? "" : "  (date warning)"));
        }
      }
    }
    return Main.OK;
  }
}
