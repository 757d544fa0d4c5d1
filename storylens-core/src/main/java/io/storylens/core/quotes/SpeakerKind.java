// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

/** How a quote's speaker was found. {@link #label()} is the JSON value of {@code speaker_kind}. */
public enum SpeakerKind {
  /** A proper name stated next to the cue ("Sergei Ryabkov said"). */
  NAMED("named"),
  /** A description kept as written ("a senior administration official", "the Kremlin"). */
  NOMINAL("nominal"),
  /** A description ("the company") resolved to the entity the article names for it. */
  NOMINAL_RESOLVED("nominal-resolved"),
  /** A pronoun ("he said") resolved to an earlier named speaker. */
  PRONOUN_RESOLVED("pronoun-resolved"),
  /** No speaker found, or a pronoun that could not be resolved. */
  UNKNOWN("unknown");

  private final String label;

  SpeakerKind(String label) {
    this.label = label;
  }

  /** The kind whose {@link #label()} is {@code label}. */
  public static SpeakerKind of(String label) {
    for (SpeakerKind k : values()) {
      if (k.label.equals(label)) {
        return k;
      }
    }
    throw new IllegalArgumentException("not a speaker kind: '" + label + "'");
  }

  /** The JSON label. */
  public String label() {
    return label;
  }
}
