// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

/** The tense of the clause around a time expression, as far as POS tags tell. */
public enum Tense {
  /** "announced Monday", "has said". */
  PAST,
  /** "says", "is meeting". */
  PRESENT,
  /** "will meet Thursday", "set to speak", "to be held", "scheduled for". */
  FUTURE,
  /** No verb found near the expression. */
  NONE
}
