// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import java.util.Objects;

/**
 * Where one article went.
 *
 * @param article the article id
 * @param event the id of the event it joined or founded
 * @param storyline the id of that event's storyline
 * @param founded whether the article started a new event
 * @param score similarity to the event it joined (decayed by time); 0 when it founded one
 */
public record Assignment(
    String article, String event, String storyline, boolean founded, double score) {
  public Assignment {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(storyline, "storyline");
  }
}
