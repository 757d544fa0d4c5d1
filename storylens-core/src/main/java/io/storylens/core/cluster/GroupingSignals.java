// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import io.storylens.core.embed.ArticleEmbeddings;
import io.storylens.core.text.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Extracts what {@link LearnedClusterer} compares of one article: its dense embedding (title and
 * lead), sublinear term frequencies of its headline and of its lead, and its named entities.
 * Thread-safe when the embeddings and the entity extractor are.
 */
public final class GroupingSignals {
  /** Content words of the lead counted (the rest of a body is background, not the happening). */
  static final int BODY_WORDS = 400;

  private final ArticleEmbeddings embeddings;
  private final EntityExtractor entities;

  public GroupingSignals(ArticleEmbeddings embeddings, EntityExtractor entities) {
    this.embeddings = Objects.requireNonNull(embeddings, "embeddings");
    this.entities = Objects.requireNonNull(entities, "entities");
  }

  /**
   * One article's signals.
   *
   * @param time publication time, epoch seconds
   * @param dated whether {@code time} is the stated publication time (not an ingest time standing
   *     in for a missing or future date; such an article is compared by content alone)
   * @param dense unit-length embedding of title and lead
   * @param title stemmed headline terms and their sublinear frequencies
   * @param body stemmed lead terms and their sublinear frequencies
   * @param entities lower-cased entity names
   * @param days the days of the happening the article reports, as sorted epoch days (see {@link
   *     EventDates}); empty when none were found
   */
  public record Signals(
      String id,
      String displayTitle,
      long time,
      boolean dated,
      float[] dense,
      Map<String, Float> title,
      Map<String, Float> body,
      Set<String> entities,
      int[] days) {
    /** The same signals placed at {@code time}, {@code dated} or not. */
    public Signals at(long time, boolean dated) {
      return new Signals(id, displayTitle, time, dated, dense, title, body, entities, days);
    }
  }

  /** The signals of {@code doc}. */
  public Signals of(ClusterDoc doc) {
    Objects.requireNonNull(doc, "doc");
    float[] dense = embeddings.of(doc.id(), doc.title(), doc.text());
    Map<String, Float> title = counts(Tokens.contentWords(Featurizer.headline(doc)));
    String lead = doc.text().length() > 8000 ? doc.text().substring(0, 8000) : doc.text();
    Map<String, Float> body = counts(Tokens.contentWords(lead, BODY_WORDS));
    Set<String> names = new TreeSet<>();
    for (String e : doc.entities().orElseGet(() -> entities.extract(doc.title(), doc.text()))) {
      String n = Tokens.lower(e).strip();
      if (!n.isEmpty()) {
        names.add(n);
      }
    }
    String display = doc.title().isBlank() ? Featurizer.headline(doc) : doc.title();
    int[] days =
        Featurizer.epochDays(
            doc.eventDays()
                .orElseGet(() -> EventDates.cheap(doc.title(), doc.text(), doc.anchorDay())));
    return new Signals(
        doc.id(),
        display,
        doc.time().getEpochSecond(),
        doc.flags().isEmpty(),
        dense,
        title,
        body,
        Set.copyOf(names),
        days);
  }

  private static Map<String, Float> counts(List<String> words) {
    Map<String, Float> c = new HashMap<>();
    for (String w : words) {
      c.merge(Featurizer.stem(w), 1f, Float::sum);
    }
    c.replaceAll((k, v) -> (float) (1 + Math.log(v)));
    return c;
  }
}
