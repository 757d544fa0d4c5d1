// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import io.storylens.core.text.WordLists;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joint statements: "Fergie and Josh Duhamel announced they were separating. “To give our family
 * the best opportunity to adjust, …” the couple said in a joint statement." A description or
 * pronoun for several people ({@code joint-speakers.txt}: "the couple", "the pair", "they") stands
 * for the two people the text last names together, and the speaker is both ("Fergie and Josh
 * Duhamel"). When no two people are named together within reach, the attribution is left as it is.
 */
final class JointSpeakers {
  /** The rule of a speaker that is two people speaking together. */
  static final String RULE = "joint";

  private static final Set<String> JOINT =
      WordLists.load(JointSpeakers.class, "joint-speakers.txt");

  /** What may stand between two names named together: "and", and a short premodifier. */
  private static final Pattern BETWEEN =
      Pattern.compile("\\s*(,\\s*)?and\\s+(\\p{Ll}[\\p{L}-]*\\s+){0,2}");

  private final String text;
  private final Speakers speakers;

  JointSpeakers(String text, Speakers speakers) {
    this.text = text;
    this.speakers = speakers;
  }

  /** {@code a} with the people it stands for jointly as its speaker, or {@code a} unchanged. */
  Attribution apply(Attribution a, List<Attribution> all) {
    if (a.mentionStart() < 0 || !joint(a.mention())) {
      return a;
    }
    List<Speakers.Named> persons = speakers.personsBefore(a.mentionStart(), all);
    for (int i = persons.size() - 1; i > 0; i--) {
      Speakers.Named first = persons.get(i - 1);
      Speakers.Named second = persons.get(i);
      if (a.mentionStart() - second.end() > Speakers.PRONOUN_REACH) {
        break;
      }
      if (first.end() <= second.start()
          && BETWEEN.matcher(text.substring(first.end(), second.start())).matches()) {
        String both =
            speakers.canonical(first.name(), first.start())
                + " and "
                + speakers.canonical(second.name(), second.start());
        return Speakers.withMention(
            a, both, a.mention(), a.mentionStart(), a.mentionEnd(), SpeakerKind.NOMINAL_RESOLVED);
      }
    }
    return a;
  }

  /** Whether {@code mention} ("the couple", "the former couple", "they") is for several people. */
  static boolean joint(String mention) {
    String[] w = mention.strip().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    if (w.length == 0 || w.length > 3) {
      return false;
    }
    String head = w[w.length - 1];
    return JOINT.contains(head) && (w.length == 1 ? head.equals("they") : w[0].equals("the"));
  }
}
