// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import io.storylens.core.nlp.Tense;
import io.storylens.model.Timex;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A time expression of one article resolved against that article's date.
 *
 * @param text the expression as written
 * @param type TIMEX3 type
 * @param value resolved TIMEX3 value
 * @param sentence index into {@link io.storylens.core.text.Sentences#split}
 * @param tense tense of its clause
 */
public record ResolvedTimex(String text, String type, String value, int sentence, Tense tense) {
  public ResolvedTimex {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(tense, "tense");
  }

  /** The granularity of {@link #value}: year, month, day, time, week, season or other. */
  public String granularity() {
    return TimexResolver.granularity(value);
  }

  /** The day, for day and time values. */
  public Optional<LocalDate> day() {
    String g = granularity();
    if (g.equals("day") || g.equals("time")) {
      return Optional.of(LocalDate.parse(value.substring(0, 10)));
    }
    return Optional.empty();
  }

  /** Whether the expression spells out its year ("December 7, 2021", "2014"). */
  public boolean explicitYear() {
    return text.matches(".*\\b\\d{4}\\b.*");
  }

  /** The model record written to {@code storylens.json}. */
  public Timex toTimex() {
    return new Timex(text, type, value, sentence);
  }
}
