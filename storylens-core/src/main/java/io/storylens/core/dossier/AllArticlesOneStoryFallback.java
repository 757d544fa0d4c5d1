// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dossier;

import io.storylens.core.summarize.Chronology;
import io.storylens.core.text.Hashing;
import io.storylens.model.Article;
import io.storylens.model.Event;
import io.storylens.model.Link;
import io.storylens.model.Storyline;
import java.util.List;

/**
 * STOPGAP until the clustering stage (issue 5) is wired in: every article belongs to one event, and
 * that event is the only one of one storyline. Ids are content hashes of the sorted article ids
 * ({@code ev-…}, {@code sl-…}), so they are stable for the same articles.
 */
public final class AllArticlesOneStoryFallback implements StoryGrouping {
  @Override
  public Grouping group(List<Article> articles, List<Link> links) {
    if (articles.isEmpty()) {
      return new Grouping(List.of(), List.of());
    }
    List<Article> sorted = articles.stream().sorted(Chronology.ORDER).toList();
    String[] ids = sorted.stream().map(Article::id).sorted().toArray(String[]::new);
    String hash = Hashing.sha256Hex(12, ids);
    String title = sorted.get(0).displayTitle();
    List<String> articleIds = sorted.stream().map(Article::id).toList();
    Event event = new Event("ev-" + hash, title, List.of(ids), "sl-" + hash);
    Storyline storyline = new Storyline("sl-" + hash, title, List.of(event.id()), articleIds);
    return new Grouping(List.of(event), List.of(storyline));
  }
}
