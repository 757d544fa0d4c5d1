// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.util.Objects;

/**
 * A temporal expression found in an article, normalized TIMEX3-style.
 *
 * @param text the expression as written ("Monday", "Jan. 13")
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value resolved against the article date ("2021-12-27", "P2W", "2022-01")
 * @param sentence 0-based sentence index in the article
 */
public record Timex(String text, String type, String value, int sentence) {
  public Timex {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
