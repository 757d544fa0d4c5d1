// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.model.Dossier;
import io.storylens.model.Event;
import io.storylens.model.Link;
import io.storylens.model.Storyline;
import java.util.List;

/**
 * The content of {@code storylens.json}. Field names are a published contract (docs/schema): add
 * fields, never rename them.
 */
public record Report(
    List<ArticleView> articles,
    List<Link> links,
    List<Event> events,
    List<Storyline> storylines,
    List<Dossier> dossiers) {
  public Report {
    articles = List.copyOf(articles);
    links = List.copyOf(links);
    events = List.copyOf(events);
    storylines = List.copyOf(storylines);
    dossiers = List.copyOf(dossiers);
  }
}
