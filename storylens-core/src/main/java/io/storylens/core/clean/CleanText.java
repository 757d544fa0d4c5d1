// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.clean;

import io.storylens.model.RemovedSpan;
import java.util.List;
import java.util.Objects;

/**
 * A cleaned body.
 *
 * @param text the cleaned text, paragraphs separated by a blank line
 * @param removed what was removed and why
 * @param flags quality flags such as {@code quotes-stripped} or {@code mojibake-repaired}
 */
public record CleanText(String text, List<RemovedSpan> removed, List<String> flags) {
  public CleanText {
    Objects.requireNonNull(text, "text");
    removed = List.copyOf(removed);
    flags = List.copyOf(flags);
  }
}
