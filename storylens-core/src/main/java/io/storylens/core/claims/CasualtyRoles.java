// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import io.storylens.core.text.WordLists;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which casualty count a figure of people gives: the dead or the injured. News writes the same
 * count many ways ("two people were killed", "two dead bodies", "at least two fatalities", "the
 * death toll rose to two"), and the counted noun alone ("people") would set a death toll beside a
 * count of the wounded; the verb or noun around the figure tells them apart. Word lists: {@code
 * casualty-words.txt} and {@code generic-person-nouns.txt}.
 */
final class CasualtyRoles {
  private static final Map<String, String> ROLE = new HashMap<>();
  private static final Set<String> GENERIC =
      WordLists.load(CasualtyRoles.class, "generic-person-nouns.txt");

  static {
    for (String line : WordLists.load(CasualtyRoles.class, "casualty-words.txt")) {
      String[] parts = line.split("\\s+");
      if (parts.length != 2) {
        throw new IllegalStateException("casualty-words.txt: not 'ROLE WORD': " + line);
      }
      ROLE.put(parts[1].toLowerCase(Locale.ROOT), parts[0]);
    }
  }

  /** Words looked at after the figure, within its clause. */
  private static final int AFTER = 8;

  /** Words looked at before the figure, within its clause ("the death toll from … rose to six"). */
  private static final int BEFORE = 20;

  private static final Set<String> JOINS =
      Set.of("and", "or", "but", "while", "whereas", "as", "when", "which", "who", "that");

  private CasualtyRoles() {}

  /** Whether a figure of counted noun {@code unit} is a casualty toll (the dead or injured). */
  static boolean isToll(String unit) {
    return unit.equals("dead") || unit.equals("injured");
  }

  /**
   * Whether a figure of counted noun {@code unit} counts people: a toll, a kind of people, or no
   * noun more specific than people.
   */
  static boolean countsPeople(String unit) {
    return isToll(unit) || people(unit) || generic(unit);
  }

  /** Whether {@code noun} counts people and nothing more specific. */
  static boolean generic(String noun) {
    return noun.isEmpty() || GENERIC.contains(noun.toLowerCase(Locale.ROOT));
  }

  /**
   * The role ("dead" or "injured") of figure {@code q} of sentence {@code s} whose counted noun is
   * {@code unitWords} (empty when none), or empty when the figure counts something else.
   */
  static Optional<String> role(String s, Quantity q, List<String> unitWords) {
    String noun = unitWords.isEmpty() ? "" : unitWords.get(unitWords.size() - 1);
    if (ROLE.containsKey(noun)) {
      return Optional.of(ROLE.get(noun)); // "two dead", "three fatalities"
    }
    if (q.ordinal() || !generic(noun) && !people(noun)) {
      return Optional.empty();
    }
    String[] after = clause(s.substring(q.end()), false);
    for (int i = 0; i < Math.min(AFTER, after.length); i++) {
      String r = ROLE.get(after[i]);
      if (r != null) {
        return Optional.of(r);
      }
    }
    String[] before = clause(s.substring(0, q.start()), true);
    for (int i = before.length - 1; i >= Math.max(0, before.length - BEFORE); i--) {
      String r = ROLE.get(before[i]);
      if (r != null) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Plural nouns of kinds of people: "civilians", "children", "soldiers", "passengers". */
  static boolean people(String noun) {
    return noun.matches(
        ".*(ians|ers|ors|ists|ren|men|women|ees|ants|ents|girls|boys|troops|police|staff)");
  }

  /**
   * The words of {@code text} within the clause next to the figure: after it up to the first clause
   * mark, or before it back to the last one.
   */
  private static String[] clause(String text, boolean before) {
    String t = text.toLowerCase(Locale.ROOT);
    String[] parts = t.split("[,;:()“”\"–—]|\\s-\\s");
    String part = parts.length == 0 ? "" : before ? parts[parts.length - 1] : parts[0];
    if (before && t.matches("(?s).*[,;:()“”\"–—]\\s*$")) {
      part = ""; // the figure opens a clause: nothing before it belongs to it
    }
    String[] words = part.strip().split("[^\\p{L}'’-]+");
    if (words.length == 1 && words[0].isEmpty()) {
      return new String[0];
    }
    // A conjunction starts another statement: "claimed 20,000 lives and displaced 2.6 million".
    if (before) {
      for (int i = words.length - 1; i >= 0; i--) {
        if (JOINS.contains(words[i])) {
          return Arrays.copyOfRange(words, i + 1, words.length);
        }
      }
    } else {
      for (int i = 0; i < words.length; i++) {
        // After the figure "or" joins alternatives within its phrase ("eight people have serious
        // or life-threatening injuries"), not another statement.
        if (JOINS.contains(words[i]) && !words[i].equals("or")) {
          return Arrays.copyOfRange(words, 0, i);
        }
      }
    }
    return words;
  }
}
