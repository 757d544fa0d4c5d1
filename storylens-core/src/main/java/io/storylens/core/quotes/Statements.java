// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which attributions a reader would list as a quote. The extractor keeps every attribution (PolNeAR
 * annotates "accused Russia of threatening" as one, and the quotes evaluation scores against it); a
 * dossier's quote list keeps words in quote marks and reported speech whose content is a statement.
 * Hand-written: a check on the cue verb and the first words of the content, much cheaper than a
 * dependency parse and enough to drop "threatened widespread consequences".
 */
public final class Statements {
  /**
   * Cue verbs that take a noun phrase or an infinitive as readily as a clause: "demanded a
   * guarantee", "hoping to ease", "criticized the administration". Only a clause is a statement.
   */
  private static final Pattern ATTITUDE_CUE =
      Pattern.compile(
          "^(?:threat|accus|demand|critici|describ|hop(?:e|ed|es|ing)$|den(?:y|ied|ies|ying)$"
              + "|prais|blam|condemn|urg(?:e|ed|es|ing)$|call|charg|reject|welcom|promis|vow"
              + "|pledg|seek|sought|want|ask)");

  /** Words that make a clause finite soon after its subject: "the U.S. would impose". */
  private static final Set<String> FINITE =
      Set.of(
          "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
          "might", "should", "must", "shall", "did", "does", "do");

  /** Content shorter than this many words is a fragment, unless it is in quote marks. */
  private static final int MIN_UNMARKED_WORDS = 4;

  private Statements() {}

  /** Whether {@code a} is a statement a reader would list among the quotes. */
  public static boolean isStatement(Attribution a) {
    if (a.marked()) {
      return true;
    }
    String[] words = a.text().strip().split("\\s+");
    if (words.length < MIN_UNMARKED_WORDS) {
      return false; // "red line.", "U.S. intelligence officials": a phrase, not what was said
    }
    String cue = a.cue().strip().toLowerCase(Locale.ROOT);
    String verb = cue.isEmpty() ? "" : cue.split("\\s+")[0];
    return !ATTITUDE_CUE.matcher(verb).find() || isClause(words);
  }

  /** "that ...", or a finite verb within the first six words: "they have no plans to invade". */
  private static boolean isClause(String[] words) {
    if (words[0].equalsIgnoreCase("that")) {
      return true;
    }
    for (int i = 1; i < Math.min(words.length, 7); i++) {
      String w = words[i].toLowerCase(Locale.ROOT).replaceAll("[^a-z']", "");
      boolean inversion = // "consequences should Russia move": a condition, not the clause
          (w.equals("should") || w.equals("had") || w.equals("were"))
              && i + 1 < words.length
              && Character.isUpperCase(words[i + 1].charAt(0));
      if (!inversion && (FINITE.contains(w) || w.endsWith("n't"))) {
        return true;
      }
    }
    return false;
  }
}
