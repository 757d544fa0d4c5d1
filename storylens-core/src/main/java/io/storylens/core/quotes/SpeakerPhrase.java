// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import io.storylens.core.text.CalendarWords;
import io.storylens.core.text.Tokens;
import io.storylens.core.text.WordLists;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds and classifies the speaker phrase next to a cue: a bounded scan over tokens that accepts
 * capitalized words, determiners, role nouns and their modifiers. Hand-written because the cheap
 * path has no parser; {@link LanguageHints#subjectOf} replaces it when a parser is available.
 */
final class SpeakerPhrase {
  private SpeakerPhrase() {}

  /** Longest speaker phrase, in tokens. */
  static final int MAX_TOKENS = 12;

  /** Calendar and time words: capitalized or not, they name nobody. */
  private static final Set<String> TIME_WORDS =
      CalendarWords.union(
          CalendarWords.union(CalendarWords.WEEKDAYS, CalendarWords.MONTH_NAMES),
          Set.of(
              "today",
              "yesterday",
              "tonight",
              "jan.",
              "feb.",
              "aug.",
              "sept.",
              "oct.",
              "nov.",
              "dec.",
              "week",
              "month",
              "year",
              "morning",
              "evening",
              "afternoon",
              "night",
              "weekend"));

  /** Sentence adverbs that are capitalized at the start of a sentence but name nobody. */
  private static final Set<String> DISCOURSE =
      WordLists.load(SpeakerPhrase.class, "discourse-adverbs.txt");

  /** Particles inside a personal name ("Eyda Varela de Chinchilla"). */
  private static final Set<String> NAME_PARTICLES =
      WordLists.load(SpeakerPhrase.class, "name-particles.txt");

  /** A phrase: tokens {@code [from, to)} of the token list. */
  record Phrase(int from, int to) {
    boolean isEmpty() {
      return to <= from;
    }
  }

  /**
   * The speaker phrase ending just before the cue at {@code cue}, skipping adverbs, auxiliaries,
   * time expressions and a parenthesis ("Sen. Ben Sasse (R-NE) previously told"); empty if the
   * words there cannot be a speaker.
   */
  static Phrase before(List<Tok> toks, int cue, int floor) {
    int j = skipBack(toks, cue - 1, floor);
    int end = j + 1;
    if (j >= floor && isPronoun(toks.get(j))) {
      return new Phrase(j, end);
    }
    int i = j;
    while (i >= floor && end - i <= MAX_TOKENS && npToken(toks, i)) {
      i--;
    }
    int start = i + 1;
    while (start < end && sentenceInitialNonName(toks, start, end)) {
      start++;
    }
    Phrase p = new Phrase(start, end);
    return valid(toks, p) ? p : new Phrase(end, end);
  }

  /** The speaker phrase starting at {@code from} ("said the official", "according to Reuters"). */
  static Phrase after(List<Tok> toks, int from, int ceiling) {
    if (from < ceiling && isPronoun(toks.get(from))) {
      return new Phrase(from, from + 1);
    }
    int i = from;
    while (i < ceiling && i - from < MAX_TOKENS && npToken(toks, i)) {
      i++;
    }
    Phrase p = new Phrase(from, i);
    return valid(toks, p) ? p : new Phrase(from, from);
  }

  /**
   * A description right after a closing quote mark and before its cue ("the businessman replied"):
   * a determiner and up to four lower-case words. Only used where the position itself is strong
   * evidence of a speaker.
   */
  static Phrase description(List<Tok> toks, int from, int cue) {
    int end = skipBack(toks, cue - 1, from) + 1;
    if (end - from < 2 || end - from > 5 || !Lexicon.DETERMINERS.contains(toks.get(from).lower())) {
      return new Phrase(from, from);
    }
    for (int i = from + 1; i < end; i++) {
      Tok t = toks.get(i);
      if (!t.isWord() && !t.is("-")
          || Lexicon.BOUNDARIES.contains(t.lower())
          || Lexicon.PRONOUNS.contains(t.lower())
          || Lexicon.SKIP_BEFORE_CUE.contains(t.lower())
          || t.lower().endsWith("ly")) {
        return new Phrase(from, from);
      }
    }
    return new Phrase(from, end);
  }

  /** Index of the first token at or before {@code j} that is not an adverb, time or parenthesis. */
  static int skipBack(List<Tok> toks, int j, int floor) {
    boolean moved = true;
    while (moved && j >= floor) {
      moved = false;
      Tok t = toks.get(j);
      String w = t.lower();
      if (Lexicon.SKIP_BEFORE_CUE.contains(w) || (w.endsWith("ly") && !t.isCapitalized())) {
        j--;
        moved = true;
      } else if (t.is(")")) {
        int k = j - 1;
        while (k >= floor && k > j - 8 && !toks.get(k).is("(")) {
          k--;
        }
        if (k >= floor && toks.get(k).is("(")) {
          j = k - 1;
          moved = true;
        }
      } else if (TIME_WORDS.contains(w) && j - 1 >= floor) {
        String prev = toks.get(j - 1).lower();
        if (Set.of("on", "last", "this", "earlier", "late", "early", "in", "next").contains(prev)) {
          j -= 2;
          moved = true;
        }
      }
    }
    return j;
  }

  /**
   * "Having", "And", "In": capitalized only because they start the sentence. A word in "-ing" is a
   * participle only with more of the phrase after it ("Speaking Smith"); alone before the cue it is
   * a surname ("Brooking recalled", "Harding said").
   */
  private static boolean sentenceInitialNonName(List<Tok> toks, int i, int end) {
    String w = toks.get(i).lower();
    return Lexicon.BOUNDARIES.contains(w)
        || Tokens.STOP_WORDS.contains(w) && !Lexicon.DETERMINERS.contains(w)
        || w.endsWith("ing") && i + 1 < end
        || Lexicon.NP_PREPOSITIONS.contains(w);
  }

  static boolean isPronoun(Tok t) {
    return Lexicon.PRONOUNS.contains(t.lower());
  }

  private static boolean npToken(List<Tok> toks, int i) {
    Tok t = toks.get(i);
    String w = t.lower();
    if (!t.isWord()) {
      return t.is("&") || t.is("-");
    }
    if (Lexicon.BOUNDARIES.contains(w) || Lexicon.PRONOUNS.contains(w)) {
      return w.equals("and") && between(toks, i); // "Biden and Putin"
    }
    if (NAME_PARTICLES.contains(w) && !t.isCapitalized()) {
      return between(toks, i);
    }
    if (Lexicon.isCue(w) && !t.isCapitalized()) {
      return false;
    }
    if (t.isCapitalized() || Character.isDigit(t.text().charAt(0))) {
      return true;
    }
    String base = stripPossessive(w);
    return Lexicon.ROLE_NOUNS.contains(base)
        || agentNoun(base)
        || Lexicon.ROLE_MODIFIERS.contains(base)
        || Lexicon.DETERMINERS.contains(w)
        || Lexicon.NP_PREPOSITIONS.contains(w);
  }

  private static boolean between(List<Tok> toks, int i) {
    return i > 0
        && i + 1 < toks.size()
        && toks.get(i - 1).isCapitalized()
        && toks.get(i + 1).isCapitalized();
  }

  /** A speaker phrase ends in a capitalized word or a role noun, and has one of them. */
  private static boolean valid(List<Tok> toks, Phrase p) {
    if (p.isEmpty()) {
      return false;
    }
    if (p.to() - p.from() == 1 && isPronoun(toks.get(p.from()))) {
      return true;
    }
    Tok last = toks.get(p.to() - 1);
    String lw = stripPossessive(last.lower());
    if (TIME_WORDS.contains(lw) || p.to() - p.from() == 1 && DISCOURSE.contains(lw)) {
      return false;
    }
    return last.isCapitalized() && !Lexicon.DETERMINERS.contains(lw)
        || Lexicon.ROLE_NOUNS.contains(lw)
        || agentNoun(lw);
  }

  /** "businessman", "economist", "historian", "spokeswomen": nouns for people by their suffix. */
  static boolean agentNoun(String w) {
    return w.length() > 5 && w.matches(".*(man|men|woman|women|ist|ists|ian|ians)");
  }

  static String stripPossessive(String w) {
    if (w.endsWith("'s") || w.endsWith("’s")) {
      return w.substring(0, w.length() - 2);
    }
    return w;
  }

  /** Named or nominal: a description starts with a determiner or ends in a common noun. */
  static SpeakerKind kindOf(List<Tok> toks, Phrase p) {
    Tok first = toks.get(p.from());
    Tok last = toks.get(p.to() - 1);
    if (Lexicon.DETERMINERS.contains(first.lower()) || !last.isCapitalized()) {
      return SpeakerKind.NOMINAL;
    }
    return SpeakerKind.NAMED;
  }

  /**
   * The canonical form of a named phrase: its trailing name without titles ("Republican Texas Sen.
   * Ted Cruz" gives "Ted Cruz"), or the whole phrase when it is all titles ("White House").
   */
  static String nameOf(String text, List<Tok> toks, Phrase p) {
    int i = p.to() - 1;
    while (i >= p.from()
        && toks.get(i).isCapitalized()
        && !Lexicon.TITLES.contains(toks.get(i).lower())) {
      i--;
    }
    int from = i + 1 < p.to() ? i + 1 : p.from();
    String name = text.substring(toks.get(from).start(), toks.get(p.to() - 1).end());
    return name.replaceAll("['’]s$", "");
  }

  /** The phrase as written. */
  static String textOf(String text, List<Tok> toks, Phrase p) {
    return text.substring(toks.get(p.from()).start(), toks.get(p.to() - 1).end());
  }

  /** Whether a name looks like an organisation rather than a person. */
  static boolean orgLike(String name) {
    for (String w : name.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
      if (Lexicon.ORG_WORDS.contains(w)) {
        return true;
      }
    }
    return name.length() > 1 && name.equals(name.toUpperCase(Locale.ROOT));
  }
}
