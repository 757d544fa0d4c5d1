// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import java.util.List;
import java.util.Locale;

/**
 * The last check on a "he said" or "she said": the person it was resolved to must not carry a first
 * name of the other gender. When two people speak in turn, the nearest-name rules and the carried
 * over prior speaker sometimes hand a woman's words to the man quoted just before ("“At some point,
 * his eyes changed …,” she says" after "Weinstein said he was hurt"). Such a speaker goes to the
 * nearest person before the pronoun whose first name agrees. The name list is noisy for names
 * outside English usage, so a speaker with no agreeing rival stays, and only full names (a first
 * name and more) are judged: "Thurman" alone is a surname, though the list holds it as a first
 * name.
 */
final class GenderAgreement {
  /** The rule of a speaker moved to the person whose first name agrees with the pronoun. */
  static final String RULE = "gender";

  private final Speakers speakers;

  GenderAgreement(Speakers speakers) {
    this.speakers = speakers;
  }

  /** {@code a} with a speaker its pronoun may stand for, or {@code a} unchanged. */
  Attribution apply(Attribution a, List<Attribution> all) {
    String pronoun = a.mention().strip().toLowerCase(Locale.ROOT);
    if (!a.hasSpeaker()
        || a.mentionStart() < 0
        || !(pronoun.equals("he") || pronoun.equals("she"))
        || !a.speaker().strip().contains(" ")
        || NameGender.agreement(pronoun, a.speaker()) >= 0) {
      // A lone surname says nothing of gender, even when the list holds it as a first name
      // ("Thurman").
      return a;
    }
    List<Speakers.Named> before = speakers.personsBefore(a.mentionStart(), all);
    for (int i = before.size() - 1; i >= 0; i--) {
      Speakers.Named n = before.get(i);
      if (a.mentionStart() - n.end() > Speakers.PRONOUN_REACH) {
        break;
      }
      String name = speakers.canonical(n.name(), n.start());
      if (name.contains(" ")
          && NameGender.agreement(pronoun, name) > 0
          && !speakers.inCaption(n.start())) {
        return Speakers.withMention(
            a, name, a.mention(), a.mentionStart(), a.mentionEnd(), SpeakerKind.PRONOUN_RESOLVED);
      }
    }
    // The list is noisy outside English usage ("Lai"): it moves a speaker, never drops one.
    return a;
  }
}
