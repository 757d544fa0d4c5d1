// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import io.storylens.core.text.Tokens;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Turns speaker phrases into speakers: canonical names, nominal descriptions kept as written (a
 * later "the official" takes the fuller earlier description with the same head noun), and pronouns
 * resolved to the most recent compatible speaker or person name. Unresolvable pronouns stay {@link
 * SpeakerKind#UNKNOWN}.
 */
final class Resolver {
  /** How many sentences back a pronoun may look for its antecedent. */
  static final int PRONOUN_WINDOW = 4;

  private final String id;
  private final String text;
  private final List<Tok> toks;
  private final int[] sentenceOf;
  private final boolean[] quoted;
  private final LanguageHints hints;
  private final List<Attribution> done = new ArrayList<>();

  Resolver(
      String id,
      String text,
      List<Tok> toks,
      int[] sentenceOf,
      boolean[] quoted,
      LanguageHints hints) {
    this.quoted = quoted;
    this.id = id;
    this.text = text;
    this.toks = toks;
    this.sentenceOf = sentenceOf;
    this.hints = hints;
  }

  List<Attribution> resolve(List<RawAttribution> raws) {
    Map<Object, Attribution> byRaw = new IdentityHashMap<>();
    for (RawAttribution r : raws) {
      Attribution a = resolveOne(r, byRaw);
      if (a != null) {
        byRaw.put(r, a);
        done.add(a);
      }
    }
    return List.copyOf(done);
  }

  private Attribution resolveOne(RawAttribution r, Map<Object, Attribution> byRaw) {
    String content = clean(text.substring(r.contentStart(), r.contentEnd()));
    if (r.inheritFrom() != null && byRaw.containsKey(r.inheritFrom())) {
      Attribution p = byRaw.get(r.inheritFrom());
      return attribution(
          r,
          content,
          p.cue(),
          p.cueStart(),
          p.cueEnd(),
          p.speaker(),
          p.mention(),
          p.mentionStart(),
          p.mentionEnd(),
          p.kind());
    }
    int cs = r.cueTok() < 0 ? -1 : toks.get(r.cueTok()).start();
    int ce = r.cueTok() < 0 ? -1 : toks.get(r.cueTok()).end();
    if (r.speakerFrom() < 0 && r.marked() && content.split(" ").length < 5) {
      return null; // scare quotes and titles ("Saturday Night Live") are nobody's statement
    }
    if (r.speakerFrom() < 0) {
      return attribution(r, content, r.cueText(), cs, ce, "", "", -1, -1, SpeakerKind.UNKNOWN);
    }
    SpeakerPhrase.Phrase p = new SpeakerPhrase.Phrase(r.speakerFrom(), r.speakerTo());
    String mention = SpeakerPhrase.textOf(text, toks, p);
    int ms = toks.get(p.from()).start();
    int me = toks.get(p.to() - 1).end();
    String speaker;
    SpeakerKind kind;
    if (p.to() - p.from() == 1 && SpeakerPhrase.isPronoun(toks.get(p.from()))) {
      speaker = antecedent(toks.get(p.from()).lower(), p.from());
      kind = speaker.isEmpty() ? SpeakerKind.UNKNOWN : SpeakerKind.PRONOUN_RESOLVED;
    } else {
      kind = SpeakerPhrase.kindOf(toks, p);
      speaker =
          kind == SpeakerKind.NAMED
              ? fullName(SpeakerPhrase.nameOf(text, toks, p))
              : earlierDescription(mention);
    }
    return attribution(r, content, r.cueText(), cs, ce, speaker, mention, ms, me, kind);
  }

  /** The attribution of {@code r}'s content (span and sentence from {@code r}) to a speaker. */
  private Attribution attribution(
      RawAttribution r,
      String content,
      String cue,
      int cueStart,
      int cueEnd,
      String speaker,
      String mention,
      int mentionStart,
      int mentionEnd,
      SpeakerKind kind) {
    return new Attribution(
        id,
        r.sentence(),
        r.contentStart(),
        r.contentEnd(),
        content,
        r.marked(),
        cue,
        cueStart,
        cueEnd,
        speaker,
        mention,
        mentionStart,
        mentionEnd,
        kind,
        SpeakerClues.NONE);
  }

  /** "Biden" becomes "Joe Biden" when the article named him so before. */
  private String fullName(String name) {
    if (name.contains(" ")) {
      return name;
    }
    for (int i = done.size() - 1; i >= 0; i--) {
      Attribution a = done.get(i);
      if (a.kind() == SpeakerKind.NAMED && a.speaker().endsWith(" " + name)) {
        return a.speaker();
      }
    }
    return name;
  }

  /** "the official" becomes the earlier "a senior White House official". */
  private String earlierDescription(String mention) {
    String lower = mention.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("the ")) {
      return mention;
    }
    String head = lower.substring(lower.lastIndexOf(' ') + 1);
    for (int i = done.size() - 1; i >= 0; i--) {
      Attribution a = done.get(i);
      String s = a.speaker().toLowerCase(Locale.ROOT);
      if (a.kind() == SpeakerKind.NOMINAL
          && (s.endsWith(" " + head))
          && s.length() > lower.length()
          && containsAllWords(s, lower.substring(4))) {
        return a.speaker();
      }
    }
    return mention;
  }

  private static boolean containsAllWords(String longer, String shorter) {
    for (String w : shorter.split(" ")) {
      if (!(" " + longer + " ").contains(" " + w + " ")) {
        return false;
      }
    }
    return true;
  }

  /** The antecedent of a pronoun at token {@code at}, or "" when none is safe. */
  private String antecedent(String pronoun, int at) {
    int sentence = sentenceOf[at];
    switch (pronoun) {
      case "he", "she" -> {
        String s =
            recentSpeaker(
                sentence,
                a -> a.kind() != SpeakerKind.NOMINAL && !SpeakerPhrase.orgLike(a.speaker()));
        if (!s.isEmpty()) {
          return s;
        }
        return recentPersonName(at);
      }
      case "they" -> {
        return recentSpeaker(
            sentence,
            a ->
                a.kind() == SpeakerKind.NOMINAL && a.speaker().endsWith("s")
                    || SpeakerPhrase.orgLike(a.speaker()));
      }
      case "it" -> {
        return recentSpeaker(
            sentence, a -> SpeakerPhrase.orgLike(a.speaker()) && !a.speaker().endsWith("s"));
      }
      default -> {
        return ""; // "I", "we", "you" outside quotes: the writer or a generic reader
      }
    }
  }

  private String recentSpeaker(int sentence, Predicate<Attribution> ok) {
    for (int i = done.size() - 1; i >= 0; i--) {
      Attribution a = done.get(i);
      if (sentence - a.sentence() > PRONOUN_WINDOW) {
        break;
      }
      if (a.hasSpeaker() && a.sentence() <= sentence && ok.test(a)) {
        return a.speaker();
      }
    }
    return "";
  }

  /** The last person-like name before token {@code at}: NER PERSON if known, else "Title Name". */
  private String recentPersonName(int at) {
    int limit = toks.get(at).start();
    String best = "";
    int bestEnd = -1;
    for (LanguageHints.Name n : hints.names()) {
      if (n.type().equals("PERSON") && n.end() <= limit && n.end() > bestEnd) {
        best = text.substring(n.start(), n.end());
        bestEnd = n.end();
      }
    }
    if (!best.isEmpty()) {
      return best;
    }
    int floorSentence = sentenceOf[at] - 1;
    for (int i = at - 1; i > 0 && sentenceOf[i] >= floorSentence; i--) {
      Tok t = toks.get(i);
      if (quoted[i] || !t.isCapitalized() || Lexicon.TITLES.contains(t.lower())) {
        continue;
      }
      int j = i;
      while (j - 1 >= 0
          && !quoted[j - 1]
          && toks.get(j - 1).isCapitalized()
          && !Lexicon.TITLES.contains(toks.get(j - 1).lower())
          && !Tokens.STOP_WORDS.contains(toks.get(j - 1).lower())) {
        j--;
      }
      boolean titled = j - 1 >= 0 && Lexicon.TITLES.contains(toks.get(j - 1).lower());
      boolean sentenceInitial = j == 0 || sentenceOf[j - 1] != sentenceOf[j];
      String name = text.substring(toks.get(j).start(), t.end());
      if ((titled || i - j >= 1 && !sentenceInitial) && !SpeakerPhrase.orgLike(name)) {
        return fullName(SpeakerPhrase.stripPossessive(name));
      }
      i = j;
    }
    return "";
  }

  /** Collapses whitespace and drops the marks that reopen a quote in a new paragraph. */
  static String clean(String s) {
    return s.replaceAll("\\s*\\n\\s*[\"“„]?", " ").replaceAll("\\s+", " ").strip();
  }
}
