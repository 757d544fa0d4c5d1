// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.util.List;
import java.util.Objects;

/**
 * One happening, reported by one or more articles.
 *
 * @param id stable event id
 * @param title the most central headline among its articles
 * @param articles ids of member articles, sorted
 * @param storyline id of the storyline this event belongs to
 */
public record Event(String id, String title, List<String> articles, String storyline) {
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    articles = List.copyOf(articles);
    Objects.requireNonNull(storyline, "storyline");
  }
}
