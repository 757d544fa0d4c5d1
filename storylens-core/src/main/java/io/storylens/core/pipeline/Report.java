// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.model.Dossier;
import io.storylens.model.Entity;
import io.storylens.model.Event;
import io.storylens.model.Link;
import io.storylens.model.Storyline;
import io.storylens.model.TimelineEntry;
import java.util.List;

/**
 * The content of {@code storylens.json}. Field names are a published contract (docs/schema): add
 * fields, never rename them. {@code entities} and {@code timeline} cover all analyzed articles
 * (language layer); dossiers carry the per-story ones.
 */
public record Report(
    List<ArticleView> articles,
    List<Link> links,
    List<Event> events,
    List<Storyline> storylines,
    List<Dossier> dossiers,
    List<Entity> entities,
    List<TimelineEntry> timeline) {
  public Report {
    entities = List.copyOf(entities);
    timeline = List.copyOf(timeline);
    articles = List.copyOf(articles);
    links = List.copyOf(links);
    events = List.copyOf(events);
    storylines = List.copyOf(storylines);
    dossiers = List.copyOf(dossiers);
  }

  /** A report without corpus-wide entities and timeline. */
  public Report(
      List<ArticleView> articles,
      List<Link> links,
      List<Event> events,
      List<Storyline> storylines,
      List<Dossier> dossiers) {
    this(articles, links, events, storylines, dossiers, List.of(), List.of());
  }
}
