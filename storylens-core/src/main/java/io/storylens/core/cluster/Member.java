// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import java.util.List;

/** One assigned article inside {@link OnlineClusterer}. */
final class Member {
  final String id;
  final String title;
  final long time;
  final List<String> flags;
  final SparseVector vector;

  /** Epoch days of the reported happening, sorted (see {@link EventDates}); may be empty. */
  final int[] days;

  /** Term ids of the headline's content words, sorted (see {@link Featurizer#keyTerms}). */
  final int[] key;

  int event;

  Member(
      String id,
      String title,
      long time,
      List<String> flags,
      SparseVector vector,
      int[] days,
      int[] key) {
    this.days = days;
    this.key = key;
    this.id = id;
    this.title = title;
    this.time = time;
    this.flags = flags;
    this.vector = vector;
  }
}
