// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.util.Objects;

/**
 * A span of text the clean stage removed from an article body, kept so nothing is silently lost.
 *
 * @param text the removed text, verbatim
 * @param reason a short machine-readable reason such as {@code related-teaser} or {@code
 *     newsletter}
 */
public record RemovedSpan(String text, String reason) {
  public RemovedSpan {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
  }
}
