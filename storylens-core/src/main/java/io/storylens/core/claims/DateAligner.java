// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import io.storylens.core.text.Overlap;
import io.storylens.core.text.Sentences;
import io.storylens.core.text.Tokens;
import io.storylens.model.Article;
import io.storylens.model.Disagreement;
import io.storylens.model.SourceRef;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of one happening told differently by two articles: "drafted first overall in 2003 by the
 * Cincinnati Bengals" against "the No. 1 overall pick by Cincinnati in 2002", "approved by EU
 * regulators last month" against "European regulators this month said they had approved", "said in
 * November" against "In December, … said".
 *
 * <p>Each sentence's dates are read by rule (years, months with or without a day and year,
 * weekdays, "last week", "this month", "last year", "yesterday") and resolved against its article's
 * publication date: a weekday is the latest one on or before that date, as news reports what
 * happened; a month or a day without a year is the occurrence nearest to it, as reports name
 * scheduled happenings too. Two sentences of different articles are about one happening when they
 * share the words around the dates and the names they mention; their dates then disagree when the
 * periods do not meet ("2017-11" and "2017-12"; "this week" and "last week"), and neither sentence
 * also gives the other's date. Sentences with a date of the other granularity only ("Friday"
 * against "December 29") are compared at the coarser one.
 *
 * <p>Confidence is by rule, as the development events hold too few such differences to fit a model:
 * it rises with the words the sentences share (near the dates most) and the names they share.
 */
public final class DateAligner {
  private DateAligner() {}

  /** Least confidence of a date difference that is shown. */
  static final double MIN_CONFIDENCE = Disagreements.MIN_RULE_CONFIDENCE;

  /** Words on each side of a date that say what happened then. */
  private static final int NEAR = 4;

  /** How precisely a mention names its time. */
  enum Grain {
    YEAR,
    MONTH,
    WEEK,
    DAY
  }

  /** A date of a sentence: its words, its period (first and last day) and its granularity. */
  record Mention(String text, LocalDate first, LocalDate last, Grain grain, int start, int end) {
    boolean meets(Mention o) {
      return !first.isAfter(o.last) && !o.first.isAfter(last);
    }

    String label() {
      return switch (grain) {
        case YEAR -> text.matches("\\d{4}") ? text : text + " (" + first.getYear() + ")";
        case MONTH ->
            text
                + " ("
                + first.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " "
                + first.getYear()
                + ")";
        case WEEK -> text + " (week of " + first + ")";
        case DAY -> text + " (" + first + ")";
      };
    }
  }

  /** Two sentences giving one happening different dates, with how sure it is. */
  record Candidate(
      Article a,
      Article b,
      int sentenceA,
      int sentenceB,
      Mention ma,
      Mention mb,
      double overlap,
      int sharedNear,
      int sharedNames,
      double confidence) {
    Disagreement toDisagreement() {
      String desc =
          String.format(
              Locale.ROOT,
              "date: %s (%s) vs %s (%s) for the same happening",
              ma.label(),
              a.outletName(),
              mb.label(),
              b.outletName());
      return new Disagreement(
          "date",
          desc,
          List.of(a.id(), b.id()),
          List.of(ma.label(), mb.label()),
          List.of(new SourceRef(a.id(), sentenceA), new SourceRef(b.id(), sentenceB)),
          Math.round(confidence * 1000) / 1000.0);
    }
  }

  private static final String MONTHS =
      "January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";

  private static final Pattern MONTH_DATE =
      Pattern.compile(
          "\\b(" + MONTHS + ")(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s+(\\d{4})\\b)?");

  private static final Pattern YEAR =
      Pattern.compile(
          "(?<![\\d$£€.,:/-])\\b(1[89]\\d\\d|20\\d\\d)\\b(?![\\d%]|[,.:/-]\\d|s\\b| percent)");

  /**
   * A wire dateline opening the text ("MOSCOW, August 20 (Xinhua) --", "SAN JOSE, Dec 31 (Reuters)
   * -"): the day the report was filed, not a date of what it reports, so two reports of successive
   * days never disagree by it.
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\s*\\p{Lu}[\\p{L}.' -]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.' -]{1,30})?,\\s+(?:"
              + MONTHS
              + ")\\s+\\d{1,2}(?:,\\s*\\d{4})?\\s*\\([^()]{2,30}\\)\\s*(?:--|[—–_-])");

  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?!s)");

  private static final Pattern RELATIVE =
      Pattern.compile(
          "\\b(?i:(last|this|earlier this|later this|past) (week|month|year)|yesterday)\\b");

  /** Every date difference among {@code articles}, most confident first within each pair. */
  static List<Candidate> find(List<Article> articles) {
    List<List<Sentence>> all = new ArrayList<>();
    for (Article a : articles) {
      all.add(sentences(a));
    }
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        for (Sentence x : all.get(i)) {
          for (Sentence y : all.get(j)) {
            candidate(articles.get(i), articles.get(j), x, y).ifPresent(out::add);
          }
        }
      }
    }
    return best(out);
  }

  /** One flag per pair of values: the most confident pair of sentences stands for it. */
  private static List<Candidate> best(List<Candidate> all) {
    Map<String, Candidate> out = new LinkedHashMap<>();
    for (Candidate c : all) {
      String k1 = c.ma().first() + "|" + c.ma().grain() + "|" + c.mb().first() + c.mb().grain();
      String k2 = c.mb().first() + "|" + c.mb().grain() + "|" + c.ma().first() + c.ma().grain();
      String key = k1.compareTo(k2) <= 0 ? k1 : k2;
      Candidate old = out.get(key);
      if (old == null || c.confidence() > old.confidence()) {
        out.put(key, c);
      }
    }
    return List.copyOf(out.values());
  }

  /** A sentence with its dates and its words without them. */
  record Sentence(
      int index, String text, List<Mention> dates, Set<String> words, Set<String> names) {}

  private static List<Sentence> sentences(Article a) {
    List<Sentence> out = new ArrayList<>();
    Optional<LocalDate> published = a.publishedDate();
    if (published.isEmpty()) {
      return out; // without a date of its own an article's relative dates mean nothing
    }
    List<String> split = Sentences.split(a.text());
    for (int i = 0; i < split.size(); i++) {
      String s = split.get(i);
      if (i == 0) {
        Matcher d = DATELINE.matcher(s);
        if (d.find()) {
          s = " ".repeat(d.end()) + s.substring(d.end()); // offsets stay those of the sentence
        }
      }
      List<Mention> dates = mentions(s, published.get());
      if (yearsNamed(dates) > 1) {
        // "unveiled in 2011 and said it would fly in 2013" tells a history: its years are those
        // of several happenings, and none of them alone is the date the sentence gives.
        dates = dates.stream().filter(d -> !explicitYear(d)).toList();
      }
      if (dates.isEmpty()) {
        continue;
      }
      String rest = s;
      for (Mention m : dates) {
        rest =
            rest.substring(0, m.start())
                + " ".repeat(m.end() - m.start())
                + rest.substring(m.end());
      }
      out.add(
          new Sentence(i, s, dates, stems(Tokens.contentWords(rest)), Disagreements.names(rest)));
    }
    return out;
  }

  /** The dates of {@code sentence} resolved against {@code published}, in order. */
  static List<Mention> mentions(String sentence, LocalDate published) {
    List<Mention> out = new ArrayList<>();
    boolean[] taken = new boolean[sentence.length()];
    Matcher m = MONTH_DATE.matcher(sentence);
    while (m.find()) {
      Month month = month(m.group(1));
      Optional<Integer> year = Optional.ofNullable(m.group(3)).map(Integer::parseInt);
      if (m.group(1).equals("May") && m.group(2) == null && year.isEmpty()) {
        continue; // "May" alone is as often a name or the verb
      }
      if (m.group(2) != null) {
        int day = Integer.parseInt(m.group(2));
        if (day < 1 || day > month.maxLength()) {
          continue;
        }
        LocalDate d =
            year.isPresent()
                ? safeDate(year.get(), month, day)
                : nearest(published, y -> safeDate(y, month, day));
        if (d != null) {
          add(out, taken, new Mention(m.group(), d, d, Grain.DAY, m.start(), m.end()));
        }
      } else {
        LocalDate first =
            year.isPresent()
                ? LocalDate.of(year.get(), month, 1)
                : nearest(published, y -> LocalDate.of(y, month, 1));
        add(
            out,
            taken,
            new Mention(
                m.group(),
                first,
                first.with(TemporalAdjusters.lastDayOfMonth()),
                Grain.MONTH,
                m.start(),
                m.end()));
      }
    }
    m = WEEKDAY.matcher(sentence);
    while (m.find()) {
      DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      LocalDate d = published.with(TemporalAdjusters.previousOrSame(day));
      add(out, taken, new Mention(m.group(), d, d, Grain.DAY, m.start(), m.end()));
    }
    m = RELATIVE.matcher(sentence);
    while (m.find()) {
      relative(m.group(), published, m.start(), m.end()).ifPresent(x -> add(out, taken, x));
    }
    m = YEAR.matcher(sentence);
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      add(
          out,
          taken,
          new Mention(
              m.group(),
              LocalDate.of(y, 1, 1),
              LocalDate.of(y, 12, 31),
              Grain.YEAR,
              m.start(),
              m.end()));
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  private static void add(List<Mention> out, boolean[] taken, Mention m) {
    for (int k = m.start(); k < m.end(); k++) {
      if (taken[k]) {
        return; // part of a longer date already read ("Dec. 31, 2017" holds "2017")
      }
    }
    for (int k = m.start(); k < m.end(); k++) {
      taken[k] = true;
    }
    out.add(m);
  }

  private static Optional<Mention> relative(String text, LocalDate pub, int start, int end) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.equals("yesterday")) {
      LocalDate d = pub.minusDays(1);
      return Optional.of(new Mention(text, d, d, Grain.DAY, start, end));
    }
    boolean last = t.startsWith("last") || t.startsWith("past");
    if (t.endsWith("week")) {
      LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      if (last) {
        monday = monday.minusWeeks(1);
      }
      return Optional.of(new Mention(text, monday, monday.plusDays(6), Grain.WEEK, start, end));
    }
    if (t.endsWith("month")) {
      LocalDate first = pub.withDayOfMonth(1);
      if (last) {
        first = first.minusMonths(1);
      }
      return Optional.of(
          new Mention(
              text,
              first,
              first.with(TemporalAdjusters.lastDayOfMonth()),
              Grain.MONTH,
              start,
              end));
    }
    int y = pub.getYear() - (last ? 1 : 0);
    if (t.startsWith("past")) {
      return Optional.empty(); // "the past year" is a span up to now, not last calendar year
    }
    return Optional.of(
        new Mention(text, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Grain.YEAR, start, end));
  }

  private static LocalDate safeDate(int y, Month month, int day) {
    return day <= month.length(Year.isLeap(y)) ? LocalDate.of(y, month, day) : null;
  }

  /** The latest date made by {@code make} for this year or the one before that is not after pub. */
  /**
   * The occurrence of a yearless date nearest to the publication date, in the past on a tie: a
   * report names as often what is scheduled ("the call on December 28", written on the 27th) as
   * what happened, and the year nearest the article is the one it means.
   */
  private static LocalDate nearest(LocalDate pub, IntFunction<LocalDate> make) {
    LocalDate best = null;
    long bestGap = Long.MAX_VALUE;
    for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
      LocalDate d = make.apply(y);
      if (d == null) {
        continue;
      }
      long gap = Math.abs(ChronoUnit.DAYS.between(pub, d));
      if (gap < bestGap || (gap == bestGap && d.isBefore(pub))) {
        best = d;
        bestGap = gap;
      }
    }
    return best == null ? pub : best;
  }

  private static Month month(String w) {
    String k = w.toLowerCase(Locale.ROOT).replace(".", "");
    for (Month m : Month.values()) {
      if (m.name().toLowerCase(Locale.ROOT).startsWith(k.substring(0, 3))) {
        return m;
      }
    }
    throw new IllegalArgumentException("not a month: " + w);
  }

  private static Optional<Candidate> candidate(Article a, Article b, Sentence x, Sentence y) {
    double overlap = Overlap.jaccard(x.words(), y.words());
    Set<String> names = new HashSet<>(x.names());
    names.retainAll(y.names());
    if (overlap < 0.15 || names.isEmpty()) {
      return Optional.empty(); // about other things, or about nobody in common
    }
    Candidate best = null;
    for (Mention ma : x.dates()) {
      for (Mention mb : y.dates()) {
        if (ma.meets(mb) || comparable(ma, mb) == null) {
          continue;
        }
        if ((ma.grain() != Grain.YEAR || !explicitYear(ma) || !explicitYear(mb))
            && !sameNews(a, b)) {
          // A weekday, "last week" or "this year" read in articles days apart names no common
          // time: each counts from its own article's date.
          continue;
        }
        if (mentions(x, mb) || mentions(y, ma)) {
          continue; // a sentence that gives both dates speaks of two times, not of one
        }
        Set<String> na = near(x, ma);
        Set<String> nb = near(y, mb);
        na.retainAll(nb);
        if (ma.grain() != Grain.YEAR && explicitYear(ma) != explicitYear(mb)) {
          continue; // "April 2014" names its year because it is not this year's "August"
        }
        double z =
            -6.0 + 10.0 * overlap + 1.0 * Math.min(na.size(), 3) + 0.3 * Math.min(names.size(), 3);
        double conf = 1 / (1 + Math.exp(-z));
        if (best == null || conf > best.confidence()) {
          best =
              new Candidate(
                  a, b, x.index(), y.index(), ma, mb, overlap, na.size(), names.size(), conf);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The granularity two mentions are compared at, or null when they cannot disagree. */
  private static Grain comparable(Mention a, Mention b) {
    // A weekday against a month or a year names the time of another thing far more often than it
    // contradicts it: only dates of one grain are compared.
    return a.grain() == b.grain() ? a.grain() : null;
  }

  /** Most days between two articles for their weekdays and relative dates to be compared. */
  private static final int SAME_NEWS_DAYS = 2;

  private static boolean sameNews(Article a, Article b) {
    return Math.abs(
            ChronoUnit.DAYS.between(
                a.publishedDate().orElseThrow(), b.publishedDate().orElseThrow()))
        <= SAME_NEWS_DAYS;
  }

  /** Number of different years written out among {@code dates}. */
  private static long yearsNamed(List<Mention> dates) {
    return dates.stream()
        .filter(DateAligner::explicitYear)
        .map(d -> d.first().getYear())
        .distinct()
        .count();
  }

  private static boolean explicitYear(Mention m) {
    return m.text().matches(".*\\d{4}.*");
  }

  /** Whether sentence {@code s} also gives a date that meets {@code m}. */
  private static boolean mentions(Sentence s, Mention m) {
    for (Mention d : s.dates()) {
      if (d.meets(m)) {
        return true;
      }
    }
    return false;
  }

  /** Content words within {@link #NEAR} words of the mention. */
  private static Set<String> near(Sentence s, Mention m) {
    List<String> before = Tokens.contentWords(s.text().substring(0, m.start()));
    List<String> after = Tokens.contentWords(s.text().substring(m.end()), NEAR);
    Set<String> out = new LinkedHashSet<>();
    out.addAll(stems(before.subList(Math.max(0, before.size() - NEAR), before.size())));
    out.addAll(stems(after));
    out.removeIf(w -> Character.isDigit(w.charAt(0)));
    return out;
  }

  private static Set<String> stems(List<String> words) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words) {
      if (w.isEmpty() || Character.isDigit(w.charAt(0))) {
        continue;
      }
      out.add(w.length() > 4 ? w.substring(0, Math.min(w.length(), 5)) : w);
    }
    return out;
  }
}
