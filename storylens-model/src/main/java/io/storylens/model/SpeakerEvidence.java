// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.util.Objects;

/**
 * Why a quote's speaker was chosen: what the speaker confidence is computed from, kept so that a
 * reader or analyst can see it (and so that the confidence model can be refitted from dossiers).
 *
 * @param candidate the speaker the attribution rules found; equal to the quote's speaker when it is
 *     shown, kept here when the confidence was too low to show it; empty when none was found
 * @param candidateKind the speaker kind of {@code candidate} ({@code unknown} when none)
 * @param distance characters between the speaker's mention and the quoted words in the article that
 *     gave the speaker (0 when adjacent; large for a speaker carried over from an earlier
 *     paragraph)
 * @param cue whether a cue verb or phrase ("said", "according to") ties the mention to the words
 * @param agreeing attributions of this quote (one per article carrying it) naming the same speaker
 * @param disagreeing attributions of this quote naming a different speaker
 */
public record SpeakerEvidence(
    String candidate,
    String candidateKind,
    int distance,
    boolean cue,
    int agreeing,
    int disagreeing) {
  /** No speaker found at all. */
  public static final SpeakerEvidence NONE = new SpeakerEvidence("", "unknown", 0, false, 0, 0);

  public SpeakerEvidence {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(candidateKind, "candidateKind");
    if (distance < 0 || agreeing < 0 || disagreeing < 0) {
      throw new IllegalArgumentException(
          "negative evidence: distance " + distance + ", " + agreeing + "/" + disagreeing);
    }
  }
}
