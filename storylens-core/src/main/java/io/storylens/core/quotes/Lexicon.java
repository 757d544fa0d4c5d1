// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import io.storylens.core.text.WordLists;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists for the rule-based attribution extractor. Hand-written: no library ships an English
 * speech-verb and speaker-noun lexicon for news, and these lists are what the rules key on.
 */
final class Lexicon {
  private Lexicon() {}

  /** Abbreviations whose final period belongs to the word. */
  static final Set<String> TITLES_ABBREV = WordLists.load(Lexicon.class, "title-abbreviations.txt");

  /** Titles and role words that precede a name ("Sen. Ted Cruz", "Foreign Minister Lavrov"). */
  static final Set<String> TITLES = WordLists.load(Lexicon.class, "titles.txt");

  /** Lower-case nouns that head a speaker description ("a senior official"). */
  static final Set<String> ROLE_NOUNS =
      words(
          "official officials spokesman spokeswoman spokesperson spokespeople spokesmen aide aides"
              + " adviser advisers advisor advisors source sources people person analyst analysts"
              + " expert experts officer officers leader leaders lawmaker lawmakers senator senators"
              + " president minister ministers secretary ambassador diplomat diplomats chief"
              + " director head member members representative representatives candidate campaign"
              + " administration government ministry department agency military intelligence"
              + " statement report reports poll polls survey study police authorities residents"
              + " voters supporters critics staff staffer staffers manager chairman chairwoman"
              + " governor mayor attorney lawyer lawyers prosecutor prosecutors judge witness"
              + " witnesses observer observers correspondent reporter reporters journalist"
              + " journalists editor editors economist economists scientist scientists researcher"
              + " researchers historian historians professor author writer nominee rival rivals"
              + " opponent opponents ally allies backer backers donor donors team committee"
              + " council court house office group groups organization company firm"
              + " estimates estimate data document documents memo letter filing website newspaper"
              + " network paper strategist strategists pollster pollsters operative operatives"
              + " insider insiders veteran veterans activist activists protesters demonstrators"
              + " spokeswomen spokespersons cabinet delegation envoy envoys negotiator negotiators"
              + " commander commanders troops soldiers man woman men women officer guidance"
              + " release announcement ruling court panel board union industry executive"
              + " executives founder ceo chair readout transcript account analysis filing bank banks country countries state states nation"
              + " nations party parties democrats republicans conservatives liberals");

  /** Lower-case modifiers inside a speaker description ("senior", "former", "top"). */
  static final Set<String> ROLE_MODIFIERS =
      words(
          "senior former top high-ranking ranking acting unnamed anonymous western european local"
              + " federal foreign defense state national security military intelligence"
              + " administration campaign press white house deputy chief other several many some"
              + " two three four five both u.s. american russian ukrainian chinese british french"
              + " german israeli iranian independent outside private public government party"
              + " election republican democratic conservative liberal senate congressional"
              + " presidential official new current longtime veteran regional");

  /** Determiners and quantifiers that start a nominal speaker. */
  static final Set<String> DETERMINERS =
      words(
          "a an the another one two three four five several some many most both his her their its"
              + " our your my this that these those other few dozens hundreds");

  /** Prepositions allowed inside a speaker description ("a spokesperson for the Council"). */
  static final Set<String> NP_PREPOSITIONS = words("of for at from with by");

  /** Adverbs and auxiliaries between a speaker and the cue ("has also previously said"). */
  static final Set<String> SKIP_BEFORE_CUE =
      words(
          "also has have had would will could might may should did does do is was were are been"
              + " being already later previously recently repeatedly then again further once"
              + " publicly privately earlier first not never often frequently flatly openly"
              + " explicitly reportedly initially separately subsequently simply just still even"
              + " now yesterday today last night allegedly falsely correctly rightly instead however");

  /** Subject pronouns that can be speakers. */
  static final Set<String> PRONOUNS = words("he she they it i we you");

  /** Words in organisation names; a "he"/"she" never refers to these. */
  static final Set<String> ORG_WORDS =
      words(
          "house council department ministry committee party news times post reuters cnn fox"
              + " agency office administration government kremlin pentagon congress senate union"
              + " bank court association institute foundation university company campaign"
              + " journal press network group corp inc commission bureau service nato"
              + " organization tass ap afp bbc nbc abc cbs msnbc politico usa");

  /** Clause boundary words: a speaker phrase never spans them. */
  static final Set<String> BOUNDARIES =
      words(
          "that which who whom whose but while as because since though although when where if"
              + " and or so after before than until unless whether what how why");

  /** Speech and attribution verbs, as lemmas; inflections are generated. */
  private static final List<String> CUE_LEMMAS = WordLists.lines(Lexicon.class, "cue-lemmas.txt");

  private static final Set<String> IRREGULAR =
      WordLists.load(Lexicon.class, "cue-irregular-forms.txt");

  /** Forms that are far more often nouns than speech verbs; never cues. */
  private static final Set<String> NOUN_FORMS = WordLists.load(Lexicon.class, "cue-noun-forms.txt");

  /** All cue verb forms. */
  static final Set<String> CUE_VERBS = buildCues();

  /** Verbs that are cues only when followed by a clause ("that", ":", a quote), not alone. */
  static final Set<String> WEAK_CUES = WordLists.load(Lexicon.class, "weak-cues.txt");

  static boolean isCue(String lowerWord) {
    return CUE_VERBS.contains(lowerWord);
  }

  private static Set<String> buildCues() {
    Set<String> out = new HashSet<>(IRREGULAR);
    for (String lemma : CUE_LEMMAS) {
      out.add(lemma);
      String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
      if (lemma.endsWith("y") && !lemma.endsWith("ay")) {
        String y = lemma.substring(0, lemma.length() - 1);
        out.add(y + "ied");
        out.add(y + "ies");
        out.add(lemma + "ing");
        continue;
      }
      out.add(stem + "ed");
      out.add(stem + "ing");
      out.add(lemma + (lemma.endsWith("s") || lemma.endsWith("sh") ? "es" : "s"));
      if (lemma.matches(".*[^aeiou][aeiou][ptg]") && !lemma.endsWith("w")) {
        char last = lemma.charAt(lemma.length() - 1);
        out.add(lemma + last + "ed"); // "admitted"
        out.add(lemma + last + "ing");
      }
    }
    // Forms that are far more often nouns than speech verbs ("the state", "a report").
    out.removeAll(NOUN_FORMS);
    return Set.copyOf(out);
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.split(" +")) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }
}
