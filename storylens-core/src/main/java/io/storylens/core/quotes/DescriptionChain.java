// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import io.storylens.core.text.WordLists;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A definite description the article puts beside no name, used where a pronoun could stand: "He
 * said he didn't realise there was a twist in the road coming back. … The director said failing to
 * test the route one more time was “one of my most horrendous mistakes”", "Adil Salahi, whose
 * property overlooks the track, told Press Association he heard a “sudden” noise. ↵The 76-year-old
 * said: “…”". News prose names its subject and then refers to it by role or age, so the description
 * stands for the person who spoke just before, the way "he" would; the quotations carried over from
 * it ("he said", the next quoted paragraph) follow. Roles that speak for someone else ("the
 * spokesman", `stand-in-roles.txt`), groups (a plural head), names ("the Telegraph"), organizations
 * and documents are someone else than the person before, and stay as written. Not always right (the
 * sentence may bring in a new person by role), so the confidence model weighs the rule as a feature
 * of its own.
 */
final class DescriptionChain {
  /** The rule's name in the speaker evidence. */
  static final String RULE = "description-chain";

  private static final Set<String> STAND_INS =
      WordLists.load(DescriptionChain.class, "stand-in-roles.txt");
  private static final Set<String> ORG_HEADS =
      WordLists.load(DescriptionChain.class, "organization-heads.txt");

  /** Longest description, in words, taken for a role ("the Oscar-winning director"). */
  private static final int MAX_WORDS = 4;

  private final Speakers speakers;

  /** Descriptions resolved so far in the article, lower-case, to the person they stand for. */
  private final Map<String, String> resolved = new HashMap<>();

  DescriptionChain(Speakers speakers) {
    this.speakers = speakers;
  }

  /** {@code a} with its description resolved to the person who spoke before, or unchanged. */
  Attribution apply(Attribution a, List<Attribution> all) {
    if (a.kind() != SpeakerKind.NOMINAL || !a.hasSpeaker()) {
      return a;
    }
    String key = a.speaker().toLowerCase(Locale.ROOT);
    if (!a.mention().equalsIgnoreCase(a.speaker())) {
      // Carried over from the description ("he said" after it, the next quoted paragraph).
      String person = resolved.get(key);
      return person == null ? a : with(a, person);
    }
    if (!role(key) || !commonNoun(a.mention())) {
      return a;
    }
    Attribution prior = null;
    for (Attribution b : all) {
      if (b != a
          && b.hasSpeaker()
          && b.contentStart() < a.contentStart()
          && (prior == null || b.contentStart() > prior.contentStart())) {
        prior = b;
      }
    }
    if (prior == null
        || prior.kind() == SpeakerKind.NOMINAL
        || a.mentionStart() - Math.max(prior.contentEnd(), prior.mentionEnd())
            > Speakers.PRONOUN_REACH
        || !speakers.isPerson(prior.speaker())) {
      return a;
    }
    resolved.put(key, prior.speaker());
    return with(a, prior.speaker());
  }

  private static Attribution with(Attribution a, String person) {
    return Speakers.withMention(
        a, person, a.mention(), a.mentionStart(), a.mentionEnd(), SpeakerKind.NOMINAL_RESOLVED);
  }

  /**
   * Whether the last word of {@code mention} is written as a common noun ("the Telegraph" is not).
   */
  private static boolean commonNoun(String mention) {
    String m = mention.strip();
    int space = m.lastIndexOf(' ');
    return space >= 0 && !Character.isUpperCase(m.charAt(space + 1));
  }

  /**
   * Whether {@code description} is "the" and a few words ending in a singular role for one person
   * ("the director", "the 76-year-old").
   */
  static boolean role(String description) {
    String[] w = description.split("\\s+");
    if (w.length < 2 || w.length > MAX_WORDS || !w[0].equals("the")) {
      return false;
    }
    String head = w[w.length - 1];
    return head.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-')
        && !(head.endsWith("s") && !head.endsWith("ss"))
        && !STAND_INS.contains(head)
        && !ORG_HEADS.contains(head)
        && !DocumentSpeakers.HEADS.contains(head);
  }
}
