// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.text;

import io.storylens.model.Article;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;

/**
 * When an article was published, to the time of day where the input says it: the date from the
 * article and the time from its metadata field {@value #TIME_FIELD} ("HH:MM" or "HH:MM:SS", set by
 * ingest from a timestamp such as JSON Lines' {@code date_publish}). Midnight exactly is no time of
 * day: feeds write it for a date without one.
 */
public final class PublicationTimes {
  /** The metadata field holding the time of day of publication. */
  public static final String TIME_FIELD = "published_time";

  private PublicationTimes() {}

  /** The time of day of publication, if the input gave one. */
  public static Optional<LocalTime> time(Article a) {
    String t = a.metadata().get(TIME_FIELD);
    if (t == null || t.isBlank()) {
      return Optional.empty();
    }
    try {
      LocalTime time = LocalTime.parse(t.strip());
      return time.equals(LocalTime.MIDNIGHT) ? Optional.empty() : Optional.of(time);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The moment of publication for ordering: the date at its time of day, or at the start of the day
   * when the time is unknown; empty when undated.
   */
  public static Optional<LocalDateTime> moment(Article a) {
    Optional<LocalDate> d = a.publishedDate();
    return d.map(day -> day.atTime(time(a).orElse(LocalTime.MIDNIGHT)));
  }

  /** Earliest first by date, then by time of day where both are known; undated last. */
  public static final Comparator<Article> EARLIEST_FIRST =
      Comparator.comparing(
          (Article a) -> moment(a).orElse(LocalDateTime.MAX), Comparator.naturalOrder());

  /** The moment as shown to a reader: "2016-11-11 09:11", or the date alone without a time. */
  public static String label(Article a) {
    Optional<LocalDate> d = a.publishedDate();
    if (d.isEmpty()) {
      return "undated";
    }
    return d.get() + time(a).map(t -> " " + t.toString().substring(0, 5)).orElse("");
  }
}
