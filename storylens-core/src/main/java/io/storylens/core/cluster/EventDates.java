// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import io.storylens.core.nlp.ArticleAnnotations.RawTimex;
import io.storylens.core.nlp.Tense;
import io.storylens.core.text.AsciiCase;
import io.storylens.core.text.Sentences;
import io.storylens.core.text.Tokens;
import io.storylens.core.timeline.ArticleTimes;
import io.storylens.core.timeline.ResolvedTimex;
import io.storylens.core.timeline.TimexResolver;
import io.storylens.model.Article;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The day(s) of the happening an article reports: the day-level dates of its <em>event
 * sentence</em>, the lead sentence that best restates the headline (most shared content words;
 * without a headline, the first sentence is the headline) among those that carry a day-level date.
 * News leads state the happening with its date ("agreed Monday to meet on January 10", "are set to
 * speak Thursday"); later sentences give background dates of the storyline, which is why only the
 * sentence closest to the headline counts. Two articles whose event days are far apart report
 * different happenings even when their vocabulary overlaps (a call and talks between the same two
 * governments a week apart).
 *
 * <p>Two sources, one selection rule: {@link #fromTimexes} takes the language layer's resolved time
 * expressions (SUTime, resolved against the article's own date); {@link #cheap} finds month-day,
 * weekday and yesterday/today/tomorrow expressions with regular expressions and resolves them with
 * the same {@link TimexResolver}, for the cheap path without CoreNLP. Hand-written: no library
 * picks the date of the reported happening.
 */
public final class EventDates {
  /** Only the lead is read: the happening is stated early (inverted pyramid). */
  static final int LEAD_SENTENCES = 12;

  /** Characters read by the cheap path (about twelve sentences of news prose). */
  static final int LEAD_CHARS = 3000;

  /**
   * Days between the publication and an event day beyond which the date is background (an
   * anniversary, a past war), not the happening being reported.
   */
  static final int MAX_DAYS_FROM_PUBLICATION = 45;

  private static final String MONTH =
      "(jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?"
          + "|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?"
          + "|dec(?:ember|\\.)?)";

  /** "January 10", "Jan. 10, 2022", "10 January 2022", "Thursday", "yesterday". */
  static final Pattern DATE =
      Pattern.compile(
          "\\b(?:"
              + MONTH
              + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?"
              + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+"
              + MONTH
              + "(?:,?\\s+(\\d{4})\\b)?"
              + "|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
              + "|(yesterday|today|tomorrow))",
          Pattern.CASE_INSENSITIVE);

  /** A resolved value that names a day ("2022-01-10", "2022-01-10T15:00"). */
  private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Clause words that make a date the time of something still to come. */
  private static final Pattern FUTURE =
      Pattern.compile(
          "(?i)\\b(will|'ll|shall|set to|to be held|scheduled|expected to|plans? to|planned|due to"
              + "|upcoming|next|would)\\b");

  /** "agreed to convene on": the date belongs to the infinitive, which lies ahead. */
  private static final Pattern INFINITIVE =
      Pattern.compile("(?i)\\bto\\s+\\w+(?:\\s+\\w+)?(?:\\s+(?:on|for|at|by))?\\s*$");

  /** Clause words that make a date the time of something that happened. */
  private static final Pattern PAST =
      Pattern.compile("(?i)\\b(said|was|were|had|did|ago|last|\\w{3,}ed)\\b");

  private EventDates() {}

  /** A day-level date and the index of its sentence in {@link Sentences#split}. */
  record Dated(int sentence, LocalDate day) {}

  /**
   * The event days of an article from the language layer's resolved expressions.
   *
   * @param title the headline (may be empty)
   * @param text the body
   * @param published the date the expressions were resolved against (its effective date)
   * @param timexes resolved expressions, sentence indexes into {@link Sentences#split} of {@code
   *     text}
   */
  public static List<LocalDate> fromTimexes(
      String title, String text, Optional<LocalDate> published, List<ResolvedTimex> timexes) {
    List<Dated> dated = new ArrayList<>();
    for (ResolvedTimex t : timexes) {
      if (t.sentence() < LEAD_SENTENCES) {
        t.day().ifPresent(d -> dated.add(new Dated(t.sentence(), d)));
      }
    }
    List<String> lead = Sentences.split(text.length() > 4 * LEAD_CHARS ? lead(text, 4) : text);
    return select(title, lead, dated, published);
  }

  /**
   * The event days of every article in {@code times} (by article id), from the language layer's
   * expressions resolved against each article's effective date.
   */
  public static Map<String, List<LocalDate>> byArticle(List<ArticleTimes> times) {
    Map<String, List<LocalDate>> out = new HashMap<>();
    for (ArticleTimes t : times) {
      Article a = t.article();
      out.put(
          a.id(),
          fromTimexes(
              a.title().value().orElse(""),
              a.text(),
              t.check().effectiveDate().or(a::publishedDate),
              t.timexes()));
    }
    return out;
  }

  /** The event days of an article from regular-expression dates (no CoreNLP). */
  public static List<LocalDate> cheap(String title, String text, Optional<LocalDate> published) {
    List<String> lead = Sentences.split(lead(text, 1));
    List<Dated> dated = new ArrayList<>();
    for (int i = 0; i < Math.min(LEAD_SENTENCES, lead.size()); i++) {
      String s = lead.get(i);
      int idx = i;
      for (MatchResult m : dateMatches(s)) {
        resolve(m, s, published).ifPresent(d -> dated.add(new Dated(idx, d)));
      }
    }
    return select(title, lead, dated, published);
  }

  /**
   * The matches of {@link #DATE} in {@code s}, the same as {@code DATE.matcher(s).find()} in a loop
   * gives, found faster (see {@link #nextCandidate}).
   */
  static List<MatchResult> dateMatches(String s) {
    List<MatchResult> out = new ArrayList<>(2);
    Matcher m = DATE.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    for (int at = nextCandidate(s, 0); at >= 0; ) {
      if (m.region(at, s.length()).lookingAt()) {
        out.add(m.toMatchResult());
        at = nextCandidate(s, m.end());
      } else {
        at = nextCandidate(s, at + 1);
      }
    }
    return out;
  }

  /**
   * First three letters of every word {@link #DATE} can start with (month, weekday, relative),
   * packed as by {@link #prefixKey}, sorted.
   */
  private static final long[] DATE_PREFIXES =
      Stream.of(
              "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
              "mon", "tue", "wed", "thu", "fri", "sat", "sun", "yes", "tod", "tom")
          .mapToLong(p -> prefixKey(p, 0))
          .sorted()
          .toArray();

  /**
   * The first position at or after {@code from} where {@link #DATE} can match, or -1. Hand-written
   * pre-filter: letting {@code Matcher.find} try the case-insensitive alternation at every
   * character was most of the cheap path's cost. A match starts at a word boundary with a digit or
   * one of {@link #DATE_PREFIXES}, so the candidates are the starts of ASCII letter/digit runs with
   * such a start (a superset: {@code lookingAt} with transparent bounds still checks the boundary),
   * and trying them in order finds the matches {@code find} would.
   */
  static int nextCandidate(String s, int from) {
    for (int i = Math.max(0, from); i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAsciiAlnum(c)
          || (i > 0 && (isAsciiAlnum(s.charAt(i - 1)) || s.charAt(i - 1) == '_'))) {
        continue;
      }
      if (c >= '0' && c <= '9') {
        return i;
      }
      if (i + 3 <= s.length() && Arrays.binarySearch(DATE_PREFIXES, prefixKey(s, i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** Three characters from {@code at}, ASCII letters lower-cased, packed into one long. */
  private static long prefixKey(String s, int at) {
    long key = 0;
    for (int k = at; k < at + 3; k++) {
      key = (key << 16) | AsciiCase.lower(s.charAt(k));
    }
    return key;
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static String lead(String text, int factor) {
    int n = LEAD_CHARS * factor;
    return text.length() > n ? text.substring(0, n) : text;
  }

  /** The days of the dated lead sentence that best restates the headline. */
  static List<LocalDate> select(
      String title, List<String> sentences, List<Dated> dated, Optional<LocalDate> published) {
    Set<String> headline =
        words(title.isBlank() ? (sentences.isEmpty() ? "" : sentences.get(0)) : title);
    int best = -1;
    int bestScore = 0;
    for (Dated d : dated) {
      if (d.sentence() >= sentences.size() || !nearPublication(d.day(), published)) {
        continue;
      }
      int score = overlap(words(sentences.get(d.sentence())), headline);
      if (score > bestScore || (score == bestScore && score > 0 && d.sentence() < best)) {
        best = d.sentence();
        bestScore = score;
      }
    }
    TreeSet<LocalDate> days = new TreeSet<>();
    for (Dated d : dated) {
      if (d.sentence() == best && nearPublication(d.day(), published)) {
        days.add(d.day());
      }
    }
    return List.copyOf(days);
  }

  private static boolean nearPublication(LocalDate day, Optional<LocalDate> published) {
    return published.isEmpty()
        || Math.abs(ChronoUnit.DAYS.between(published.get(), day)) <= MAX_DAYS_FROM_PUBLICATION;
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : Tokens.contentWords(s)) {
      out.add(Featurizer.stem(w));
    }
    return out;
  }

  private static int overlap(Set<String> a, Set<String> b) {
    int n = 0;
    for (String w : a) {
      n += b.contains(w) ? 1 : 0;
    }
    return n;
  }

  /** Resolves one regex match as SUTime would have normalized it, then against the anchor. */
  private static Optional<LocalDate> resolve(
      MatchResult m, String sentence, Optional<LocalDate> published) {
    String value;
    if (m.group(8) != null) {
      if (published.isEmpty()) {
        return Optional.empty();
      }
      String w = m.group(8).toLowerCase(Locale.ROOT);
      int delta = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
      return Optional.of(published.get().plusDays(delta));
    } else if (m.group(7) != null) {
      value = "XXXX-WXX-" + (weekday(m.group(7)) + 1);
    } else {
      boolean monthFirst = m.group(1) != null;
      int month = month(monthFirst ? m.group(1) : m.group(5));
      int day = Integer.parseInt(monthFirst ? m.group(2) : m.group(4));
      String year = monthFirst ? m.group(3) : m.group(6);
      if (month < 0 || day < 1 || day > 31) {
        return Optional.empty();
      }
      if (year == null && published.isEmpty()) {
        return Optional.empty();
      }
      // As SUTime writes it with a document date: the anchor's year, which the resolver then
      // moves to the nearest year the tense allows ("Jan. 10" written on Dec. 28).
      String y = year != null ? year : Integer.toString(published.get().getYear());
      value = y + (month < 10 ? "-0" : "-") + month + (day < 10 ? "-0" : "-") + day;
    }
    RawTimex raw =
        new RawTimex(m.group(), "DATE", value, m.start(), m.end(), 0, tense(sentence, m.start()));
    Optional<String> v = TimexResolver.resolve(raw, published);
    if (v.isEmpty() || !DAY_VALUE.matcher(v.get()).lookingAt()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v.get().substring(0, 10)));
    } catch (DateTimeException e) {
      return Optional.empty(); // "February 31"
    }
  }

  /** The tense of the clause before the date, by cue words (the cheap stand-in for POS tags). */
  private static Tense tense(String sentence, int at) {
    int from = Math.max(0, at - 60);
    String before = sentence.substring(from, at);
    int cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
    String clause = cut >= 0 && at - from - cut > 12 ? before.substring(cut + 1) : before;
    if (FUTURE.matcher(clause).find() || INFINITIVE.matcher(clause).find()) {
      return Tense.FUTURE;
    }
    if (PAST.matcher(clause).find()) {
      return Tense.PAST;
    }
    return Tense.NONE;
  }

  private static int weekday(String w) {
    return List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        .indexOf(w.toLowerCase(Locale.ROOT));
  }

  private static int month(String m) {
    String k = m.toLowerCase(Locale.ROOT);
    String[] names = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    for (int i = 0; i < names.length; i++) {
      if (k.startsWith(names[i])) {
        return i + 1;
      }
    }
    return -1;
  }
}
