// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dossier;

import io.storylens.model.Article;
import io.storylens.model.Event;
import io.storylens.model.Link;
import io.storylens.model.Storyline;
import java.util.List;

/** Groups articles into events and storylines (the clustering stage, issue 5, implements it). */
@FunctionalInterface
public interface StoryGrouping {
  /** Events and storylines of a set of articles. */
  record Grouping(List<Event> events, List<Storyline> storylines) {
    public Grouping {
      events = List.copyOf(events);
      storylines = List.copyOf(storylines);
    }
  }

  /** Groups {@code articles}; {@code links} are the derivation links among them. */
  Grouping group(List<Article> articles, List<Link> links);
}
