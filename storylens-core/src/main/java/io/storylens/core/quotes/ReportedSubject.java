// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import io.storylens.core.text.WordLists;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quotation inside reported speech. When the rules found the reported statement that holds it
 * ("“The decline in happiness …,” psychologist Jean Twenge, author of the book “iGen”, told
 * Business Insider"), the quotation is that statement's speaker's. When they found none because
 * they cannot read its speaker phrase ("Apple's guidelines for iOS apps say that exclusively
 * pornographic apps … “do not belong on the App Store”", "A disclaimer by the ICIJ, which
 * coordinated the investigation, states that … adding that those listed may not have “broken the
 * law”"), the cue before the quotation in its sentence has as subject the first person or
 * organization the sentence names before the cue. A name written only as an owner, possessive
 * ("Apple's") or after a preposition ("by the ICIJ"), speaks only through something written
 * (`written-sources.txt`): "Lawyers representing Mossack Fonseca's clients argued that “…”" is the
 * lawyers', and stays unattributed. The confidence model weighs the rule as a feature of its own.
 */
final class ReportedSubject {
  /** The rule's name in the speaker evidence. */
  static final String RULE = "reported-subject";

  private static final Set<String> WRITTEN =
      WordLists.load(ReportedSubject.class, "written-sources.txt");

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private final String text;
  private final Speakers speakers;

  ReportedSubject(String text, Speakers speakers) {
    this.text = text;
    this.speakers = speakers;
  }

  /** {@code a} with the subject of the cue before it as speaker, or {@code a} unchanged. */
  Attribution apply(Attribution a, List<Attribution> all) {
    if (!a.marked() || a.hasSpeaker() || !a.mention().isEmpty() || !a.cue().isEmpty()) {
      return a;
    }
    for (Attribution b : all) {
      if (!b.marked()
          && b.hasSpeaker()
          && b.contentStart() <= a.contentStart()
          && b.contentEnd() >= a.contentEnd()) {
        // The reported statement the rules found holds the quotation.
        return Speakers.withMention(
            a, b.speaker(), b.mention(), b.mentionStart(), b.mentionEnd(), b.kind());
      }
    }
    int sentence = speakers.sentenceStart(a.contentStart());
    int cue = lastCue(sentence, a.contentStart(), all);
    if (cue < 0) {
      return a;
    }
    Speakers.Named subject = speakers.firstNameBetween(sentence, cue, all);
    if (subject == null) {
      return a;
    }
    if (ownerOnly(sentence, subject) && !writtenSource(sentence, cue)) {
      return a;
    }
    return speakers.withNamed(a, subject);
  }

  /** Start of the last cue verb outside quotations in {@code [from, to)}, or -1. */
  private int lastCue(int from, int to, List<Attribution> all) {
    int found = -1;
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      String w = m.group();
      if (Character.isLowerCase(w.charAt(0))
          && Lexicon.isCue(w.toLowerCase(Locale.ROOT))
          && !Speakers.insideQuote(m.start(), all)) {
        found = m.start();
      }
    }
    return found;
  }

  /** Whether {@code n} is written as an owner: a possessive, or after a preposition. */
  private boolean ownerOnly(int sentence, Speakers.Named n) {
    if (speakers.possessive(n.end())) {
      return true;
    }
    String before = text.substring(sentence, n.start()).strip().toLowerCase(Locale.ROOT);
    if (before.endsWith(" the") || before.equals("the")) {
      before = before.substring(0, before.length() - 3).strip();
    }
    int space = before.lastIndexOf(' ');
    String last = before.substring(space + 1);
    return Lexicon.NP_PREPOSITIONS.contains(last);
  }

  /** Whether a word for something written stands in {@code [from, to)}. */
  private boolean writtenSource(int from, int to) {
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      if (WRITTEN.contains(m.group().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
