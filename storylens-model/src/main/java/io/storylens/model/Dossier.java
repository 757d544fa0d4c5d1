// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Storylens knows about one event or storyline.
 *
 * @param id the event or storyline id
 * @param kind event or storyline
 * @param title title
 * @param start earliest article date (ISO), if any
 * @param end latest article date (ISO), if any
 * @param outlets outlets, sorted
 * @param articles article ids, sorted by date
 * @param firstPublisher the first publisher, if any article is dated
 * @param summary the provenance-traced summary
 * @param entities canonical entities
 * @param timeline dated happenings, sorted
 * @param quotes quotes
 * @param claims claims
 * @param disagreements disagreements
 * @param links derivation links among its articles
 */
public record Dossier(
    String id,
    String kind,
    String title,
    Optional<String> start,
    Optional<String> end,
    List<String> outlets,
    List<String> articles,
    Optional<FirstPublisher> firstPublisher,
    List<SummarySentence> summary,
    List<Entity> entities,
    List<TimelineEntry> timeline,
    List<Quote> quotes,
    List<Claim> claims,
    List<Disagreement> disagreements,
    List<Link> links) {
  public Dossier {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    outlets = List.copyOf(outlets);
    articles = List.copyOf(articles);
    Objects.requireNonNull(firstPublisher, "firstPublisher");
    summary = List.copyOf(summary);
    entities = List.copyOf(entities);
    timeline = List.copyOf(timeline);
    quotes = List.copyOf(quotes);
    claims = List.copyOf(claims);
    disagreements = List.copyOf(disagreements);
    links = List.copyOf(links);
  }
}
