// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import java.util.Objects;

/**
 * What the article around an attribution says about how safe its speaker is, beyond the cue and the
 * distance: the rule that gave the speaker, the other people it could have been, and the kind of
 * article. The speaker confidence model weighs these ({@link SpeakerConfidence}).
 *
 * @param rule the rule that gave the speaker ({@link #CUE} when the cue next to the quote did)
 * @param rivals other persons the article names outside quotations shortly before the quote
 * @param nearerPerson whether another person is named between the speaker's mention and the quote
 * @param entityType the language layer's type of the speaker's name: {@code person}, {@code
 *     organization}, or empty when it tags none
 * @param interview whether the article is an interview written as questions and answers
 * @param cuedElsewhere other quotations of the article that the cue next to them gives, by name, to
 *     the same speaker
 */
public record SpeakerClues(
    String rule,
    int rivals,
    boolean nearerPerson,
    String entityType,
    boolean interview,
    int cuedElsewhere) {
  /** The speaker was the one the cue next to the quote names. */
  public static final String CUE = "cue";

  /** No clue known (no language layer, or no speaker). */
  public static final SpeakerClues NONE = new SpeakerClues(CUE, 0, false, "", false, 0);

  public SpeakerClues {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(entityType, "entityType");
    if (rivals < 0 || cuedElsewhere < 0) {
      throw new IllegalArgumentException("negative count: rivals " + rivals + ", " + cuedElsewhere);
    }
  }

  /** These clues with the speaker given by {@code newRule}. */
  public SpeakerClues withRule(String newRule) {
    return new SpeakerClues(newRule, rivals, nearerPerson, entityType, interview, cuedElsewhere);
  }
}
