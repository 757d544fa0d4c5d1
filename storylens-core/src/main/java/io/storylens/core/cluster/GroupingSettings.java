// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import java.time.Duration;

/**
 * Bounds of {@link LearnedClusterer} that the link model does not learn: how long a storyline may
 * go without a new event, and how many groups are scored per article. How long an event may run is
 * a property of the training data and travels with the model ({@link LinkModel#eventSpanDays}).
 *
 * @param storylineGap a new event joins a storyline only if the storyline's latest article is at
 *     most this far from it, so a storyline never spans long silences
 * @param candidates groups scored in full per article, the most similar by embedding centroid
 */
public record GroupingSettings(Duration storylineGap, int candidates) {
  public GroupingSettings {
    if (storylineGap.isNegative() || storylineGap.isZero()) {
      throw new IllegalArgumentException("storylineGap must be positive: " + storylineGap);
    }
    if (candidates < 1) {
      throw new IllegalArgumentException("candidates must be positive: " + candidates);
    }
  }

  /** Storylines bridging up to 90 days without news, 20 groups scored per article. */
  public static GroupingSettings defaults() {
    return new GroupingSettings(Duration.ofDays(90), 20);
  }
}
