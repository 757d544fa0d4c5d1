// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import io.storylens.core.nlp.ArticleAnnotations.RawTimex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers and words SUTime reads as dates that are not: a number or a month word is a date only
 * with date evidence around it. SUTime takes any four-digit number for a year and any month word
 * for a month, so "2100 GMT", "Resolution 2375", "2560 x 1440", "Theresa May" and "Long March 9"
 * come out as dates. Each rule looks at the words right before and after the expression; the word
 * lists are resource files next to this class, so they grow without code changes.
 */
final class NotDates {
  /** Why an expression is not a date. */
  enum Rule {
    /** A 24-hour clock reading before a zone or "hours": "2100 GMT", "1430 local time". */
    CLOCK_TIME,
    /** A number after a label word or code: "Resolution 2375", "Flight 1549", "MSP 006". */
    SERIAL_NUMBER,
    /** A number in a size, count or amount: "2560 x 1440", "2000 people", "more than 1500". */
    MEASURE,
    /** A month word or number inside a name: "Theresa May", "Long March 9", "Euro 2016". */
    NAME,
    /** A lower-case "may" or "march" inside a longer expression: the verb, not the month. */
    VERB
  }

  private static final Set<String> CONTEXT = Set.copyOf(words("date-context-words.txt"));
  private static final Set<String> LABELS = Set.copyOf(words("serial-labels.txt"));
  private static final Set<String> ZONES = Set.copyOf(words("time-zones.txt"));
  private static final Set<String> NAME_VERBS = Set.copyOf(words("name-verbs.txt"));
  private static final Set<String> TITLES = Set.copyOf(words("title-abbreviations.txt"));
  private static final Set<String> COUNT_AFTER = prefixed("after ");
  private static final List<Pattern> COUNT_BEFORE =
      prefixed("before ").stream()
          .map(
              p ->
                  Pattern.compile(
                      Character.isLetter(p.charAt(p.length() - 1))
                          ? "\\b" + Pattern.quote(p) + "\\s+$"
                          : Pattern.quote(p) + "\\s*$"))
          .toList();

  private static final Pattern BARE_NUMBER = Pattern.compile("\\d{3,4}");

  /** A year cut to two digits: "'99" (in "UNITY '99" a name, in "in '99" a year). */
  private static final Pattern SHORT_YEAR = Pattern.compile("['’]\\d\\d");

  /** "The" with a capital after a word that does not end a sentence: a name begins. */
  private static final Pattern NAME_THE_BEFORE = Pattern.compile("[\\p{Ll}\\d,;:]\\s+The\\s+$");

  private static final Pattern CAPITALIZED_AFTER = Pattern.compile("^\\s+\\p{Lu}\\p{Ll}");

  private static final Pattern CLOCK = Pattern.compile("([01]\\d|2[0-3])([0-5]\\d)");
  private static final Pattern MONTH_WORD =
      Pattern.compile(
          "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*)\\b\\.?(\\s+\\d{1,2})?");
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\S+)\\s+$");
  private static final Pattern WORD_AFTER = Pattern.compile("^\\s*([\\p{L}$£€¥#]+\\.?)");
  private static final Pattern CAPITALIZED = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");
  private static final Pattern CODE = Pattern.compile("\\p{Lu}[\\p{Lu}\\d-]+");
  private static final Pattern QUARTER_CODE = Pattern.compile("(?:Q|H)[1-4]|FY|AD|BC|BCE|CE");
  private static final Pattern DIMENSION_BEFORE = Pattern.compile("\\d\\s*(?:x|×|by)\\s*$");
  private static final Pattern DIMENSION_AFTER = Pattern.compile("^\\s*(?:x|×|by)\\s*\\d");
  private static final Pattern LOWER_VERB_MONTH = Pattern.compile("\\b(may|march)\\b");

  private NotDates() {}

  /** The rule that makes {@code t}, an expression of {@code text}, no date; empty if none. */
  static Optional<Rule> rule(String text, RawTimex t) {
    if (t.begin() < 0 || t.end() > text.length() || !text.startsWith(t.text(), t.begin())) {
      return Optional.empty();
    }
    String own = t.text().strip();
    String before = text.substring(Math.max(0, t.begin() - 40), t.begin());
    String after = text.substring(t.end(), Math.min(text.length(), t.end() + 40));
    if ((BARE_NUMBER.matcher(own).matches() || SHORT_YEAR.matcher(own).matches())
        && t.type().equals("DATE")) {
      if (NAME_THE_BEFORE.matcher(before).find() && CAPITALIZED_AFTER.matcher(after).find()) {
        // "the black policy group The 1990 Trust": a capitalized "The" inside a sentence starts
        // a name, and the capitalized word after the number goes on with it.
        return Optional.of(Rule.NAME);
      }
      return number(own, before, after);
    }
    if (WEEKDAY_WORD.matcher(own).matches()
        && THE_BEFORE.matcher(before).find()
        && CAPITALIZED_AFTER.matcher(after).find()
        && !CONTEXT.contains(strip(wordAfter(after)))
        && !MONTH_WORD.matcher(after.strip()).lookingAt()) {
      // "The Sunday Telegraph", "the Sunday Times": a weekday between "the" and a capitalized
      // word names a paper or a show, as a day is never written "the Sunday" before a name.
      return Optional.of(Rule.NAME);
    }
    return monthWord(t, own, before, after);
  }

  private static final Pattern WEEKDAY_WORD =
      Pattern.compile("(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day");

  private static final Pattern THE_BEFORE = Pattern.compile("\\b[Tt]he\\s+$");

  private static Optional<Rule> number(String own, String before, String after) {
    String next = wordAfter(after);
    if (CLOCK.matcher(own).matches() && ZONES.contains(next)) {
      return Optional.of(Rule.CLOCK_TIME);
    }
    if (DIMENSION_BEFORE.matcher(before).find() || DIMENSION_AFTER.matcher(after).find()) {
      return Optional.of(Rule.MEASURE);
    }
    if (COUNT_AFTER.contains(next) || countBefore(before)) {
      return Optional.of(Rule.MEASURE);
    }
    String prev = wordBefore(before);
    if (prev.isEmpty()) {
      return Optional.empty();
    }
    String bare = prev.toLowerCase(Locale.ROOT);
    if (LABELS.contains(bare) || LABELS.contains(strip(bare)) || prev.equals("#")) {
      return Optional.of(Rule.SERIAL_NUMBER);
    }
    if (CODE.matcher(prev).matches()
        && !QUARTER_CODE.matcher(prev).matches()
        && !CONTEXT.contains(strip(bare))) {
      return Optional.of(Rule.SERIAL_NUMBER);
    }
    return nameBefore(prev) ? Optional.of(Rule.NAME) : Optional.empty();
  }

  private static Optional<Rule> monthWord(RawTimex t, String own, String before, String after) {
    Matcher lower = LOWER_VERB_MONTH.matcher(own);
    if (lower.find() && !own.equals(lower.group()) && t.value().matches("\\d{4}-0[35].*")) {
      return Optional.of(Rule.VERB);
    }
    Matcher m = MONTH_WORD.matcher(own);
    if (!m.find() || own.matches(".*\\d{4}.*")) {
      return Optional.empty();
    }
    // The word before the month: inside the expression ("Theresa May" as NER joins it) or before.
    String inside = own.substring(0, m.start()).strip();
    String prev = inside.isEmpty() ? wordBefore(before) : lastWord(inside);
    if (!prev.isEmpty() && nameBefore(prev)) {
      return Optional.of(Rule.NAME);
    }
    if (m.group(2) == null
        && m.end() == own.length()
        && NAME_VERBS.contains(wordAfter(after))
        && own.equals(m.group().strip())) {
      return Optional.of(Rule.NAME);
    }
    return Optional.empty();
  }

  /** A capitalized word that is not a date word and does not end the previous sentence. */
  private static boolean nameBefore(String prev) {
    if (!CAPITALIZED.matcher(prev).matches()) {
      return false;
    }
    String lower = prev.toLowerCase(Locale.ROOT);
    if (prev.endsWith(".") && !TITLES.contains(lower)) {
      return false; // "… in Paris. May is …": the period ends a sentence
    }
    return !CONTEXT.contains(strip(lower.replaceAll("['’]s$", "")));
  }

  private static boolean countBefore(String before) {
    String b = before.toLowerCase(Locale.ROOT);
    return COUNT_BEFORE.stream().anyMatch(p -> p.matcher(b).find());
  }

  private static String wordBefore(String before) {
    Matcher m = WORD_BEFORE.matcher(before);
    return m.find() ? m.group(1) : "";
  }

  private static String lastWord(String s) {
    String[] parts = s.split("\\s+");
    return parts[parts.length - 1];
  }

  private static String wordAfter(String after) {
    Matcher m = WORD_AFTER.matcher(after);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\.$", "") : "";
  }

  private static String strip(String w) {
    return w.replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
  }

  private static Set<String> prefixed(String prefix) {
    List<String> out = new ArrayList<>();
    for (String w : words("count-words.txt")) {
      if (w.startsWith(prefix)) {
        out.add(w.substring(prefix.length()).strip());
      }
    }
    return Set.copyOf(out);
  }

  /** The lines of a word list next to this class: trimmed, lower case, without comments. */
  static List<String> words(String resource) {
    return lines(resource).stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList();
  }

  /** The lines of a resource file next to this class: trimmed, without comments. */
  static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = NotDates.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.stream().distinct().toList();
  }
}
