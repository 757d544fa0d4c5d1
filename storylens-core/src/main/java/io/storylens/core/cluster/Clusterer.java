// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

/**
 * Groups articles into events and events into storylines, online: each call places one article into
 * the existing structure without reclustering what came before.
 *
 * <p>Contract (checked for every implementation by the abstract contract test): assigning the same
 * article id twice returns the first assignment and changes nothing; the same input in the same
 * order gives the same output; different orders give nearly the same grouping; every article is in
 * exactly one event and every event in exactly one storyline.
 */
public interface Clusterer {
  /** Places {@code doc} into an event (existing or new) and returns where it went. */
  Assignment assign(ClusterDoc doc);

  /** The current structure, after consolidating what arrived since the last consolidation. */
  Clustering clustering();
}
