// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import io.storylens.core.cluster.CapitalizedPhrases;
import io.storylens.core.cluster.ClusterDoc;
import io.storylens.core.cluster.ClusterRepository;
import io.storylens.core.cluster.ClusterSettings;
import io.storylens.core.cluster.Clustering;
import io.storylens.core.cluster.EventDates;
import io.storylens.core.cluster.OnlineClusterer;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.timeline.DateChecker;
import io.storylens.model.Article;
import io.storylens.model.Event;
import io.storylens.model.Storyline;
import io.storylens.store.Database;
import io.storylens.store.SqliteArticleStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
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
    try (Database db = store.openExisting()) {
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
      Map<String, Optional<LocalDate>> reported = new HashMap<>();
      articles.forEach(a -> reported.put(a.id(), staleHeader(a)));
      out.printf(
          Locale.ROOT,
          "%d storyline(s), %d event(s), %d article(s) (%d newly grouped)%n",
          c.storylines().size(),
          c.events().size(),
          byId.size(),
          added);
      for (Storyline s : c.storylines()) {
        out.printf(
            Locale.ROOT,
            "%nstoryline %s  %s  (%d event(s), %d article(s))%n",
            s.id(),
            Terminal.safe(s.title()),
            s.events().size(),
            s.articles().size());
        // Events in the order they were first reported (a stale header counts as the day its lead
        // reports).
        Function<Event, LocalDate> start =
            e ->
                e.articles().stream()
                    .map(byId::get)
                    .filter(Objects::nonNull)
                    .map(a -> reported.get(a.id()).or(a::publishedDate).orElse(LocalDate.MAX))
                    .min(Comparator.naturalOrder())
                    .orElse(LocalDate.MAX);
        List<Event> ordered =
            s.events().stream()
                .map(events::get)
                .sorted(Comparator.comparing(start).thenComparing(Event::id))
                .toList();
        for (Event e : ordered) {
          out.printf(
              Locale.ROOT,
              "  event %s  %s  (%d article(s))%n",
              e.id(),
              Terminal.safe(e.title()),
              e.articles().size());
          e.articles().stream()
              .map(byId::get)
              .filter(Objects::nonNull)
              .sorted(Analyzer.ORDER)
              .forEach(a -> out.printf(Locale.ROOT, "%s%n", line(a, reported.get(a.id()))));
        }
      }
    }
    return Main.OK;
  }

  private static String line(Article a, Optional<LocalDate> reported) {
    return String.format(
        Locale.ROOT,
        "    %-10s  %-24s  %s  [%s]%s%s",
        a.publishedDate().map(Object::toString).orElse("undated"),
        Terminal.safe(a.outletName()),
        Terminal.safe(a.displayTitle()),
        a.id(),
        a.dateWarnings().isEmpty() ? "" : "  (date warning)",
        reported
            .map(
                d ->
                    String.format(
                        Locale.ROOT,
                        "  (header date %d days after the day its lead reports, %s)",
                        ChronoUnit.DAYS.between(d, a.publishedDate().orElseThrow()),
                        d))
            .orElse(""));
  }

  /**
   * The day of the happening the article reports when its header date lies more than {@link
   * DateChecker#STALE_DAYS} after it (a stale or republished copy), read from the lead on the cheap
   * path ({@link EventDates#cheap}); the full check with the language layer is {@code analyze}'s.
   */
  static Optional<LocalDate> staleHeader(Article a) {
    if (a.publishedDate().isEmpty()) {
      return Optional.empty();
    }
    LocalDate header = a.publishedDate().get();
    List<LocalDate> days =
        EventDates.cheap(a.title().value().orElse(""), a.text(), Optional.of(header));
    if (days.isEmpty()
        || days.get(days.size() - 1).plusDays(DateChecker.STALE_DAYS).isAfter(header)) {
      return Optional.empty();
    }
    return Optional.of(days.get(days.size() - 1));
  }
}
