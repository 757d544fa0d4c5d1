// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import io.storylens.core.text.WordLists;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Two spellings of one word by convention, not by mistake: British and American spelling ("Kennedy
 * Space Centre" and "Kennedy Space Center", "defence" and "defense"; pairs in the resource {@code
 * british-american.txt}) and German umlauts written out or dropped ("Süddeutsche", "Sueddeutsche",
 * "Suddeutsche"; "ß" and "ss"). Outlets follow their house style; a reader does not take either
 * spelling for a wrong fact, so such a pair is never a disagreement.
 */
final class SpellingConventions {
  /** British stem, American stem. */
  private static final List<String[]> PAIRS =
      WordLists.lines(SpellingConventions.class, "british-american.txt").stream()
          .map(l -> l.toLowerCase(Locale.ROOT).split("\\s+"))
          .filter(p -> p.length == 2)
          .toList();

  private SpellingConventions() {}

  /** Whether {@code a} and {@code b} are one word spelled by two conventions (case ignored). */
  static boolean sameWord(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (x.equals(y)) {
      return true;
    }
    String gx = german(x);
    String gy = german(y);
    if (gx.equals(gy) || vowelsOnly(gx).equals(vowelsOnly(gy))) {
      return true;
    }
    for (String[] p : PAIRS) {
      if (swapped(x, y, p[0], p[1]) || swapped(y, x, p[0], p[1])) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words of {@code a} and {@code b} are pairwise the same by convention. */
  static boolean sameWords(List<String> a, List<String> b) {
    if (a.size() != b.size() || a.isEmpty()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!sameWord(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code x} is {@code y} with the British stem where {@code y} has the American one. */
  private static boolean swapped(String x, String y, String british, String american) {
    for (int at = x.indexOf(british); at >= 0; at = x.indexOf(british, at + 1)) {
      String candidate = x.substring(0, at) + american + x.substring(at + british.length());
      if (candidate.equals(y)) {
        return true;
      }
    }
    return false;
  }

  /** Umlauts written out ("ü" as "ue"), "ß" as "ss", other diacritics dropped. */
  private static String german(String w) {
    return withoutDiacritics(
        w.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"));
  }

  /** {@code w} with its diacritics dropped ("Räikkönen" as "Raikkonen"). */
  static String withoutDiacritics(String w) {
    return Normalizer.normalize(w, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
  }

  /** A written-out umlaut reduced to its vowel: "Sueddeutsche" and "Suddeutsche" are one. */
  private static String vowelsOnly(String w) {
    return w.replace("ae", "a").replace("oe", "o").replace("ue", "u");
  }
}
