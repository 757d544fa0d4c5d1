// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench.http;

import io.storylens.core.pipeline.Report;
import io.storylens.model.Article;
import io.storylens.model.Event;
import io.storylens.model.Storyline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * For the benchmark only: when the pipeline produced no storylines (the grouping stage is not there
 * yet), group articles by the data set's own {@code event_id} field (news-clusters carries one),
 * and the rest into one group, so the dossier endpoints have stories to serve. The benchmark prints
 * that it did this.
 */
final class BenchGrouping {
  private BenchGrouping() {}

  static Function<List<Article>, Report> wrap(Function<List<Article>, Report> analysis) {
    return articles -> {
      Report r = analysis.apply(articles);
      if (!r.storylines().isEmpty()) {
        return r;
      }
      Map<String, List<Article>> groups = new TreeMap<>();
      for (Article a : articles) {
        String key = a.metadata().getOrDefault("event_id", "other");
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
      }
      List<Event> events = new ArrayList<>();
      List<Storyline> storylines = new ArrayList<>();
      groups.forEach(
          (key, members) -> {
            List<String> ids = members.stream().map(Article::id).sorted().toList();
            String title =
                members.get(0).metadata().getOrDefault("event_name", "bench group " + key);
            events.add(new Event("bench-e" + key, title, ids, "bench-s" + key));
            storylines.add(new Storyline("bench-s" + key, title, List.of("bench-e" + key), ids));
          });
      return new Report(r.articles(), r.links(), events, storylines, r.dossiers());
    };
  }
}
