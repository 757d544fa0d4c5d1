// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One person, one name across a story: a speaker named by a single word in one article ("Thurman
 * said" in a profile that never gives her first name) takes the full name other articles of the
 * story give the one speaker with that surname ("Uma Thurman"). A single name no article ever
 * writes with a given name is a mononym ("Rihanna") or an organization ("Qualcomm") and stays as it
 * is; a surname two full names share ("Max" and "Jos Verstappen") stays bare too.
 */
final class StoryNames {
  private static final Set<SpeakerKind> NAMES =
      Set.of(SpeakerKind.NAMED, SpeakerKind.NOMINAL_RESOLVED, SpeakerKind.PRONOUN_RESOLVED);

  private StoryNames() {}

  /** The attributions of {@code byArticle} with one-word speakers given their story's full name. */
  static Map<String, List<Attribution>> complete(Map<String, List<Attribution>> byArticle) {
    Map<String, Set<String>> fullBySurname = new HashMap<>();
    for (List<Attribution> list : byArticle.values()) {
      for (Attribution a : list) {
        String[] w = a.speaker().strip().split("\\s+");
        if (NAMES.contains(a.kind()) && w.length >= 2 && w.length <= 4 && capitalized(w)) {
          fullBySurname
              .computeIfAbsent(w[w.length - 1].toLowerCase(Locale.ROOT), k -> new TreeSet<>())
              .add(a.speaker().strip());
        }
      }
    }
    Map<String, List<Attribution>> out = new HashMap<>();
    for (var e : byArticle.entrySet()) {
      List<Attribution> list = new ArrayList<>(e.getValue().size());
      for (Attribution a : e.getValue()) {
        String s = a.speaker().strip();
        Set<String> full =
            NAMES.contains(a.kind()) && !s.contains(" ")
                ? fullBySurname.get(s.toLowerCase(Locale.ROOT))
                : null;
        String only = full == null ? null : onePerson(full);
        list.add(
            only != null
                ? Speakers.withMention(
                    a, only, a.mention(), a.mentionStart(), a.mentionEnd(), a.kind())
                : a);
      }
      out.put(e.getKey(), list);
    }
    return out;
  }

  /**
   * The one person {@code names} (full names sharing a surname) stand for, or null when they are
   * several: a name that is another with a title before it ("Actress Uma Thurman") is the same
   * person, and the shorter name is kept.
   */
  static String onePerson(Set<String> names) {
    List<String> kept = new ArrayList<>();
    for (String n : names) {
      boolean longer = false;
      for (String m : names) {
        longer |= !m.equals(n) && n.endsWith(" " + m);
      }
      if (!longer) {
        kept.add(n);
      }
    }
    return kept.size() == 1 ? kept.get(0) : null;
  }

  private static boolean capitalized(String[] words) {
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
