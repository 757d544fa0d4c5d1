// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import io.storylens.core.text.WordLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns resolved speakers into the people and organizations the article names, using its
 * named-entity mentions: one person, one name (the fullest name the article gives, "Solis" becomes
 * "Luis Guillermo Solis"); a description resolved to the named entity it describes in apposition or
 * as a premodifier ("the singer" to "singer Rihanna", "the company" to "Backroads, a tour
 * company"); "he" or "she" to the person last introduced before the pronoun; places never speak.
 * Names in bylines, credits and captions never supply a speaker. Without mentions (the cheap path)
 * the attributions pass unchanged.
 *
 * <p>What these nearest-name rules get wrong outside short reports is corrected afterwards, one
 * class per strategy, in this order: {@link NamedDescriptions}, {@link AppositiveNames}, {@link
 * RelayedSpeech}, {@link JointSpeakers}, {@link DocumentSpeakers}, {@link FragmentSpeakers}, {@link
 * SalientOrganizations}, {@link ReportedSubject}, {@link ParagraphContinuation}, {@link
 * SentenceSubject}, {@link DescriptionChain}, {@link MainSpeaker}, {@link OrganizationPronouns},
 * {@link GenderAgreement}; {@link ArticledOrganizations} names an organization written with its
 * article.
 *
 * <p>Written by hand because CoreNLP's coreference costs a parse per sentence, while the speaker of
 * a news quotation is nearly always introduced by name within a few sentences before it.
 */
final class Speakers {
  /** How far back, in characters, a pronoun looks for the person it stands for. */
  static final int PRONOUN_REACH = 600;

  /** Words before a name read as its premodifier ("Red Bull driver Max Verstappen"). */
  private static final int PREMODIFIER_WORDS = 4;

  /** Words after a comma read as an apposition ("Rainer Wendt, chairman of the union,"). */
  private static final int APPOSITION_WORDS = 12;

  private static final Set<String> ORG_HEADS =
      WordLists.load(Speakers.class, "organization-heads.txt");
  private static final Set<String> BYLINE = WordLists.load(Speakers.class, "byline-markers.txt");
  private static final Set<String> HONORIFICS = WordLists.load(Speakers.class, "honorifics.txt");
  private static final Map<String, String> ROLE_KEY = roleKeys();
  private static final Set<String> FUNCTION_WORDS =
      Set.of("said", "says", "in", "on", "to", "at", "into", "told", "according");
  private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}'’-]+");

  private final String text;
  private final List<LanguageHints.Name> names;
  private final List<Named> named = new ArrayList<>();
  private final List<Named> organizationMentions = new ArrayList<>();
  private final Set<String> places = new HashSet<>();
  private final Set<String> bylineNames = new HashSet<>();
  private final ArticledOrganizations organizations;

  /**
   * A name mention outside bylines and captions, with its words (as {@link #words} splits them) and
   * the words that describe it.
   */
  record Named(
      String name, List<String> words, String type, int start, int end, Set<String> descriptors) {
    /** Whether this mention holds every word of {@code other} and more. */
    boolean holdsMoreThan(List<String> other) {
      return words.size() > other.size() && words.containsAll(other);
    }
  }

  /**
   * A mention with a possessive inside ("Elon Musk's SpaceX") names something of someone: it is
   * neither that person's full name nor a speaker of its own.
   */
  private static final Pattern INNER_POSSESSIVE = Pattern.compile("\\w['’]s\\s");

  private Speakers(String text, List<LanguageHints.Name> names) {
    this.text = text;
    this.names = List.copyOf(names);
    this.organizations = new ArticledOrganizations(text, names);
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    for (LanguageHints.Name n : names) {
      String name = stripPossessive(text.substring(n.start(), n.end()).strip());
      votes
          .computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new HashMap<>())
          .merge(n.type(), 1, Integer::sum);
    }
    for (LanguageHints.Name n : names) {
      String name = stripPossessive(text.substring(n.start(), n.end()).strip());
      if (inByline(n.start())) {
        bylineNames.add(name.toLowerCase(Locale.ROOT));
        continue;
      }
      if (name.isEmpty()
          || INNER_POSSESSIVE.matcher(name).find()
          || Lexicon.PRONOUNS.contains(name.toLowerCase(Locale.ROOT))
          || !n.type().equals(majority(votes.get(name.toLowerCase(Locale.ROOT))))) {
        continue;
      }
      if (n.type().equals("ORGANIZATION")) {
        // "the Miami Herald" is an organization with its article, unlike "the Steinbergs".
        organizationMentions.add(
            new Named(name, words(name), n.type(), n.start(), n.end(), Set.of()));
      }
      if (precededByThe(n.start())) {
        continue;
      }
      if (n.type().equals("LOCATION")) {
        places.add(name.toLowerCase(Locale.ROOT));
      }
      if (n.type().equals("PERSON") || n.type().equals("ORGANIZATION")) {
        named.add(
            new Named(
                name, words(name), n.type(), n.start(), n.end(), descriptors(n.start(), n.end())));
      }
    }
  }

  /** The speakers of an article with {@code names} (NER mentions in text order). */
  static Speakers of(String text, List<LanguageHints.Name> names) {
    return new Speakers(text, names);
  }

  /** {@code in} with speakers resolved to the article's named entities where it names them. */
  List<Attribution> refine(List<Attribution> in) {
    List<Attribution> out = new ArrayList<>(in.size());
    boolean hints =
        !(named.isEmpty() && places.isEmpty() && bylineNames.isEmpty() && organizations.isEmpty());
    for (Attribution a : in) {
      Attribution r = hints ? refineOne(a, in, out) : a;
      if (hints
          && r.hasSpeaker()
          && Lexicon.PRONOUNS.contains(r.speaker().toLowerCase(Locale.ROOT))) {
        r = with(r, "", SpeakerKind.UNKNOWN); // “…,” He said: a pronoun left unresolved
      } else if (hints && r.kind() == SpeakerKind.NAMED && isCommonNoun(r.speaker())) {
        r = with(r, r.speaker(), SpeakerKind.NOMINAL);
      }
      out.add(r);
    }
    if (!hints) {
      return out;
    }
    NamedDescriptions headed = new NamedDescriptions(text, names, this);
    out.replaceAll(a -> ruled(headed.apply(a), a, NamedDescriptions.RULE));
    AppositiveNames apposed = new AppositiveNames(text, names, this);
    out.replaceAll(a -> ruled(apposed.apply(a), a, AppositiveNames.RULE));
    RelayedSpeech relayed = new RelayedSpeech(text, this);
    out.replaceAll(a -> ruled(relayed.apply(a, out), a, "relayed"));
    JointSpeakers joint = new JointSpeakers(text, this);
    out.replaceAll(a -> ruled(joint.apply(a, out), a, JointSpeakers.RULE));
    DocumentSpeakers documents = new DocumentSpeakers(text, this);
    out.replaceAll(a -> ruled(documents.apply(a, out), a, "document"));
    FragmentSpeakers fragments = new FragmentSpeakers(this);
    out.replaceAll(a -> ruled(fragments.apply(a, out), a, "fragment"));
    SalientOrganizations salient = new SalientOrganizations(this);
    out.replaceAll(a -> ruled(salient.apply(a, out), a, SalientOrganizations.RULE));
    ReportedSubject reported = new ReportedSubject(text, this);
    out.replaceAll(a -> ruled(reported.apply(a, out), a, ReportedSubject.RULE));
    ParagraphContinuation paragraphs = new ParagraphContinuation(text, this);
    out.replaceAll(a -> ruled(paragraphs.apply(a, out), a, ParagraphContinuation.RULE));
    SentenceSubject subjects = new SentenceSubject(this);
    out.replaceAll(a -> ruled(subjects.apply(a, out), a, SentenceSubject.RULE));
    DescriptionChain chain = new DescriptionChain(this);
    out.replaceAll(a -> ruled(chain.apply(a, out), a, DescriptionChain.RULE));
    List<Attribution> main = MainSpeaker.apply(out);
    for (int i = 0; i < out.size(); i++) {
      out.set(i, ruled(main.get(i), out.get(i), MAIN_SPEAKER));
    }
    OrganizationPronouns its = new OrganizationPronouns(this);
    out.replaceAll(a -> ruled(its.apply(a, out), a, OrganizationPronouns.RULE));
    GenderAgreement genders = new GenderAgreement(this);
    out.replaceAll(a -> ruled(genders.apply(a, out), a, GenderAgreement.RULE));
    boolean interview = interview();
    out.replaceAll(a -> a.hasSpeaker() ? a.withClues(clues(a, out, interview)) : a);
    return out;
  }

  /** The rule of a speaker carried over from the main speaker of an interview or profile. */
  static final String MAIN_SPEAKER = "main-speaker";

  /**
   * {@code after} with {@code rule} as the rule of its speaker when it changed from {@code before}.
   */
  private static Attribution ruled(Attribution after, Attribution before, String rule) {
    return after.hasSpeaker() && !after.speaker().equals(before.speaker())
        ? after.withClues(after.clues().withRule(rule))
        : after;
  }

  /**
   * The clues around {@code a}'s speaker: how many other persons the reader met just before the
   * quote, whether one of them stands between the speaker's mention and the quote, and what the
   * language layer takes the speaker for.
   */
  private SpeakerClues clues(Attribution a, List<Attribution> all, boolean interview) {
    String speaker = a.speaker();
    Set<String> rivals = new HashSet<>();
    int from = a.contentStart() - PRONOUN_REACH;
    int[] between = between(a, all);
    boolean nearer = false;
    String type = "";
    for (Named n : named) {
      String name = canonical(n.name(), n.start());
      boolean same = name.equals(speaker) || n.name().equalsIgnoreCase(speaker);
      if (same && type.isEmpty()) {
        type = n.type().toLowerCase(Locale.ROOT);
      }
      if (same
          || !n.type().equals("PERSON")
          || insideQuote(n.start(), all)
          || inCaption(n.start())) {
        continue;
      }
      if (n.end() <= a.contentStart() && n.start() >= from) {
        rivals.add(name);
      }
      nearer |= n.start() >= between[0] && n.end() <= between[1] && !inReportedClause(a, n, all);
    }
    int cuedElsewhere = 0;
    for (Attribution b : all) {
      if (b != a
          && b.kind() == SpeakerKind.NAMED
          && b.speaker().equals(speaker)
          && !b.cue().isEmpty()
          && b.clues().rule().equals(SpeakerClues.CUE)) {
        cuedElsewhere++;
      }
    }
    return new SpeakerClues(
        a.clues().rule(), rivals.size(), nearer, type, interview, cuedElsewhere);
  }

  /**
   * Whether person {@code n}, named between {@code a}'s speaker and its quote, belongs to the
   * statement the speaker's cue reports and speaks no words of its own: "Leslie Adelson Lewin …
   * said that William had “ambitions …”" (William is what she speaks of), unlike "Weinstein
   * confirmed … which spurred Thurman to wryly note, “…”" (a cue after Thurman makes the words
   * his).
   */
  private boolean inReportedClause(Attribution a, Named n, List<Attribution> all) {
    if (a.cueStart() < 0
        || a.mentionStart() < 0
        || a.mentionEnd() > a.cueStart()
        || n.start() < a.cueEnd()
        || a.contentStart() < n.end()) {
      return false;
    }
    Matcher m = WORD.matcher(text).region(n.end(), a.contentStart());
    while (m.find()) {
      String w = m.group();
      if (Character.isLowerCase(w.charAt(0))
          && Lexicon.isCue(w.toLowerCase(Locale.ROOT))
          && !insideQuote(m.start(), all)) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /**
   * The stretch of text between {@code a}'s speaker mention and its quote; for a speaker carried
   * over without a mention, between the last earlier quote of the same speaker and this one.
   */
  private static int[] between(Attribution a, List<Attribution> all) {
    if (a.mentionStart() >= 0) {
      return a.mentionEnd() <= a.contentStart()
          ? new int[] {a.mentionEnd(), a.contentStart()}
          : new int[] {a.contentEnd(), Math.max(a.contentEnd(), a.mentionStart())};
    }
    int from = a.contentStart();
    for (Attribution b : all) {
      if (b.contentEnd() <= a.contentStart() && b.speaker().equals(a.speaker())) {
        from = b.contentEnd();
      }
    }
    return new int[] {from, a.contentStart()};
  }

  /**
   * Whether the article is an interview written as questions and answers: paragraphs opened by "Q:"
   * or by the question alone, one after another.
   */
  private boolean interview() {
    int questions = 0;
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (INTERVIEW_QUESTION.matcher(l).lookingAt()
          || l.endsWith("?") && !l.isEmpty() && "\"“‘'".indexOf(l.charAt(0)) < 0) {
        questions++;
      }
    }
    return questions >= INTERVIEW_QUESTIONS;
  }

  /** Question paragraphs that make an article an interview. */
  private static final int INTERVIEW_QUESTIONS = 3;

  private static final Pattern INTERVIEW_QUESTION = Pattern.compile("(Q|Question)\\s*[:.]\\s");

  /**
   * Whether a capitalized one-word speaker is a common noun the language layer does not take for a
   * name ("Firefighters said", "Producers insisted", "Last, she said"): a description, not a name.
   */
  private boolean isCommonNoun(String speaker) {
    if (speaker.strip().contains(" ")) {
      return false;
    }
    String w = speaker.strip().toLowerCase(Locale.ROOT);
    return !organizations.knows(w)
        && named.stream().noneMatch(n -> n.words().contains(w))
        && !places.contains(w);
  }

  private Attribution refineOne(Attribution a, List<Attribution> all, List<Attribution> done) {
    String said = a.speaker().toLowerCase(Locale.ROOT);
    if (a.hasSpeaker()
        && (isPlace(a.speaker())
            || bylineNames.contains(said)
                && named.stream().noneMatch(x -> x.name().equalsIgnoreCase(said)))
        && !(a.kind() == SpeakerKind.PRONOUN_RESOLVED || a.kind() == SpeakerKind.UNKNOWN)) {
      // Places speak only through the people the text names; a byline is the writer, not a source.
      return with(a, "", SpeakerKind.UNKNOWN);
    }
    switch (a.kind()) {
      case NAMED -> {
        return with(a, canonical(a.speaker(), a.mentionStart()), SpeakerKind.NAMED);
      }
      case PRONOUN_RESOLVED, UNKNOWN -> {
        String p = a.mention().toLowerCase(Locale.ROOT);
        if (p.equals("he") || p.equals("she")) {
          Named n = lastPersonBefore(a.mentionStart(), all, p);
          Attribution prior = lastSpeakerBefore(a.mentionStart(), done);
          if (prior != null
              && n != null
              && NameGender.agreement(p, prior.speaker()) < 0
              && NameGender.agreement(p, canonical(n.name(), n.start())) > 0) {
            prior = null; // "she said" after a man spoke continues the woman named before him
          }
          if (prior != null && (n == null || prior.mentionStart() > n.start())) {
            // A speaker introduced after the last name ("A foreign ministry spokesman in Berlin
            // said ...") is the one the pronoun continues.
            return ruled(
                with(
                    a,
                    prior.speaker(),
                    prior.kind() == SpeakerKind.NAMED
                        ? SpeakerKind.PRONOUN_RESOLVED
                        : prior.kind()),
                a,
                "prior-speaker");
          }
          if (n != null) {
            return ruled(
                with(a, canonical(n.name(), n.start()), SpeakerKind.PRONOUN_RESOLVED),
                a,
                "nearest-person");
          }
          if (isPlace(a.speaker())
              || SpeakerPhrase.orgLike(a.speaker())
              || bylineNames.contains(said)) {
            return with(a, "", SpeakerKind.UNKNOWN);
          }
        }
        return a.kind() == SpeakerKind.UNKNOWN
            ? a
            : with(a, canonical(a.speaker(), a.mentionStart()), a.kind());
      }
      case NOMINAL -> {
        String organization = organizations.name(a.mention());
        if (organization != null) {
          return with(a, canonical(organization, a.mentionStart()), SpeakerKind.NAMED);
        }
        Named n = describedBy(a.mention(), a.mentionStart(), a);
        return n == null
            ? a
            : ruled(
                with(a, canonical(n.name(), n.start()), SpeakerKind.NOMINAL_RESOLVED),
                a,
                "description");
      }
      default -> {
        return a;
      }
    }
  }

  /**
   * The fullest name the article gives for {@code name}: the longest PERSON or ORGANIZATION mention
   * holding all its words; when two different people share them ("Max" and "Jos Verstappen"), the
   * one named last before {@code at}.
   */
  String canonical(String name, int at) {
    List<String> words = words(name);
    if (words.size() >= 2 && HONORIFICS.contains(words.get(0))) {
      // "Mr Zhu" is Zhu Congpeng: a title is no part of the name it is matched by.
      words = words.subList(1, words.size());
    }
    if (words.isEmpty()) {
      return name;
    }
    // A full name the article gives only after it has used the bare surname is someone else's:
    // "her father, Robert Thurman" late in a profile that calls its subject "Thurman" throughout.
    int firstBare = Integer.MAX_VALUE;
    for (Named n : named) {
      if (n.words().equals(words)) {
        firstBare = Math.min(firstBare, n.start());
      }
    }
    Named best = null;
    for (Named n : named) {
      if (n.holdsMoreThan(words)
          && (n.start() < firstBare || !endsWith(n.words(), words))
          && (best == null || replaces(n, best, at))) {
        best = n;
      }
    }
    return best == null ? name : best.name();
  }

  private static boolean endsWith(List<String> name, List<String> tail) {
    return name.size() >= tail.size()
        && name.subList(name.size() - tail.size(), name.size()).equals(tail);
  }

  /**
   * Whether candidate {@code n} is a better full name than {@code best}: a fuller form of the same
   * name, a longer name named before {@code at}, or another person named later but still before
   * {@code at}.
   */
  private static boolean replaces(Named n, Named best, int at) {
    boolean fuller = n.words().containsAll(best.words());
    return n.words().size() > best.words().size() && (fuller || n.start() < at)
        || !fuller && n.start() < at && n.start() > best.start();
  }

  /** The last attribution before {@code at} whose speaker phrase is not itself a pronoun. */
  private Attribution lastSpeakerBefore(int at, List<Attribution> done) {
    Attribution best = null;
    for (Attribution d : done) {
      if (d.hasSpeaker()
          && d.mentionStart() >= 0
          && d.mentionStart() < at
          && at - d.mentionStart() <= PRONOUN_REACH
          && !Lexicon.PRONOUNS.contains(d.mention().toLowerCase(Locale.ROOT))
          && (best == null || d.mentionStart() > best.mentionStart())) {
        best = d;
      }
    }
    return best;
  }

  /**
   * The person a pronoun at {@code at} stands for: in the nearest stretch of text before it that
   * names a person (outside quotations, not as a possessive), the first person named there, which
   * in news prose is nearly always the subject ("Lai Mohammed, the minister, denied reports that
   * Boko Haram fighters were freed. ... he said").
   */
  private Named lastPersonBefore(int at, List<Attribution> all, String pronoun) {
    List<Named> reach = new ArrayList<>();
    for (Named n : named) {
      if (n.type().equals("PERSON")
          && n.end() <= at
          && at - n.end() <= PRONOUN_REACH
          && !possessive(n.end())
          && !insideQuote(n.start(), all)
          && !inCaption(n.start())) {
        reach.add(n);
      }
    }
    if (reach.isEmpty()) {
      return null;
    }
    Named last = reach.get(reach.size() - 1);
    Named subject = last;
    int sentenceStart = sentenceStart(last.start());
    for (Named n : reach) {
      if (n.start() >= sentenceStart) {
        subject = n;
        break;
      }
    }
    if (NameGender.agreement(pronoun, canonical(subject.name(), subject.start())) >= 0) {
      return subject;
    }
    // The subject's first name says the other gender: the nearest person whose first name agrees.
    for (int i = reach.size() - 1; i >= 0; i--) {
      Named n = reach.get(i);
      if (NameGender.agreement(pronoun, canonical(n.name(), n.start())) > 0) {
        return n;
      }
    }
    return subject;
  }

  /**
   * The first person the sentence holding {@code at} names before it, outside quotations and not as
   * a possessive: the subject of a sentence whose speaker the rules took from elsewhere.
   */
  Named firstPersonInSentence(int at, List<Attribution> all) {
    int from = sentenceStart(at);
    for (Named n : named) {
      if (n.type().equals("PERSON")
          && n.start() >= from
          && n.end() <= at
          && !possessive(n.end())
          && !insideQuote(n.start(), all)
          && !inCaption(n.start())) {
        return n;
      }
    }
    return null;
  }

  /** Whether the article names {@code speaker} as a person. */
  boolean isPerson(String speaker) {
    for (Named n : named) {
      if (n.type().equals("PERSON")
          && (n.name().equals(speaker) || canonical(n.name(), n.start()).equals(speaker))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first person or organization (with or without its article: "the ICIJ") named in {@code
   * [from, to)} outside quotations and captions; null when there is none.
   */
  Named firstNameBetween(int from, int to, List<Attribution> all) {
    Named first = null;
    for (List<Named> mentions : List.of(named, organizationMentions)) {
      for (Named n : mentions) {
        if ((n.type().equals("PERSON") || n.type().equals("ORGANIZATION"))
            && n.start() >= from
            && n.end() <= to
            && !insideQuote(n.start(), all)
            && !inCaption(n.start())
            && (first == null || n.start() < first.start())) {
          first = n;
        }
      }
    }
    return first;
  }

  /**
   * The organization an "it" at {@code at} stands for: the first organization named in the nearest
   * sentence before it, within {@link #PRONOUN_REACH}, that names one outside quotations and
   * captions; null when none does or a person is named after it (then "it" may be anything).
   */
  Named organizationSubjectBefore(int at, List<Attribution> all) {
    Named last = null;
    for (Named n : organizationMentions) {
      if (n.end() <= at
          && at - n.end() <= PRONOUN_REACH
          && !insideQuote(n.start(), all)
          && !inCaption(n.start())) {
        last = n;
      }
    }
    if (last == null || namesPersonBetween(last.end(), at, all)) {
      return null;
    }
    int from = sentenceStart(last.start());
    for (Named n : organizationMentions) {
      if (n.start() >= from && n.end() <= last.end() && !insideQuote(n.start(), all)) {
        return n;
      }
    }
    return last;
  }

  private boolean namesPersonBetween(int from, int to, List<Attribution> all) {
    for (Named n : named) {
      if (n.type().equals("PERSON")
          && n.start() >= from
          && n.end() <= to
          && !insideQuote(n.start(), all)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a person or organization other than {@code speaker} is named between {@code from} and
   * {@code to}, outside quotations.
   */
  boolean namesOtherThan(String speaker, int from, int to, List<Attribution> all) {
    for (Named n : named) {
      if (n.start() >= from
          && n.end() <= to
          && !insideQuote(n.start(), all)
          && !canonical(n.name(), n.start()).equals(speaker)
          && !n.name().equalsIgnoreCase(speaker)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The persons named before {@code at}, in text order, outside quotations, bylines and captions.
   */
  List<Named> personsBefore(int at, List<Attribution> all) {
    List<Named> out = new ArrayList<>();
    for (Named n : named) {
      if (n.type().equals("PERSON") && n.end() <= at && !insideQuote(n.start(), all)) {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * The organizations named before {@code at}, with or without an article, in text order, outside
   * quotations, bylines and captions.
   */
  List<Named> organizationsBefore(int at, List<Attribution> all) {
    List<Named> out = new ArrayList<>();
    for (Named n : organizationMentions) {
      if (n.end() <= at && !insideQuote(n.start(), all)) {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * The last ORGANIZATION named before {@code at} (else the first after it) whose words hold all of
   * {@code words} ("police" → "Berlin police"); null when none does.
   */
  Named organizationWith(List<String> words, int at) {
    Named before = null;
    Named after = null;
    for (Named n : named) {
      if (n.type().equals("ORGANIZATION") && n.words().containsAll(words)) {
        if (n.end() <= at) {
          before = n;
        } else if (after == null) {
          after = n;
        }
      }
    }
    return before != null ? before : after;
  }

  /**
   * The person or organization named nearest before the last use of {@code word} outside quotations
   * before {@code at}, in the same sentence and within {@link #PRONOUN_REACH} of {@code at}: who
   * "said in a statement". Null when there is none.
   */
  Named nameBeforeWord(String word, int at, List<Attribution> all) {
    String lower = text.toLowerCase(Locale.ROOT);
    int from = Math.max(0, at - PRONOUN_REACH);
    int i = lower.lastIndexOf(word, at - 1);
    while (i >= from) {
      boolean whole =
          (i == 0 || !Character.isLetter(lower.charAt(i - 1)))
              && (i + word.length() >= lower.length()
                  || !Character.isLetter(lower.charAt(i + word.length())));
      if (whole && !insideQuote(i, all)) {
        int sentence = sentenceStart(i);
        Named best = null;
        for (Named n : named) {
          if (n.start() >= sentence && n.end() <= i && !insideQuote(n.start(), all)) {
            best = n;
          }
        }
        if (best != null) {
          return best;
        }
      }
      i = i == 0 ? -1 : lower.lastIndexOf(word, i - 1);
    }
    return null;
  }

  /** Whether offset {@code at} lies on a caption or heading line ({@link Captions}). */
  boolean inCaption(int at) {
    return Captions.inCaption(text, at);
  }

  /** Whether {@code at} is the first word of its sentence (only blanks and marks before it). */
  boolean startsSentence(int at) {
    return text.substring(sentenceStart(at), at).chars().noneMatch(Character::isLetterOrDigit);
  }

  /** Start of the sentence holding {@code at}: after the last full stop, question or line end. */
  int sentenceStart(int at) {
    int i = at - 1;
    while (i >= 0) {
      char ch = text.charAt(i);
      if (ch == '\n'
          || (ch == '.' || ch == '?' || ch == '!')
              && i + 1 < text.length()
              && Character.isWhitespace(text.charAt(i + 1))) {
        return i + 1;
      }
      i--;
    }
    return 0;
  }

  /**
   * The named entity that {@code mention} describes, or null when the article names none safely. A
   * definite description ("the singer", "Costa Rica's president") takes the nearest entity before
   * it described with the same head noun, else the first after; an indefinite one ("a spokesperson
   * for Buhari") only an entity that is the only one so described and carries every other word of
   * the description.
   */
  Named describedBy(String mention, int at, Attribution a) {
    List<String> w = new ArrayList<>(words(mention));
    if (w.isEmpty()) {
      return null;
    }
    w.removeIf(x -> x.equals("himself") || x.equals("herself") || x.equals("itself"));
    boolean indefinite = w.get(0).equals("a") || w.get(0).equals("an") || w.get(0).equals("one");
    int cut = w.size();
    for (int i = 1; i < w.size(); i++) {
      if (Lexicon.NP_PREPOSITIONS.contains(w.get(i)) || w.get(i).equals("in")) {
        cut = i;
        break;
      }
    }
    if (cut == 0 || w.isEmpty()) {
      return null;
    }
    String head = w.get(cut - 1);
    if (head.equals("statement") || head.equals("statements")) {
      int owner = mention.toLowerCase(Locale.ROOT).replace('’', '\'').indexOf("'s ");
      return owner > 0 ? describedBy(mention.substring(0, owner), at, a) : null;
    }
    String key = ROLE_KEY.getOrDefault(head, head);
    String type = ORG_HEADS.contains(head) ? "ORGANIZATION" : "PERSON";
    Set<String> others = new HashSet<>(w);
    others.removeAll(Lexicon.DETERMINERS);
    others.removeAll(Lexicon.NP_PREPOSITIONS);
    others.remove(head);
    others.remove("in");
    Named before = null;
    Named after = null;
    Set<String> distinct = new HashSet<>();
    for (Named n : named) {
      if (!n.type().equals(type)
          || insideQuote(n.start(), List.of(a))
          || n.descriptors().stream().noneMatch(d -> ROLE_KEY.getOrDefault(d, d).equals(key))) {
        continue;
      }
      distinct.add(canonical(n.name(), n.start()));
      if (n.end() <= at) {
        before = n;
      } else if (after == null) {
        after = n;
      }
    }
    Named n = before != null ? before : after;
    if (n == null || !indefinite) {
      return n;
    }
    Set<String> known = new HashSet<>(n.descriptors());
    known.addAll(n.words());
    return distinct.size() == 1 && known.containsAll(others) ? n : null;
  }

  /** Words around a name that describe it: a premodifier and an apposition. */
  private Set<String> descriptors(int start, int end) {
    Set<String> out = new HashSet<>();
    int from = start;
    int count = 0;
    while (count < PREMODIFIER_WORDS) {
      int i = from - 1;
      while (i >= 0 && text.charAt(i) == ' ') {
        i--;
      }
      int j = i;
      while (j >= 0
          && (Character.isLetterOrDigit(text.charAt(j)) || "'’-".indexOf(text.charAt(j)) >= 0)) {
        j--;
      }
      if (i < 0 || j == i || (j >= 0 && text.charAt(j) != ' ')) {
        break;
      }
      String word = text.substring(j + 1, i + 1).toLowerCase(Locale.ROOT);
      if (Lexicon.BOUNDARIES.contains(word)
          || Lexicon.DETERMINERS.contains(word)
          || Lexicon.NP_PREPOSITIONS.contains(word)
          || FUNCTION_WORDS.contains(word)) {
        break;
      }
      out.add(stripPossessive(word));
      from = j + 1;
      count++;
    }
    int c = start - 1;
    while (c >= 0 && text.charAt(c) == ' ') {
      c--;
    }
    if (c > 0 && text.charAt(c) == ',') {
      // "The chairman of Germany's police union, Rainer Wendt," describes the name before it.
      int b = c - 1;
      while (b >= 0 && ",.;:()\"“”\n".indexOf(text.charAt(b)) < 0) {
        b--;
      }
      List<String> pre = words(text.substring(b + 1, c));
      out.addAll(pre.subList(Math.max(0, pre.size() - APPOSITION_WORDS), pre.size()));
    }
    int k = end;
    while (k < text.length()
        && (text.charAt(k) == '\'' || text.charAt(k) == '’' || text.charAt(k) == 's')) {
      k++;
    }
    if (k < text.length() && text.charAt(k) == ',') {
      int stop = k + 1;
      while (stop < text.length() && ",.;:()\"“”\n".indexOf(text.charAt(stop)) < 0) {
        stop++;
      }
      List<String> ap = words(text.substring(k + 1, stop));
      out.addAll(ap.subList(0, Math.min(APPOSITION_WORDS, ap.size())));
    }
    return out;
  }

  private boolean inByline(int at) {
    int ls = text.lastIndexOf('\n', at - 1) + 1;
    int le = text.indexOf('\n', at);
    String line = text.substring(ls, le < 0 ? text.length() : le);
    List<String> w = words(line);
    if (!w.isEmpty() && w.get(0).equals("by")) {
      return true;
    }
    return w.size() <= 20 && w.stream().anyMatch(x -> !x.equals("by") && BYLINE.contains(x));
  }

  /** "the Steinbergs" is a family, not the person a pronoun stands for. */
  private boolean precededByThe(int start) {
    int i = start - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i >= 2
        && text.substring(i - 2, i + 1).equalsIgnoreCase("the")
        && (i < 3 || !Character.isLetter(text.charAt(i - 3)));
  }

  /** The type most mentions of one name have (NER types one name differently by context). */
  private static String majority(Map<String, Integer> votes) {
    return votes.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .findFirst()
        .map(Map.Entry::getKey)
        .orElse("");
  }

  private boolean isPlace(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return places.contains(n)
        && named.stream().noneMatch(x -> x.name().toLowerCase(Locale.ROOT).equals(n));
  }

  boolean possessive(int end) {
    return end + 1 < text.length()
        && (text.charAt(end) == '\'' || text.charAt(end) == '’')
        && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == ' ');
  }

  static boolean insideQuote(int at, List<Attribution> all) {
    for (Attribution a : all) {
      if (a.marked() && at >= a.contentStart() && at < a.contentEnd()) {
        return true;
      }
    }
    return false;
  }

  /** {@code a} with another speaker and the mention it was found at. */
  static Attribution withMention(
      Attribution a,
      String speaker,
      String mention,
      int mentionStart,
      int mentionEnd,
      SpeakerKind kind) {
    return new Attribution(
        a.article(),
        a.sentence(),
        a.contentStart(),
        a.contentEnd(),
        a.text(),
        a.marked(),
        a.cue(),
        a.cueStart(),
        a.cueEnd(),
        speaker,
        mention,
        mentionStart,
        mentionEnd,
        speaker.isEmpty() ? SpeakerKind.UNKNOWN : kind,
        a.clues());
  }

  /**
   * {@code a} with the person or organization {@code n} names as the one its description, kept as
   * its mention, stands for.
   */
  Attribution describing(Attribution a, Named n) {
    return withMention(
        a,
        canonical(n.name(), n.start()),
        a.mention(),
        a.mentionStart(),
        a.mentionEnd(),
        SpeakerKind.NOMINAL_RESOLVED);
  }

  /** {@code a} with the person or organization {@code n} names, found at {@code n}, as speaker. */
  Attribution withNamed(Attribution a, Named n) {
    return withMention(
        a, canonical(n.name(), n.start()), n.name(), n.start(), n.end(), SpeakerKind.NAMED);
  }

  private static Attribution with(Attribution a, String speaker, SpeakerKind kind) {
    return withMention(a, speaker, a.mention(), a.mentionStart(), a.mentionEnd(), kind);
  }

  private static String stripPossessive(String s) {
    return s.replaceFirst("['’]s?$", "");
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : SPLIT.split(s.toLowerCase(Locale.ROOT))) {
      String x = stripPossessive(w.replaceAll("^[-'’]+|[-'’]+$", ""));
      if (!x.isEmpty()) {
        out.add(x);
      }
    }
    return out;
  }

  private static Map<String, String> roleKeys() {
    Map<String, String> m = new HashMap<>();
    for (String line : WordLists.load(Speakers.class, "same-role.txt")) {
      String[] g = line.split("\\s+");
      for (String w : g) {
        m.put(w, g[0]);
      }
    }
    return Map.copyOf(m);
  }
}
