// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import io.storylens.core.nlp.ArticleAnnotations;
import io.storylens.core.nlp.LanguageLayer;
import io.storylens.core.text.Overlap;
import io.storylens.core.text.Sentences;
import io.storylens.core.text.Tokens;
import io.storylens.model.Article;
import io.storylens.model.SourceRef;
import io.storylens.model.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds a story's timeline from its articles' resolved time expressions: one entry per dated
 * happening (a sentence with a year, month or day expression), merged across articles when they
 * give the same date and their sentences share enough content words; sorted by date, then text.
 */
public final class TimelineBuilder {
  /** Content-word Jaccard overlap above which two sentences with the same date are merged. */
  static final double SAME_HAPPENING = 0.2;

  private static final int MAX_TEXT = 300;

  private TimelineBuilder() {}

  /**
   * The timeline of {@code articles}: annotated (once per process, cached) by {@link
   * LanguageLayer#shared()}, each resolved against its own date.
   */
  public static List<TimelineEntry> build(List<Article> articles) {
    Map<String, ArticleAnnotations> ann = LanguageLayer.shared().annotateAll(articles);
    return fromTimes(articles.stream().map(a -> ArticleTimes.of(a, ann.get(a.id()))).toList());
  }

  /** The timeline of articles already resolved with {@link ArticleTimes#of}. */
  public static List<TimelineEntry> fromTimes(List<ArticleTimes> articles) {
    List<Draft> drafts = new ArrayList<>();
    List<ArticleTimes> ordered =
        articles.stream()
            .sorted(
                Comparator.comparing(
                        (ArticleTimes t) ->
                            t.check().effectiveDate().map(Object::toString).orElse("9999"))
                    .thenComparing(t -> t.article().id()))
            .toList();
    List<List<String>> sentencesOf = new ArrayList<>();
    List<List<Dated>> datedOf = new ArrayList<>();
    for (ArticleTimes at : ordered) {
      List<String> sentences = Sentences.split(at.article().text());
      sentencesOf.add(sentences);
      datedOf.add(dated(at, sentences));
    }
    datedOf = WeekAnchors.correct(ordered, datedOf, sentencesOf);
    for (int i = 0; i < ordered.size(); i++) {
      ArticleTimes at = ordered.get(i);
      List<String> sentences = sentencesOf.get(i);
      for (Dated dt : datedOf.get(i)) {
        ResolvedTimex t = dt.timex();
        String sentence = sentences.get(t.sentence());
        Set<String> words = new HashSet<>(Tokens.contentWords(sentence));
        Draft match = null;
        for (Draft d : drafts) {
          if (d.date.equals(dt.date()) && Overlap.jaccard(d.words, words) >= SAME_HAPPENING) {
            match = d;
            break;
          }
        }
        if (match == null) {
          match = new Draft(dt.date(), dt.granularity(), shorten(sentence), t.text(), words);
          drafts.add(match);
        }
        match.articles.add(at.article().id());
        match.sources.add(new SourceRef(at.article().id(), t.sentence()));
      }
    }
    return drafts.stream()
        .map(
            d ->
                new TimelineEntry(
                    d.date,
                    d.granularity,
                    d.text,
                    d.expression,
                    List.copyOf(d.articles),
                    d.sources.stream()
                        .distinct()
                        .sorted(
                            Comparator.comparing(SourceRef::article)
                                .thenComparing(SourceRef::sentence))
                        .toList()))
        .sorted(Comparator.comparing(TimelineEntry::date).thenComparing(TimelineEntry::text))
        .toList();
  }

  /**
   * One expression of an article that dates a timeline entry.
   *
   * @param timex the expression
   * @param date the entry's date (a time's day)
   * @param granularity year, month or day
   */
  record Dated(ResolvedTimex timex, String date, String granularity) {}

  /** The expressions of {@code at} that date timeline entries, in text order. */
  static List<Dated> dated(ArticleTimes at) {
    return dated(at, Sentences.split(at.article().text()));
  }

  /**
   * The expressions of {@code at} that date timeline entries, in text order.
   *
   * @param sentences the sentences of {@code at}'s text
   */
  private static List<Dated> dated(ArticleTimes at, List<String> sentences) {
    List<Dated> out = new ArrayList<>();
    for (ResolvedTimex t : at.timexes()) {
      String g = t.granularity();
      if (!(t.type().equals("DATE") || t.type().equals("TIME"))
          || !(g.equals("year") || g.equals("month") || g.equals("day") || g.equals("time"))
          || t.sentence() >= sentences.size()
          || isHeaderEcho(at, t)
          || StoryDates.masthead(t)
          || at.article()
              .publishedDate()
              .map(d -> StoryDates.laterPastTheArticle(t, d))
              .orElse(false)
          || StoryDates.rule(sentences.get(t.sentence()), t).isPresent()) {
        continue;
      }
      String date = g.equals("time") ? t.value().substring(0, 10) : t.value();
      Optional<LocalDate> anchor = at.check().effectiveDate();
      if (anchor.isPresent()) {
        date = StoryDates.pastOccurrence(sentences.get(t.sentence()), t, anchor.get()).orElse(date);
      }
      out.add(new Dated(t, date, g.equals("time") ? "day" : g));
    }
    return out;
  }

  private static boolean isHeaderEcho(ArticleTimes at, ResolvedTimex t) {
    return t.sentence() == 0
        && t.explicitYear()
        && at.article().publishedDate().map(d -> t.value().startsWith(d.toString())).orElse(false);
  }

  private static String shorten(String s) {
    return s.length() <= MAX_TEXT ? s : s.substring(0, s.lastIndexOf(' ', MAX_TEXT)) + " …";
  }

  private static final class Draft {
    final String date;
    final String granularity;
    final String text;
    final String expression;
    final Set<String> words;
    final TreeSet<String> articles = new TreeSet<>();
    final List<SourceRef> sources = new ArrayList<>();

    Draft(String date, String granularity, String text, String expression, Set<String> words) {
      this.date = date;
      this.granularity = granularity;
      this.text = text;
      this.expression = expression;
      this.words = words;
    }
  }
}
