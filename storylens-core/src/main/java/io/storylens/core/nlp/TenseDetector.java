// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the tense of a time expression: from the verb group nearest to it in its clause ({@link
 * #detect}), else from its whole sentence ({@link #ofSentence}). Hand-written: a dependency parse
 * would be more exact but costs more than the whole rest of the pipeline, and POS tags around the
 * expression decide the cases that matter for dates ("announced Monday", "will meet Thursday", "to
 * be held", "scheduled for").
 */
public final class TenseDetector {
  private static final int WINDOW = 14;
  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "--", "—", "–", "(", ")");
  private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo", "would");
  private static final Set<String> SCHEDULE_VERBS =
      Set.of("schedule", "set", "slate", "expect", "plan", "due", "poise");

  /** A verb in the past: a common irregular one, or a regular "-ed" form. */
  private static final Pattern PAST_VERB =
      Pattern.compile(
          "(?i)\\b(?:was|were|had|did|said|told|went|came|made|took|gave|saw|met|won|lost|left|"
              + "began|got|\\p{L}{3,}ed)\\b");

  /** A word that points ahead, or a present-tense auxiliary. */
  private static final Pattern NOT_PAST_CUE =
      Pattern.compile(
          "(?i)\\b(?:will|shall|won't|'ll|would|going\\s+to|plans?\\s+to|scheduled|expected|due|"
              + "set\\s+to|next|upcoming|coming|is|are|am)\\b");

  private TenseDetector() {}

  /**
   * The tense of a whole sentence, for an expression whose verb lies beyond {@link #detect}'s
   * window ("gushed over Sheen … on his talk show in June"): past when it has a past verb and
   * nothing pointing ahead or in the present, else none. Read from the text alone, as the
   * sentence's tags are not kept with its expressions.
   */
  public static Tense ofSentence(String sentence) {
    return PAST_VERB.matcher(sentence).find() && !NOT_PAST_CUE.matcher(sentence).find()
        ? Tense.PAST
        : Tense.NONE;
  }

  /** The tense for the expression spanning tokens [{@code begin}, {@code end}) of the sentence. */
  static Tense detect(List<CoreLabel> tokens, int begin, int end) {
    int left = nearestVerb(tokens, begin - 1, -1, 0);
    if (left >= 0) {
      return classify(tokens, left);
    }
    int right = nearestVerb(tokens, end, +1, 1);
    return right >= 0 ? classify(tokens, right) : Tense.NONE;
  }

  /** Nearest verb or modal from {@code from} in direction {@code step}, crossing few breaks. */
  private static int nearestVerb(List<CoreLabel> tokens, int from, int step, int breaksAllowed) {
    int breaks = 0;
    for (int i = from, n = 0; i >= 0 && i < tokens.size() && n < WINDOW; i += step, n++) {
      CoreLabel t = tokens.get(i);
      if (CLAUSE_BREAKS.contains(t.word())) {
        if (++breaks > breaksAllowed) {
          return -1;
        }
        continue;
      }
      String tag = tag(t);
      if (tag.startsWith("VB") || tag.equals("MD")) {
        return i;
      }
    }
    return -1;
  }

  private static Tense classify(List<CoreLabel> tokens, int verb) {
    // The verb group: the verb, plus auxiliaries, adverbs, "to" to its left.
    int start = verb;
    while (start > 0) {
      String tag = tag(tokens.get(start - 1));
      if (tag.startsWith("VB") || tag.equals("MD") || tag.equals("TO") || tag.equals("RB")) {
        start--;
      } else {
        break;
      }
    }
    // The group ends at the verb: in "December 27, officials agreed to convene" the date belongs to
    // "agreed", not to the infinitive after it.
    int stop = verb;
    boolean past = false;
    boolean present = false;
    for (int i = start; i <= stop; i++) {
      CoreLabel t = tokens.get(i);
      String word = t.word().toLowerCase(Locale.ROOT);
      String lemma = lemma(t);
      String tag = tag(t);
      if (tag.equals("MD") && FUTURE_MODALS.contains(word)) {
        return Tense.FUTURE;
      }
      if (tag.equals("TO") && i + 1 <= stop && tag(tokens.get(i + 1)).equals("VB")) {
        // A perfect infinitive looks back: "believed to have been recorded in December", "is
        // said to have died on Monday". Any other infinitive looks ahead: "to meet on January 10",
        // "to be held".
        return perfectInfinitive(tokens, i + 1, stop) ? Tense.PAST : Tense.FUTURE;
      }
      if (tag.equals("VBN") && SCHEDULE_VERBS.contains(lemma)) {
        return Tense.FUTURE; // "scheduled for Thursday", "set for", "expected"
      }
      if (word.equals("going") && i + 1 <= stop && tag(tokens.get(i + 1)).equals("TO")) {
        return Tense.FUTURE;
      }
      if (tag.equals("VBD")) {
        past = true;
      } else if (tag.equals("VBN") && hasPerfectAux(tokens, start, i)) {
        past = true;
      } else if (tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VBG")) {
        present = true;
      }
    }
    if (past) {
      return Tense.PAST;
    }
    return present ? Tense.PRESENT : Tense.NONE;
  }

  /**
   * Whether the infinitive at {@code verb} is "have" followed by a participle up to {@code stop}.
   */
  private static boolean perfectInfinitive(List<CoreLabel> tokens, int verb, int stop) {
    if (!lemma(tokens.get(verb)).equals("have")) {
      return false;
    }
    for (int i = verb + 1; i <= stop; i++) {
      if (tag(tokens.get(i)).equals("VBN")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasPerfectAux(List<CoreLabel> tokens, int start, int verb) {
    for (int i = start; i < verb; i++) {
      if (lemma(tokens.get(i)).equals("have")) {
        return true;
      }
    }
    return false;
  }

  private static String tag(CoreLabel t) {
    String tag = t.tag();
    return tag == null ? "" : tag;
  }

  private static String lemma(CoreLabel t) {
    String l = t.lemma();
    return l == null ? t.word().toLowerCase(Locale.ROOT) : l.toLowerCase(Locale.ROOT);
  }
}
