// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize;

import io.storylens.core.quotes.NameGender;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a sentence that opens with the subject pronoun "He" or "She" to the person it stands
 * for, so that the sentence can stand in a summary without the sentence before it.
 *
 * <p>It resolves only where the antecedent is clear: the sentence before it in the same article
 * names exactly one person whose first name takes the pronoun's gender (CoreNLP's first-name list,
 * {@link NameGender}). A name whose first name the list does not know, a second person of the same
 * gender, or no person at all leaves the sentence unresolved, and the summarizer keeps treating it
 * as pointing back.
 */
final class PronounSubjects {
  /** "He" or "She", then a lower-case word (the verb or an adverb): the pronoun is the subject. */
  private static final Pattern OPENING = Pattern.compile("^(He|She)\\s+(?=\\p{Ll})");

  /** A run of capitalized words ("Secretary of State" breaks at "of"), initials allowed. */
  private static final Pattern CAPITALIZED_RUN =
      Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)+");

  private PronounSubjects() {}

  /**
   * {@code sentence} with its opening "He"/"She" replaced by the one person of that gender named in
   * {@code previous}, or empty when the sentence does not open so or the antecedent is not clear.
   */
  static Optional<String> resolve(String sentence, String previous) {
    Matcher m = OPENING.matcher(sentence);
    if (!m.find()) {
      return Optional.empty();
    }
    String pronoun = m.group(1);
    List<String> matching = new ArrayList<>();
    for (String person : persons(previous)) {
      if (NameGender.agreement(pronoun, person) == 1 && !matching.contains(person)) {
        matching.add(person);
      }
    }
    if (matching.size() != 1) {
      return Optional.empty();
    }
    return Optional.of(matching.get(0) + " " + sentence.substring(m.end()));
  }

  /**
   * The person names in {@code text}: in each run of capitalized words, from the first word the
   * first-name list knows (so "President Joe Biden" gives "Joe Biden") to the end of the run, when
   * at least a surname follows it; a possessive ending is dropped.
   */
  static List<String> persons(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = CAPITALIZED_RUN.matcher(text);
    while (m.find()) {
      String[] words = m.group().split("\\s+");
      for (int i = 0; i + 1 < words.length; i++) {
        if (NameGender.agreement("he", words[i]) != 0) {
          String name = String.join(" ", Arrays.copyOfRange(words, i, words.length));
          out.add(name.replaceAll("['’]s?$|[.,]$", ""));
          break;
        }
      }
    }
    return out;
  }
}
