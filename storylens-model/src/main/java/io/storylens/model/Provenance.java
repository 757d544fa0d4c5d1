// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a metadata field of an article came from. Serialized as its lower-case label. */
public enum Provenance {
  HEADER("header"),
  HTML_META("html-meta"),
  JSON_LD("json-ld"),
  URL("url"),
  BODY("body"),
  JSON("json"),
  WARC("warc"),
  INFERRED("inferred"),
  /**
   * Written by Storylens from the text (a headline from the lead sentence), not given by the
   * source.
   */
  GENERATED("generated"),
  NONE("none");

  private final String label;

  Provenance(String label) {
    this.label = label;
  }

  /** The label used in JSON output, e.g. {@code html-meta}. */
  @JsonValue
  public String label() {
    return label;
  }
}
