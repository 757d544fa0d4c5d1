// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a copied article relates to its original. */
public enum LinkKind {
  EXACT("exact"),
  NEAR_DUPLICATE("near-duplicate"),
  REWRITE("rewrite"),
  EXCERPT("excerpt");

  private final String label;

  LinkKind(String label) {
    this.label = label;
  }

  /** The label used in JSON output. */
  @JsonValue
  public String label() {
    return label;
  }
}
