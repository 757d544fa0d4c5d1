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
 * A speaker phrase that describes a person the text names right after it, set off by a comma: "“…,”
 * said Common Sense’s CEO, James Steyer, warning that …", "A representative for Thurman, Leslie
 * Sloane, responded …", "Lead author of the study, Professor Chris Hughes, said: “…”". The rules
 * stop the phrase at the comma, so they give the description (or, with a capitalized owner, "Common
 * Sense’s CEO" as a name); the person in apposition is the speaker. The name must close the
 * apposition (a comma, the sentence's end or a cue follows it), so a list of people ("said the
 * chairman, John Smith and Jane Doe") and a name opening a new clause stay as they were. A phrase
 * that is itself a person's name ("Thurman, Leslie Sloane") is never replaced.
 */
final class AppositiveNames {
  /** The rule of a speaker named in apposition to its description. */
  static final String RULE = "apposition";

  private static final Set<String> HONORIFICS =
      WordLists.load(AppositiveNames.class, "honorifics.txt");

  /** A comma, then titles ("Professor", "Dr."), before the name. */
  private static final Pattern LEAD = Pattern.compile("\\s*,\\s*((?:\\p{Lu}\\p{L}*\\.?\\s+)*)");

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /**
   * A phrase the rules took for a name that is a description with a capitalized owner ("Common
   * Sense’s CEO"): a possessive, or a lower-case word.
   */
  private static final Pattern OWNED = Pattern.compile("\\p{L}['’]s\\s|\\s\\p{Ll}");

  private final String text;
  private final List<LanguageHints.Name> names;
  private final Speakers speakers;

  AppositiveNames(String text, List<LanguageHints.Name> names, Speakers speakers) {
    this.text = text;
    this.names = names;
    this.speakers = speakers;
  }

  /** {@code a} with the person named in apposition to its speaker phrase, or unchanged. */
  Attribution apply(Attribution a) {
    if (!(a.kind() == SpeakerKind.NOMINAL || a.kind() == SpeakerKind.NAMED)
        || a.mentionStart() < 0
        || a.mentionEnd() >= text.length()
        || isPerson(a.mentionStart(), a.mentionEnd())
        || a.kind() == SpeakerKind.NAMED && !OWNED.matcher(a.mention()).find()) {
      return a;
    }
    Matcher lead = LEAD.matcher(text).region(a.mentionEnd(), text.length());
    if (!lead.lookingAt()) {
      return a;
    }
    for (LanguageHints.Name n : names) {
      if (!n.type().equals("PERSON")
          || n.start() < lead.start(1)
          || n.start() > lead.end()
          || !titlesOnly(text.substring(lead.start(1), n.start()))) {
        continue;
      }
      if (!closesApposition(n.end(), a)) {
        return a;
      }
      String name = text.substring(n.start(), n.end()).strip();
      return Speakers.withMention(
          a, speakers.canonical(name, n.start()), name, n.start(), n.end(), SpeakerKind.NAMED);
    }
    return a;
  }

  /** Whether {@code [start, end)} is exactly a person's name the language layer tags. */
  private boolean isPerson(int start, int end) {
    for (LanguageHints.Name n : names) {
      if (n.type().equals("PERSON") && n.start() <= start && n.end() >= end) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words before the name are titles only ("Professor", "Dr.", or none). */
  private static boolean titlesOnly(String between) {
    Matcher m = WORD.matcher(between);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (!HONORIFICS.contains(w) && !TITLES.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Titles written before a name, beside the courtesy titles of {@code honorifics.txt}. */
  private static final Set<String> TITLES =
      WordLists.load(AppositiveNames.class, "name-titles.txt");

  /**
   * Whether the apposition ends at {@code end}: a comma, the sentence's end, or the attribution's
   * cue or quotation follow the name.
   */
  private boolean closesApposition(int end, Attribution a) {
    int i = end;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '’')) {
      i++;
    }
    if (i >= text.length()) {
      return true;
    }
    char c = text.charAt(i);
    if (c == ',' || c == '.' || c == ':' || c == ';' || c == '\n') {
      return true;
    }
    return a.cueStart() >= i && text.substring(i, a.cueStart()).isBlank();
  }
}
