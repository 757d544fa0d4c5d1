// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import io.storylens.core.text.Sentences;
import io.storylens.core.text.Tokens;
import io.storylens.model.Article;
import io.storylens.model.Disagreement;
import io.storylens.model.SourceRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day of one happening told differently by two articles: "the London Fire Brigade said
 * they had been called at 6.04am" against "Emergency services were called at 6.10am".
 *
 * <p>A clock time ("6.10am", "11:30 p.m.", "06:00 GMT") belongs to the happening named by the words
 * right before it ("called at", "erupted at"); two times of different articles are compared only
 * when those words share a content word. A whole hour or a hedged time ("shortly after 06:00 GMT")
 * is rounded and meets any time within half an hour of it ("around 6am" and "6.10am" agree), and
 * times more than three hours apart are of different happenings of a day. Confidence is by rule,
 * like the other aligners whose examples are too few to fit a model.
 */
public final class ClockTimeAligner {
  private ClockTimeAligner() {}

  /** Least confidence of a time difference that is shown. */
  static final double MIN_CONFIDENCE = Disagreements.MIN_RULE_CONFIDENCE;

  /** Words before a time that name its happening. */
  private static final int BEFORE = 3;

  /** Most minutes between two times for them to be told of one happening. */
  private static final int MAX_APART = 180;

  private static final Pattern CLOCK =
      Pattern.compile(
          "\\b(\\d{1,2})(?:[:.](\\d\\d))?\\s*([ap])\\.?m\\b\\.?|\\b(\\d{1,2})[:.](\\d\\d)\\s*(?:GMT|BST|UTC)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern HEDGE =
      Pattern.compile(
          "(?i)\\b(?:about|around|approximately|roughly|some|nearly|almost|shortly|just|soon)"
              + "(?:\\s+(?:after|before))?\\s+(?:at\\s+)?$");

  /** A time of day in a sentence: minutes after midnight, whether on the hour, the happening. */
  record Time(String text, int minutes, boolean onTheHour, Set<String> before) {
    boolean meets(Time o) {
      int slack = (onTheHour || o.onTheHour) ? 30 : 0;
      return Math.abs(minutes - o.minutes) <= slack;
    }
  }

  /** Two sentences giving one happening different times of day. */
  record Candidate(
      Article a, Article b, int sentenceA, int sentenceB, Time ta, Time tb, double confidence) {
    Disagreement toDisagreement() {
      String desc =
          String.format(
              Locale.ROOT,
              "time: %s (%s) vs %s (%s) for the same happening",
              ta.text(),
              a.outletName(),
              tb.text(),
              b.outletName());
      return new Disagreement(
          "time",
          desc,
          List.of(a.id(), b.id()),
          List.of(ta.text(), tb.text()),
          List.of(new SourceRef(a.id(), sentenceA), new SourceRef(b.id(), sentenceB)),
          Math.round(confidence * 1000) / 1000.0);
    }
  }

  private record Sentence(int index, List<Time> times, Set<String> names) {}

  /** Every time difference among {@code articles}, one per pair of values. */
  static List<Candidate> find(List<Article> articles) {
    List<List<Sentence>> all = new ArrayList<>();
    for (Article a : articles) {
      all.add(sentences(a));
    }
    Map<String, Candidate> out = new LinkedHashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        for (Sentence x : all.get(i)) {
          for (Sentence y : all.get(j)) {
            for (Candidate c : candidates(articles.get(i), articles.get(j), x, y)) {
              int lo = Math.min(c.ta().minutes(), c.tb().minutes());
              int hi = Math.max(c.ta().minutes(), c.tb().minutes());
              String key = lo + "|" + hi;
              if (!out.containsKey(key) || c.confidence() > out.get(key).confidence()) {
                out.put(key, c);
              }
            }
          }
        }
      }
    }
    return List.copyOf(out.values());
  }

  private static List<Sentence> sentences(Article a) {
    List<Sentence> out = new ArrayList<>();
    List<String> split = Sentences.split(a.text());
    for (int i = 0; i < split.size(); i++) {
      List<Time> times = times(split.get(i));
      if (!times.isEmpty()) {
        out.add(new Sentence(i, times, Disagreements.names(split.get(i))));
      }
    }
    return out;
  }

  /** The clock times of {@code sentence} with the content words right before each. */
  static List<Time> times(String sentence) {
    List<Time> out = new ArrayList<>();
    Matcher m = CLOCK.matcher(sentence);
    while (m.find()) {
      int h;
      int min;
      if (m.group(1) != null) {
        h = Integer.parseInt(m.group(1));
        min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        boolean pm = m.group(3).equalsIgnoreCase("p");
        if (h < 1 || h > 12) {
          continue;
        }
        h = h % 12 + (pm ? 12 : 0);
      } else {
        h = Integer.parseInt(m.group(4));
        min = Integer.parseInt(m.group(5));
      }
      if (h > 23 || min > 59) {
        continue;
      }
      List<String> words = Tokens.contentWords(sentence.substring(0, m.start()));
      Set<String> before = new HashSet<>();
      for (String w : words.subList(Math.max(0, words.size() - BEFORE), words.size())) {
        if (!w.isEmpty() && !Character.isDigit(w.charAt(0))) {
          before.add(w);
        }
      }
      // "6am" is rounded, and so is a hedged time ("shortly after 06:00 GMT", "about 6.15am");
      // "06:00 GMT" and "6.04am" alone are read off a clock.
      boolean rounded =
          m.group(1) != null && m.group(2) == null
              || HEDGE.matcher(sentence.substring(0, m.start())).find();
      out.add(new Time(m.group().strip(), h * 60 + min, rounded, before));
    }
    return out;
  }

  private static List<Candidate> candidates(Article a, Article b, Sentence x, Sentence y) {
    List<Candidate> out = new ArrayList<>();
    Set<String> names = new HashSet<>(x.names());
    names.retainAll(y.names());
    for (Time ta : x.times()) {
      for (Time tb : y.times()) {
        if (ta.meets(tb) || Math.abs(ta.minutes() - tb.minutes()) > MAX_APART) {
          continue;
        }
        if (x.times().stream().anyMatch(t -> t.meets(tb))
            || y.times().stream().anyMatch(t -> t.meets(ta))) {
          continue; // a sentence giving both times tells of two moments ("6.10am or 6.15am")
        }
        Set<String> shared = new HashSet<>(ta.before());
        shared.retainAll(tb.before());
        if (shared.isEmpty()) {
          continue; // different happenings: "took off at 12:10" and "reports of the crash at 12:20"
        }
        double z = -1.5 + 1.5 * Math.min(shared.size(), 2) + 0.5 * Math.min(names.size(), 2);
        out.add(new Candidate(a, b, x.index(), y.index(), ta, tb, 1 / (1 + Math.exp(-z))));
      }
    }
    return out;
  }

  /** For tests: whether two sentences' first times would meet. */
  static Optional<Boolean> firstTimesMeet(String a, String b) {
    List<Time> ta = times(a);
    List<Time> tb = times(b);
    return ta.isEmpty() || tb.isEmpty()
        ? Optional.empty()
        : Optional.of(ta.get(0).meets(tb.get(0)));
  }
}
