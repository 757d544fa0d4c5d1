// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.core.entities.EntityResolver;
import io.storylens.core.nlp.ArticleAnnotations;
import io.storylens.core.nlp.LanguageLayer;
import io.storylens.core.timeline.ArticleTimes;
import io.storylens.core.timeline.TimelineBuilder;
import io.storylens.model.Article;
import io.storylens.model.Dossier;
import io.storylens.model.Entity;
import io.storylens.model.Event;
import io.storylens.model.Link;
import io.storylens.model.Storyline;
import io.storylens.model.TimelineEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Runs the analysis stages over a set of articles and assembles the {@link Report}. Output is
 * deterministic: articles are sorted by publication date, then source, then id.
 */
public final class Analyzer {
  /** Sort order of articles in every output. */
  public static final Comparator<Article> ORDER =
      Comparator.comparing((Article a) -> a.publishedDate().map(Object::toString).orElse("9999"))
          .thenComparing(Article::source)
          .thenComparing(Article::id);

  private final LanguageLayer language;

  /** An analyzer on the process-wide language layer (CoreNLP, in-memory annotation cache). */
  public Analyzer() {
    this(LanguageLayer.shared());
  }

  /** An analyzer on {@code language} (e.g. one whose cache is the store). */
  public Analyzer(LanguageLayer language) {
    this.language = java.util.Objects.requireNonNull(language, "language");
  }

  /** Analyzes {@code articles}. */
  public Report analyze(List<Article> articles) {
    // Language layer (issue 6): annotate once, resolve dates per article, check header dates.
    Map<String, ArticleAnnotations> annotations =
        language.annotateAll(articles.stream().sorted(ORDER).toList());
    List<ArticleTimes> times =
        articles.stream()
            .sorted(ORDER)
            .map(a -> ArticleTimes.of(a, annotations.get(a.id())))
            .toList();
    List<Article> sorted = times.stream().map(ArticleTimes::article).toList();
    Map<String, ArticleTimes> timesById = new java.util.HashMap<>();
    times.forEach(t -> timesById.put(t.article().id(), t));
    // Stages plug in here, in data-flow order. Each is one interface with one verb:
    // links (issue 4), events and storylines (issue 5), language layer + timeline (issue 6),
    // quotes and claims (issue 7), dossiers (issue 8).
    List<Link> links = List.of();
    List<Event> events = List.of();
    List<Storyline> storylines = List.of();
    List<Dossier> dossiers = List.of();
    List<ArticleView> views =
        sorted.stream()
            .map(
                a -> {
                  ArticleTimes t = timesById.get(a.id());
                  return ArticleView.of(a).withTimes(t.timexRecords(), t.check());
                })
            .toList();
    List<Entity> entities = EntityResolver.resolve(sorted, annotations);
    List<TimelineEntry> timeline = TimelineBuilder.fromTimes(times);
    return new Report(views, links, events, storylines, dossiers, entities, timeline);
  }
}
