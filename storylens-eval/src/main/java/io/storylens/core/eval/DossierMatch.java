// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import io.storylens.core.text.WordLists;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matching rules of {@code storylens eval dossier}: when a dossier quote is a gold quotation,
 * when its speaker is right, when a flagged value is a gold value, when a timeline date fits a gold
 * date. Each rule is what a reader would accept, stated once here so that the figures mean the same
 * on every data set.
 */
final class DossierMatch {
  private DossierMatch() {}

  /** Words compared by {@link #startFound}: the first five words of a gold start. */
  static final int START_WORDS = 5;

  private static final Set<String> GENERIC_ORG =
      WordLists.load(DossierMatch.class, "generic-organization-words.txt");

  private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

  /**
   * Lower-case words without diacritics, possessive endings, apostrophes or quote marks; hyphens
   * and punctuation separate words, so "Jong-un" and "Jong Un" are the same two words.
   */
  static List<String> words(String s) {
    String n =
        Normalizer.normalize(s, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            // A possessive is the same word: "Timberlake's" names "Timberlake", "Sunday's crash"
            // is on "Sunday".
            .replaceAll("(?<=\\p{L})['\u2019\u02bc]s\\b", "")
            .replaceAll("['\u2018\u2019\u02bc`]", "")
            .toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String w : n.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Whether the first {@link #START_WORDS} words of {@code goldStart} occur in {@code text}. */
  static boolean startFound(String goldStart, String text) {
    List<String> start = words(goldStart);
    List<String> head = start.subList(0, Math.min(START_WORDS, start.size()));
    return !head.isEmpty() && Collections.indexOfSubList(words(text), head) >= 0;
  }

  /**
   * Whether {@code predicted} names the gold speaker: a person by surname (the last word of the
   * gold name, so a name written family-first needs its given name too), an organization by a
   * distinctive word or its initials, a nominal speaker by any nominal answer, an unknown one by
   * none.
   *
   * @param predictedKind the dossier's {@code speaker_kind} label
   */
  static boolean speakerRight(
      String gold, String goldKind, String predicted, String predictedKind) {
    boolean blank = predicted == null || predicted.isBlank();
    switch (goldKind) {
      case "unknown":
        return blank;
      case "nominal":
        return !blank && predictedKind.equals("nominal");
      default:
        break;
    }
    if (blank) {
      return false;
    }
    Set<String> said = new HashSet<>(words(predicted));
    List<String> name = new ArrayList<>(words(gold));
    name.removeIf(NAME_SUFFIXES::contains);
    if (name.isEmpty()) {
      return false;
    }
    if (goldKind.equals("organization")) {
      String initials = initials(gold);
      if (initials.length() >= 2 && said.contains(initials)) {
        return true;
      }
      List<String> distinctive = name.stream().filter(w -> !GENERIC_ORG.contains(w)).toList();
      for (String w : distinctive.isEmpty() ? name : distinctive) {
        if (said.contains(w)) {
          return true;
        }
      }
      return false;
    }
    return said.contains(name.get(name.size() - 1));
  }

  /** Initials of the capitalized words of {@code name}, lower-case ("lvmpd"). */
  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        b.append(Character.toLowerCase(w.charAt(0)));
      }
    }
    return b.toString();
  }

  /**
   * Whether a flagged value is a gold value: numbers compared as numbers (one number of the flag
   * among the gold value's), otherwise the words of one contained in the other's (so two spellings
   * of a name stay two values).
   */
  static boolean valueMatches(String predicted, String gold) {
    List<Double> p = numbers(predicted);
    List<Double> g = numbers(gold);
    if (!p.isEmpty() || !g.isEmpty()) {
      return p.stream().anyMatch(g::contains);
    }
    Set<String> a = new HashSet<>(words(predicted));
    Set<String> b = new HashSet<>(words(gold));
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    return b.containsAll(a) || a.containsAll(b);
  }

  /** Whether two of {@code flagged} match two different values of {@code gold}. */
  static boolean flagMatches(List<String> flagged, List<String> gold) {
    for (int i = 0; i < flagged.size(); i++) {
      for (int j = 0; j < flagged.size(); j++) {
        if (i == j) {
          continue;
        }
        for (int a = 0; a < gold.size(); a++) {
          for (int b = 0; b < gold.size(); b++) {
            if (a != b
                && valueMatches(flagged.get(i), gold.get(a))
                && valueMatches(flagged.get(j), gold.get(b))) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** Numbers written with digits, thousands separators removed. */
  static List<Double> numbers(String s) {
    List<Double> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(s);
    while (m.find()) {
      out.add(Double.parseDouble(m.group().replace(",", "")));
    }
    return out;
  }

  /**
   * Whether a timeline date and a gold date agree at the coarser of their granularities ("2017-12"
   * fits "2017-12-31" and the other way round).
   */
  static boolean dateCompatible(String entry, String gold) {
    return entry.startsWith(gold) || gold.startsWith(entry);
  }

  /** Whether a timeline date states the gold date at the gold's granularity or finer. */
  static boolean dateRecalled(String entry, String gold) {
    return entry.startsWith(gold);
  }

  /** Whether {@code expression} lies inside {@code trap} (as words). */
  static boolean insideTrap(String expression, String trap) {
    List<String> e = words(expression);
    return !e.isEmpty() && Collections.indexOfSubList(words(trap), e) >= 0;
  }

  /** Number of words of {@code text}. */
  static int wordCount(String text) {
    return words(text).size();
  }
}
