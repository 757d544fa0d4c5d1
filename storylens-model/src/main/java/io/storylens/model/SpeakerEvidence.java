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
 * @param rule the rule that gave the speaker: {@code cue} when the cue next to the quote named it,
 *     else the rule that resolved or carried it ({@code prior-speaker}, {@code nearest-person},
 *     {@code description}, {@code paragraph}, {@code sentence-subject}, ...); empty when none
 * @param rivals other persons the article names shortly before the quote (candidates the speaker
 *     was chosen over)
 * @param nearerPerson whether another person is named between the speaker's mention and the quote
 * @param entityType the named-entity type of the speaker ({@code person}, {@code organization}),
 *     empty when the language layer tags none
 * @param interview whether the article is an interview written as questions and answers
 * @param cuedElsewhere other quotations of the same article that the cue next to them gives, by
 *     name, to the same speaker (a speaker the article quotes by name elsewhere is seldom a wrong
 *     antecedent)
 */
public record SpeakerEvidence(
    String candidate,
    String candidateKind,
    int distance,
    boolean cue,
    int agreeing,
    int disagreeing,
    String rule,
    int rivals,
    boolean nearerPerson,
    String entityType,
    boolean interview,
    int cuedElsewhere) {
  /** No speaker found at all. */
  public static final SpeakerEvidence NONE =
      new SpeakerEvidence("", "unknown", 0, false, 0, 0, "", 0, false, "", false, 0);

  public SpeakerEvidence {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(candidateKind, "candidateKind");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(entityType, "entityType");
    if (distance < 0 || agreeing < 0 || disagreeing < 0 || rivals < 0 || cuedElsewhere < 0) {
      throw new IllegalArgumentException(
          "negative evidence: distance "
              + distance
              + ", "
              + agreeing
              + "/"
              + disagreeing
              + ", rivals "
              + rivals
              + ", cued elsewhere "
              + cuedElsewhere);
    }
  }
}
