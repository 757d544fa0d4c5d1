// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.util.List;
import java.util.Objects;

/**
 * A developing story made of one or more events.
 *
 * @param id stable storyline id
 * @param title a representative title
 * @param events ids of member events
 * @param articles ids of all member articles
 */
public record Storyline(String id, String title, List<String> events, List<String> articles) {
  public Storyline {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    events = List.copyOf(events);
    articles = List.copyOf(articles);
  }
}
