// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the text says about an article's date.
 *
 * @param effectiveDate the date the article was most likely written: the header date when nothing
 *     contradicts it, else the date inferred from the text
 * @param from {@code header}, {@code text} (header contradicted), {@code inferred} (no header) or
 *     {@code none}
 * @param evidence why: each observation that contradicts or supports the header
 * @param warnings human-readable warnings for {@code Article.dateWarnings}
 */
public record DateCheck(
    Optional<LocalDate> effectiveDate, String from, List<String> evidence, List<String> warnings) {
  public DateCheck {
    Objects.requireNonNull(effectiveDate, "effectiveDate");
    Objects.requireNonNull(from, "from");
    evidence = List.copyOf(evidence);
    warnings = List.copyOf(warnings);
  }
}
