// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import java.util.Objects;

/**
 * One consolidation step, kept so that ids stay traceable: after a {@code MERGE}, {@code from} no
 * longer exists and its articles are in {@code into}; after a {@code SPLIT}, {@code from} still
 * exists and some of its articles moved to the new {@code into}.
 *
 * @param kind what happened
 * @param level {@code event} or {@code storyline}
 * @param from the id that was merged away or split
 * @param into the surviving or newly created id
 * @param sequence how many articles had been assigned when it happened (orders the log)
 */
public record ClusterChange(Kind kind, String level, String from, String into, long sequence) {
  /** What consolidation did. */
  public enum Kind {
    MERGE,
    SPLIT
  }

  public ClusterChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(into, "into");
  }
}
