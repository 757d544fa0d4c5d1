// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dossier;

import io.storylens.core.summarize.Chronology;
import io.storylens.core.summarize.Summarizer;
import io.storylens.core.summarize.SummaryRequest;
import io.storylens.model.Article;
import io.storylens.model.Disagreement;
import io.storylens.model.Dossier;
import io.storylens.model.Event;
import io.storylens.model.Link;
import io.storylens.model.Storyline;
import io.storylens.model.SummarySentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the {@link Dossier} of every event and storyline: articles in reading order, time span,
 * outlets, links among its articles, first publisher, summary and what the wired {@link
 * DossierStages} find. Output is deterministic: events then storylines, each sorted by id.
 */
public final class DossierBuilder {
  private final Summarizer summarizer;
  private final DossierStages stages;
  private final int wordBudget;
  private final FirstPublisherFinder firstPublisher = new FirstPublisherFinder();

  public DossierBuilder(Summarizer summarizer, DossierStages stages, int wordBudget) {
    this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
    this.stages = Objects.requireNonNull(stages, "stages");
    if (wordBudget < 1) {
      throw new IllegalArgumentException("wordBudget must be >= 1: " + wordBudget);
    }
    this.wordBudget = wordBudget;
  }

  /** The dossiers of all {@code events} and {@code storylines} over {@code articles}. */
  public List<Dossier> buildAll(
      List<Article> articles, List<Link> links, List<Event> events, List<Storyline> storylines) {
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    List<Dossier> out = new ArrayList<>();
    for (Event e : events.stream().sorted(Comparator.comparing(Event::id)).toList()) {
      out.add(build(e.id(), "event", e.title(), members(e.articles(), byId), links));
    }
    for (Storyline s : storylines.stream().sorted(Comparator.comparing(Storyline::id)).toList()) {
      out.add(build(s.id(), "storyline", s.title(), members(s.articles(), byId), links));
    }
    return out;
  }

  /** The dossier {@code id} of {@code kind} ("event" or "storyline") over {@code articles}. */
  public Dossier build(
      String id, String kind, String title, List<Article> articles, List<Link> allLinks) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    List<Article> sorted = articles.stream().sorted(Chronology.ORDER).distinct().toList();
    Set<String> ids = new HashSet<>();
    sorted.forEach(a -> ids.add(a.id()));
    List<Link> links =
        allLinks.stream()
            .filter(l -> ids.contains(l.from()) && ids.contains(l.to()))
            .sorted(Comparator.comparing(Link::from).thenComparing(Link::to))
            .toList();
    TreeSet<String> dates = new TreeSet<>();
    TreeSet<String> outlets = new TreeSet<>();
    for (Article a : sorted) {
      a.publishedDate().ifPresent(d -> dates.add(d.toString()));
      outlets.add(a.outletName());
    }
    List<Disagreement> disagreements = stages.disagreements().disagreements(sorted);
    List<SummarySentence> summary =
        summarizer.summarize(
            new SummaryRequest(sorted, links, disagreements, Optional.empty(), wordBudget));
    return new Dossier(
        id,
        kind,
        title,
        dates.isEmpty() ? Optional.empty() : Optional.of(dates.first()),
        dates.isEmpty() ? Optional.empty() : Optional.of(dates.last()),
        List.copyOf(outlets),
        sorted.stream().map(Article::id).toList(),
        firstPublisher.find(sorted, links),
        summary,
        stages.entities().entities(sorted),
        stages.timeline().timeline(sorted),
        stages.quotes().quotes(sorted),
        stages.claims().claims(sorted),
        disagreements,
        links);
  }

  private static List<Article> members(List<String> ids, Map<String, Article> byId) {
    List<Article> out = new ArrayList<>();
    for (String id : ids) {
      Article a = byId.get(id);
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }
}
