// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import java.util.List;
import java.util.Objects;

/**
 * What the language layer found in one text; plain values, serializable as JSON for the cache.
 * Offsets are character offsets into the annotated text; sentence indexes are indexes into {@link
 * io.storylens.core.text.Sentences#split}.
 *
 * @param tokens number of tokens
 * @param mentions named-entity mentions (empty in {@link NlpMode#TIME})
 * @param timexes time expressions as SUTime normalized them, with the tense of their clause
 * @param warnings problems met on bad input (text cut, invalid dates dropped)
 */
public record ArticleAnnotations(
    int tokens, List<Mention> mentions, List<RawTimex> timexes, List<String> warnings) {
  /** Version of this format and of the post-processing; part of the cache key. */
  public static final int FORMAT = 1;

  public ArticleAnnotations {
    if (tokens < 0) {
      throw new IllegalArgumentException("tokens must be >= 0: " + tokens);
    }
    mentions = List.copyOf(mentions);
    timexes = List.copyOf(timexes);
    warnings = List.copyOf(warnings);
  }

  /**
   * A named-entity mention.
   *
   * @param text surface text
   * @param type coarse NER type: PERSON, ORGANIZATION, LOCATION, MISC
   * @param begin character offset
   * @param end character offset (exclusive)
   * @param sentence sentence index
   */
  public record Mention(String text, String type, int begin, int end, int sentence) {
    public Mention {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(type, "type");
    }
  }

  /**
   * A time expression as SUTime normalized it against the document date.
   *
   * @param text surface text
   * @param type TIMEX3 type: DATE, TIME, DURATION, SET
   * @param value SUTime's TIMEX3 value (before Storylens's resolution rules)
   * @param begin character offset
   * @param end character offset (exclusive)
   * @param sentence sentence index
   * @param tense tense of the clause the expression sits in
   */
  public record RawTimex(
      String text, String type, String value, int begin, int end, int sentence, Tense tense) {
    public RawTimex {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(tense, "tense");
    }

    /**
     * This expression widened leftwards to {@code newBegin} ("Orthodox Christmas", "mid-1990s").
     */
    public RawTimex startingAt(String documentText, int newBegin) {
      return new RawTimex(
          documentText.substring(newBegin, end), type, value, newBegin, end, sentence, tense);
    }
  }
}
