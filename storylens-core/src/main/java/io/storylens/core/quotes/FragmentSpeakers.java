// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import java.util.List;
import java.util.Locale;

/**
 * One-word descriptions that are fragments of a phrase the rules cut short ("said of the social
 * network that …" gives "network", "a police report said" gives "report", "Asked about the driver,
 * he said" gives "Asked"): such a word becomes the organization the article describes with it ("the
 * network" → the ORGANIZATION named "network" in apposition), or is dropped, so that a reader never
 * sees a fragment as a speaker. A plural ("Firefighters", "Investigators") names a group that can
 * speak, and stays; so does a capitalized word inside a sentence, a name the language layer did not
 * tag.
 */
final class FragmentSpeakers {
  private final Speakers speakers;

  FragmentSpeakers(Speakers speakers) {
    this.speakers = speakers;
  }

  /** {@code a} with a one-word fragment resolved or dropped; other attributions unchanged. */
  Attribution apply(Attribution a, List<Attribution> all) {
    // The fragment is the speaker as written, or what a pronoun after it was resolved to.
    String m = a.speaker().strip();
    if (a.kind() != SpeakerKind.NOMINAL
        || m.isEmpty()
        || m.contains(" ")
        || Lexicon.PRONOUNS.contains(m.toLowerCase(Locale.ROOT))
        || plural(m)) {
      return a;
    }
    int at = -1; // where the fragment is written: here, or at the attribution a pronoun continues
    for (Attribution b : all) {
      if (at < 0 && b.mention().strip().equals(m)) {
        at = b.mentionStart();
      }
    }
    if (Character.isUpperCase(m.charAt(0)) && (at < 0 || !speakers.startsSentence(at))) {
      return a; // capitalized inside a sentence: a name the language layer missed ("Tramlink")
    }
    Speakers.Named n =
        speakers.describedBy("the " + m.toLowerCase(Locale.ROOT), a.mentionStart(), a);
    if (n != null && n.type().equals("ORGANIZATION")) {
      return speakers.describing(a, n);
    }
    return Speakers.withMention(a, "", a.mention(), a.mentionStart(), a.mentionEnd(), a.kind());
  }

  private static boolean plural(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith("s") && !w.endsWith("ss") || w.equals("police") || w.equals("people");
  }
}
