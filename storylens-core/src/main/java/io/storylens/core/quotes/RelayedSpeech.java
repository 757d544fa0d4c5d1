// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import io.storylens.core.text.WordLists;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Speech a news outlet relays is the speaker's, not the outlet's: in "Martin Bamford, a passenger,
 * said the train sped up and “everyone just literally went flying,” the Associated Press reports"
 * and "“…,” psychologist Jean Twenge told Business Insider", the rules find the outlet next to the
 * cue; the speaker is the person the same sentence names before it. An outlet stays the speaker
 * when the sentence names no person (it then reports on its own account), and when the outlet is
 * not relaying (no "told", "according to", "reports" around it).
 */
final class RelayedSpeech {
  /** Words that make a name an outlet's ("the Associated Press", "People magazine", "CNN"). */
  static final Set<String> OUTLET_WORDS = WordLists.load(RelayedSpeech.class, "news-outlets.txt");

  /** Words before an outlet that make it the one relaying ("told CNN", "according to"). */
  private static final Set<String> RELAYING_BEFORE = Set.of("told", "to", "tells", "telling");

  private final String text;
  private final Speakers speakers;

  RelayedSpeech(String text, Speakers speakers) {
    this.text = text;
    this.speakers = speakers;
  }

  /** {@code a} with the person who spoke to an outlet as its speaker, or {@code a} unchanged. */
  Attribution apply(Attribution a, List<Attribution> all) {
    if (!a.hasSpeaker() || a.mentionStart() < 0 || !isOutlet(a.mention()) || !relaying(a)) {
      return a;
    }
    Speakers.Named person = speakers.firstPersonInSentence(a.mentionStart(), all);
    return person == null ? a : speakers.withNamed(a, person);
  }

  /** Whether {@code mention} names a news outlet: a capitalized name holding an outlet word. */
  static boolean isOutlet(String mention) {
    boolean capitalized = false;
    boolean outlet = false;
    for (String w : mention.strip().split("[^\\p{L}\\p{N}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      capitalized |= Character.isUpperCase(w.charAt(0));
      outlet |= OUTLET_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }
    return capitalized && outlet;
  }

  /**
   * Whether the outlet relays: the object of "told"/"according to", or the subject of "reports".
   */
  private boolean relaying(Attribution a) {
    if (a.cue().toLowerCase(Locale.ROOT).startsWith("report")) {
      return true;
    }
    String before = text.substring(Math.max(0, a.mentionStart() - 30), a.mentionStart());
    String[] w = before.toLowerCase(Locale.ROOT).strip().split("[^\\p{L}]+");
    int i = w.length - 1;
    if (i >= 0 && w[i].equals("the")) {
      i--;
    }
    return i >= 0 && RELAYING_BEFORE.contains(w[i]);
  }
}
