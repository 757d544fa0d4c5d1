// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import io.storylens.model.Event;
import io.storylens.model.Storyline;
import java.util.List;

/**
 * A snapshot of the clusterer's structure: every assigned article is in exactly one event, every
 * event in exactly one storyline.
 *
 * @param events events sorted by id
 * @param storylines storylines sorted by id
 * @param changes every merge and split so far, oldest first
 */
public record Clustering(
    List<Event> events, List<Storyline> storylines, List<ClusterChange> changes) {
  public Clustering {
    events = List.copyOf(events);
    storylines = List.copyOf(storylines);
    changes = List.copyOf(changes);
  }
}
