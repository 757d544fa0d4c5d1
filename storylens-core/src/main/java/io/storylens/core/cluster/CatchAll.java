// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a storyline is a catch-all: several events that do not share what they are about, so that
 * its headline names only one of them and a reader who opens it finds unrelated stories.
 *
 * <p>Coherence is the mean, over pairs of events, of the Jaccard overlap of their main entities
 * (the people, places and organisations each event's articles mention most). Events of one real
 * storyline share at least one main entity (the talks between the U.S. and Russia all name Russia,
 * Ukraine, the U.S.); events glued together by a chance word share none. A storyline is a catch-all
 * when it has at least {@link #MIN_EVENTS} events and its coherence is below {@link
 * #MAX_COHERENCE}.
 */
public final class CatchAll {
  /** Fewer events than this are never a catch-all: two events can be one story's two halves. */
  public static final int MIN_EVENTS = 3;

  /**
   * Coherence under which a storyline is a catch-all: on average its events share less than one
   * main entity in ten. Set by hand, not fitted; see docs/stages/clustering.md.
   */
  public static final double MAX_COHERENCE = 0.1;

  private CatchAll() {}

  /** Mean pairwise Jaccard overlap of the events' main-entity sets; 1 for fewer than two. */
  public static double coherence(List<Set<String>> eventEntities) {
    int n = eventEntities.size();
    if (n < 2) {
      return 1;
    }
    double sum = 0;
    int pairs = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        sum += jaccard(eventEntities.get(i), eventEntities.get(j));
        pairs++;
      }
    }
    return sum / pairs;
  }

  /** Whether events with these main entities make a catch-all storyline. */
  public static boolean isCatchAll(List<Set<String>> eventEntities) {
    return eventEntities.size() >= MIN_EVENTS && coherence(eventEntities) < MAX_COHERENCE;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    return inter.size() / (double) (a.size() + b.size() - inter.size());
  }
}
