// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import io.storylens.core.text.CalendarWords;
import io.storylens.core.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A cheap entity guesser: runs of capitalized words that do not start a sentence ("Sergei Ryabkov",
 * "White House", "Russia"). Hand-written as a stand-in until the NLP stage supplies CoreNLP
 * entities through {@link ClusterDoc#entities()}; it is fast enough for the online path and good
 * enough to tell one happening's cast from another's.
 */
public final class CapitalizedPhrases implements EntityExtractor {
  /** Only the first this many characters of a text are read: the lead names the cast. */
  static final int MAX_CHARS = 6000;

  private static final Set<String> NOT_NAMES =
      Stream.of(
              CalendarWords.MONTHS.stream(),
              CalendarWords.WEEKDAYS.stream(),
              Stream.of(
                  "mr",
                  "mrs",
                  "ms",
                  "dr",
                  "photo",
                  "video",
                  "image",
                  "read",
                  "more",
                  "advertisement",
                  "getty",
                  "images",
                  "ap",
                  "reuters",
                  "afp"))
          .flatMap(x -> x)
          .collect(Collectors.toUnmodifiableSet());

  @Override
  public Set<String> extract(String title, String text) {
    Set<String> out = new TreeSet<>();
    scan(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text, out);
    return out;
  }

  private static void scan(String text, Set<String> out) {
    // A char array, not charAt: this scan runs over every article on the cheap clustering path.
    char[] s = text.toCharArray();
    List<String> run = new ArrayList<>();
    boolean sentenceStart = true;
    int i = 0;
    while (i < s.length) {
      char c = s[i];
      if (Character.isLetter(c)) {
        int j = i;
        while (j < s.length && (Character.isLetterOrDigit(s[j]) || s[j] == '\'')) {
          j++;
        }
        // Only a capitalized word can join a name: the others are not copied out at all.
        String lower =
            Character.isUpperCase(c)
                ? Tokens.lower(new String(s, i, j - i)).replace("'", "")
                : null;
        if (lower != null && !Tokens.STOP_WORDS.contains(lower) && !NOT_NAMES.contains(lower)) {
          if (!(sentenceStart && run.isEmpty())) {
            run.add(lower);
          } else {
            run.clear(); // a sentence-initial word alone is not evidence of a name
          }
        } else {
          flush(run, out);
        }
        sentenceStart = false;
        i = j;
      } else {
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '“') {
          flush(run, out);
          sentenceStart = true;
        } else if (c != ' ' && c != '-') {
          flush(run, out);
        }
        i++;
      }
    }
    flush(run, out);
  }

  private static void flush(List<String> run, Set<String> out) {
    if (!run.isEmpty() && run.size() <= 6) {
      out.add(String.join(" ", run));
    }
    run.clear();
  }
}
