// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import io.storylens.model.Article;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the clusterer sees of one article.
 *
 * @param id the article id
 * @param title the headline (may be empty)
 * @param text the body (may be empty; an article with neither title nor text forms its own event)
 * @param outlet the outlet name, for display
 * @param time when it was published, or when it was ingested if that is unknown (see flags)
 * @param flags {@link #DATE_MISSING} or {@link #DATE_IN_FUTURE} when {@code time} is not the stated
 *     publication time
 * @param entities named entities found by an NLP stage, if one ran; empty means "not known", and
 *     the clusterer then falls back to {@link CapitalizedPhrases}
 * @param eventDays the days of the happening the article reports (see {@link EventDates}), from the
 *     language layer when it ran; empty means "not known", and the clusterer then falls back to
 *     {@link EventDates#cheap}
 */
public record ClusterDoc(
    String id,
    String title,
    String text,
    String outlet,
    Instant time,
    List<String> flags,
    Optional<Set<String>> entities,
    Optional<List<LocalDate>> eventDays) {

  /** Flag: the article has no publication date; it is placed at its ingest time. */
  public static final String DATE_MISSING = "date-missing";

  /** Flag: the stated date lies in the future; the article is placed at its ingest time. */
  public static final String DATE_IN_FUTURE = "date-in-future";

  /** Dates up to this far ahead of the clock are accepted (time zones, early embargo lifts). */
  static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

  public ClusterDoc {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(time, "time");
    flags = List.copyOf(flags);
    entities = entities.map(Set::copyOf);
    eventDays = eventDays.map(List::copyOf);
  }

  /** A document whose event days are left to the clusterer's cheap fallback. */
  public ClusterDoc(
      String id,
      String title,
      String text,
      String outlet,
      Instant time,
      List<String> flags,
      Optional<Set<String>> entities) {
    this(id, title, text, outlet, time, flags, entities, Optional.empty());
  }

  /** A document with a known time and no NLP entities. */
  public static ClusterDoc of(String id, String title, String text, String outlet, Instant time) {
    return new ClusterDoc(id, title, text, outlet, time, List.of(), Optional.empty());
  }

  /**
   * The document for {@code article}: published at noon UTC of its date (the model keeps dates
   * only); with no date, or a date more than a day ahead of {@code clock}, at {@code clock}'s
   * instant, flagged.
   */
  public static ClusterDoc of(Article article, Clock clock) {
    Instant now = clock.instant();
    List<String> flags = new ArrayList<>();
    Instant time;
    if (article.publishedDate().isEmpty()) {
      time = now;
      flags.add(DATE_MISSING);
    } else {
      time = article.publishedDate().get().atTime(12, 0).toInstant(ZoneOffset.UTC);
      if (time.isAfter(now.plus(FUTURE_TOLERANCE))) {
        time = now;
        flags.add(DATE_IN_FUTURE);
      }
    }
    return new ClusterDoc(
        article.id(),
        // A generated headline repeats the lead sentence: as a feature it would count that
        // sentence twice.
        article.title().from() == io.storylens.model.Provenance.GENERATED
            ? ""
            : article.title().value().orElse(""),
        article.text(),
        article.outletName(),
        time,
        flags,
        Optional.empty());
  }

  /** The same document with entities from an NLP stage. */
  public ClusterDoc withEntities(Set<String> names) {
    return new ClusterDoc(id, title, text, outlet, time, flags, Optional.of(names), eventDays);
  }

  /** The same document with event days found by the language layer. */
  public ClusterDoc withEventDays(List<LocalDate> days) {
    return new ClusterDoc(id, title, text, outlet, time, flags, entities, Optional.of(days));
  }

  /**
   * The day the article's relative dates are resolved against: its publication day, or none when
   * {@link #time} is only the ingest time.
   */
  Optional<LocalDate> anchorDay() {
    return flags.isEmpty()
        ? Optional.of(LocalDate.ofInstant(time, ZoneOffset.UTC))
        : Optional.empty();
  }
}
