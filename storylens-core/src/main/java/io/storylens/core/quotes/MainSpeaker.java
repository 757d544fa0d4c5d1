// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The conversation's main speaker of a long interview or profile: a person established by name who
 * speaks more than anyone else in the article, then goes on as "she says" over many paragraphs
 * while other people are named in passing ("Thurman got to know Weinstein and his first wife, Eve
 * ... “I knew him pretty well before he attacked me,” she said"). There a pronoun of the main
 * speaker's gender is the main speaker's unless it continues someone else introduced as a speaker
 * just before; and a first-person quotation with no attribution of its own that follows one of the
 * main speaker's continues it.
 *
 * <p>The nearest-person rule of {@link Speakers} is right for news reports, where each speaker is
 * introduced right before they speak; in an interview it hands "she says" to whoever was last
 * named.
 */
final class MainSpeaker {
  /** Attributions a person needs before the article counts as their conversation. */
  static final int MIN_ATTRIBUTIONS = 5;

  /**
   * How many times as many attributions as the next speaker the main speaker has: a news report
   * quoting several officials in turn has no main speaker, an interview has one.
   */
  static final int DOMINANCE = 2;

  private static final Pattern FIRST_PERSON =
      Pattern.compile("(?i)(^|[^\\p{L}])(i|me|my|myself|i'm|i’m|i've|i’ve|i'd|i’d)([^\\p{L}]|$)");

  private static final Set<SpeakerKind> ESTABLISHED =
      Set.of(SpeakerKind.NAMED, SpeakerKind.NOMINAL_RESOLVED);

  private MainSpeaker() {}

  /** {@code in} (one article's attributions in text order) with the main speaker's restored. */
  static List<Attribution> apply(List<Attribution> in) {
    String main = main(in);
    if (main == null) {
      return in;
    }
    String pronoun = pronounOf(main, in);
    if (pronoun == null) {
      return in;
    }
    List<Attribution> out = new ArrayList<>(in.size());
    for (Attribution a : in) {
      out.add(restore(a, out, main, pronoun));
    }
    return out;
  }

  private static Attribution restore(
      Attribution a, List<Attribution> done, String main, String pronoun) {
    if (a.speaker().equals(main)) {
      return a;
    }
    String mention = a.mention().strip().toLowerCase(Locale.ROOT);
    if (mention.equals(pronoun)) {
      boolean otherGender = agreement(pronoun, a.speaker()) < 0;
      if (!a.hasSpeaker() || otherGender || !introducedBefore(a, done)) {
        return Speakers.withMention(
            a, main, a.mention(), a.mentionStart(), a.mentionEnd(), SpeakerKind.PRONOUN_RESOLVED);
      }
      return a;
    }
    if (a.marked() && !a.hasSpeaker() && a.mention().isEmpty() && firstPerson(a.text())) {
      Attribution previous = lastWithSpeaker(done);
      if (previous != null
          && previous.speaker().equals(main)
          && a.contentStart() - previous.contentEnd() <= Speakers.PRONOUN_REACH) {
        return Speakers.withMention(a, main, "", -1, -1, SpeakerKind.PRONOUN_RESOLVED);
      }
    }
    return a;
  }

  /**
   * The person who speaks most, when they speak at least {@link #MIN_ATTRIBUTIONS} times, once by
   * name, and {@link #DOMINANCE} times as often as anyone else; null otherwise.
   */
  static String main(List<Attribution> in) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Attribution a : in) {
      if (a.kind() == SpeakerKind.NAMED
          || a.kind() == SpeakerKind.NOMINAL_RESOLVED
          || a.kind() == SpeakerKind.PRONOUN_RESOLVED) {
        int[] c = counts.computeIfAbsent(a.speaker(), k -> new int[2]);
        c[0]++;
        if (ESTABLISHED.contains(a.kind())) {
          c[1]++;
        }
      }
    }
    String best = null;
    int top = 0;
    int second = 0;
    for (var e : counts.entrySet()) {
      int n = e.getValue()[0];
      if (n > top) {
        second = top;
        top = n;
        best = e.getValue()[1] > 0 && !SpeakerPhrase.orgLike(e.getKey()) ? e.getKey() : null;
      } else if (n > second) {
        second = n;
      }
    }
    return top >= MIN_ATTRIBUTIONS && top >= DOMINANCE * second ? best : null;
  }

  /**
   * The pronoun that stands for {@code main}: from the first name when it says, else the pronoun
   * the article already resolved to them most often; null when neither says.
   */
  static String pronounOf(String main, List<Attribution> in) {
    if (agreement("she", main) > 0) {
      return "she";
    }
    if (agreement("he", main) > 0) {
      return "he";
    }
    int she = 0;
    int he = 0;
    for (Attribution a : in) {
      if (a.kind() == SpeakerKind.PRONOUN_RESOLVED && a.speaker().equals(main)) {
        String m = a.mention().strip().toLowerCase(Locale.ROOT);
        she += m.equals("she") ? 1 : 0;
        he += m.equals("he") ? 1 : 0;
      }
    }
    return she > he ? "she" : he > she ? "he" : null;
  }

  /**
   * {@link NameGender#agreement} for full names only: the main speaker of a profile is often called
   * by surname alone, and a surname can be a listed first name ("Thurman").
   */
  private static int agreement(String pronoun, String name) {
    return name.strip().contains(" ") ? NameGender.agreement(pronoun, name) : 0;
  }

  /** Whether {@code a}'s speaker was introduced as a speaker shortly before {@code a}. */
  private static boolean introducedBefore(Attribution a, List<Attribution> done) {
    for (Attribution d : done) {
      if (d.speaker().equals(a.speaker())
          && ESTABLISHED.contains(d.kind())
          && d.mentionStart() >= 0
          && d.mentionStart() < a.mentionStart()
          && a.mentionStart() - d.mentionStart() <= Speakers.PRONOUN_REACH) {
        return true;
      }
    }
    return false;
  }

  private static Attribution lastWithSpeaker(List<Attribution> done) {
    for (int i = done.size() - 1; i >= 0; i--) {
      if (done.get(i).hasSpeaker()) {
        return done.get(i);
      }
    }
    return null;
  }

  private static boolean firstPerson(String content) {
    return FIRST_PERSON.matcher(content).find();
  }
}
