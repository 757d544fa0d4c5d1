// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A speaker phrase the rules read as a description but whose head is a name: "the Southwest
 * Research Institute’s Alan Stern", "Ilan Gilon of the Meretz party", "the legal firm J.P.
 * Damiani". The name the language layer tags at the end of the phrase, or before an "of" or "from"
 * that describes it, is the speaker, named. A name after a preposition is the speaker's employer or
 * principal ("a spokesperson for the US State Department", "a representative for Moore"), and a
 * name before the head noun modifies it ("Weinstein's spokeswoman", "The SpaceX frontman"): both
 * stay descriptions. A phrase the rules read as a name because it ends in one ("Lionel Trippett of
 * the Campaign for Nuclear Disarmament") is the person at its head too.
 */
final class NamedDescriptions {
  /** The rule of a speaker named at the head of its description. */
  static final String RULE = "named-description";

  private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION");

  /** What may follow the name inside the description: nothing, or what describes it. */
  private static final Pattern TAIL = Pattern.compile("(?i)(of|from|at)\\s.*|");

  private final String text;
  private final List<LanguageHints.Name> names;
  private final Speakers speakers;

  NamedDescriptions(String text, List<LanguageHints.Name> names, Speakers speakers) {
    this.text = text;
    this.names = names;
    this.speakers = speakers;
  }

  /** {@code a} with the name heading its description as speaker, or {@code a} unchanged. */
  Attribution apply(Attribution a) {
    if (!(a.kind() == SpeakerKind.NOMINAL || a.kind() == SpeakerKind.NAMED && describedName(a))
        || a.mentionStart() < 0
        || a.mentionEnd() > text.length()) {
      return a;
    }
    for (LanguageHints.Name n : names) {
      if (!TYPES.contains(n.type()) || n.start() < a.mentionStart() || n.end() > a.mentionEnd()) {
        continue;
      }
      String before = text.substring(a.mentionStart(), n.start()).toLowerCase(Locale.ROOT);
      String after = text.substring(n.end(), a.mentionEnd()).strip();
      String name = text.substring(n.start(), n.end()).strip();
      if (hasPreposition(before)
          || !TAIL.matcher(after).matches()
          || Lexicon.PRONOUNS.contains(name.toLowerCase(Locale.ROOT))
          || n.type().equals("ORGANIZATION")
              && cutName(text.substring(a.mentionStart(), n.start()))) {
        continue;
      }
      return Speakers.withMention(
          a, speakers.canonical(name, n.start()), name, n.start(), n.end(), SpeakerKind.NAMED);
    }
    return a;
  }

  /**
   * Whether a phrase the rules read as a name holds a person's name and an "of", "from" or "at"
   * that describes it ("Lionel Trippett of the Campaign for Nuclear Disarmament", "analyst Daniel
   * Ives of GBH Insights"): the rules take the last capitalized words, the organization, for the
   * name.
   */
  private boolean describedName(Attribution a) {
    if (a.mentionStart() < 0 || a.mentionEnd() > text.length()) {
      return false;
    }
    for (LanguageHints.Name n : names) {
      if (n.type().equals("PERSON")
          && n.start() >= a.mentionStart()
          && n.end() < a.mentionEnd()
          && OF.matcher(text.substring(n.end(), a.mentionEnd())).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern OF = Pattern.compile("\\s+(of|from|at)\\s");

  /**
   * Whether capitalized words before an organization's name belong to it, so that the language
   * layer tagged only its tail ("The Prime Minister's Bureau" tagged "Bureau").
   */
  private static boolean cutName(String before) {
    String[] w = before.strip().split("\\s+");
    for (int i = 1; i < w.length; i++) {
      if (!w[i].isEmpty() && Character.isUpperCase(w[i].charAt(0))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasPreposition(String lower) {
    for (String w : lower.split("[^\\p{L}]+")) {
      if (Lexicon.NP_PREPOSITIONS.contains(w) || w.equals("in") || w.equals("by")) {
        return true;
      }
    }
    return false;
  }
}
