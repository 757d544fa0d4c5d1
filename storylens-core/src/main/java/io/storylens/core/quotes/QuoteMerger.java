// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import io.storylens.core.text.Tokens;
import io.storylens.model.Article;
import io.storylens.model.Quote;
import io.storylens.model.QuoteVariant;
import io.storylens.model.SourceRef;
import io.storylens.model.SpeakerEvidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges the statements of the articles of one story: the same statement in different wording
 * (content-word overlap, speakers compatible) becomes one {@link Quote} with {@link QuoteVariant}s,
 * each variant carrying its word-level diff and whether it changes meaning. Deterministic for a
 * given article order; the first article carrying a statement gives its main wording, or the
 * fullest wording that holds it; an excerpt of the main wording is not listed as a variant.
 */
public final class QuoteMerger {
  /** Share of the shorter wording's content words found in the other for two to merge. */
  static final double CONTAINMENT = 0.6;

  private final QuoteExtractor extractor;

  public QuoteMerger() {
    this(new RuleQuoteExtractor());
  }

  public QuoteMerger(QuoteExtractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /** The merged quotes of {@code articles}, in order of first appearance. */
  public List<Quote> merge(List<Article> articles) {
    Map<String, List<Attribution>> byArticle = new LinkedHashMap<>();
    for (Article a : articles) {
      byArticle.put(a.id(), extractor.extract(a));
    }
    return merge(articles, byArticle);
  }

  /** As {@link #merge(List)}, with attributions already extracted per article id. */
  public List<Quote> merge(List<Article> articles, Map<String, List<Attribution>> extracted) {
    Map<String, List<Attribution>> byArticle =
        StoryDescriptions.resolve(StoryNames.complete(extracted));
    Map<String, String> outlets = new LinkedHashMap<>();
    for (Article a : articles) {
      outlets.put(a.id(), a.outletName());
    }
    List<List<Attribution>> groups = new ArrayList<>();
    List<Set<String>> groupWords = new ArrayList<>();
    // Normalized wordings are computed once per attribution, not once per comparison: the
    // regex split behind them dominated merging on large stories.
    List<String> groupNorms = new ArrayList<>();
    for (Article a : articles) {
      for (Attribution x : SplitQuotes.join(a.text(), byArticle.getOrDefault(a.id(), List.of()))) {
        if (!x.marked() && !x.hasSpeaker() || !Statements.isStatement(x)) {
          continue;
        }
        Set<String> words = new HashSet<>(Tokens.contentWords(x.text()));
        String norm = normalize(x.text());
        int g = find(groups, groupWords, groupNorms, x, words, norm);
        if (g < 0) {
          groups.add(new ArrayList<>(List.of(x)));
          groupWords.add(words);
          groupNorms.add(norm);
        } else {
          groups.get(g).add(x);
        }
      }
    }
    List<Quote> out = new ArrayList<>();
    for (List<Attribution> g : groups) {
      out.add(toQuote(g, outlets));
    }
    return out;
  }

  private static int find(
      List<List<Attribution>> groups,
      List<Set<String>> groupWords,
      List<String> groupNorms,
      Attribution x,
      Set<String> w,
      String norm) {
    for (int i = 0; i < groups.size(); i++) {
      Attribution first = groups.get(i).get(0);
      if (first.article().equals(x.article())) {
        continue;
      }
      if (groupNorms.get(i).equals(norm) && compatible(first, x)) {
        return i; // short quotes merge only when worded alike ("not on the table")
      }
      Set<String> v = groupWords.get(i);
      if (w.size() < 3 || v.size() < 3 || !compatible(first, x)) {
        continue;
      }
      int common = 0;
      for (String s : w) {
        if (v.contains(s)) {
          common++;
        }
      }
      if (common >= CONTAINMENT * Math.min(v.size(), w.size())) {
        return i;
      }
    }
    return -1;
  }

  private static boolean compatible(Attribution a, Attribution b) {
    if (!a.hasSpeaker() || !b.hasSpeaker()) {
      return true;
    }
    return last(a.speaker()).equals(last(b.speaker()));
  }

  private static String last(String s) {
    String[] w = s.toLowerCase(Locale.ROOT).split("\\s+");
    return w[w.length - 1];
  }

  private static Quote toQuote(List<Attribution> g, Map<String, String> outlets) {
    // The fullest wording that holds the first one: an outlet that quotes only part of a statement
    // (or lists the halves of a split quotation apart) shows an excerpt, not another wording.
    Attribution main = g.get(0);
    String mainNorm = normalize(main.text());
    for (Attribution a : g) {
      String n = normalize(a.text());
      if (n.length() > mainNorm.length() && n.contains(mainNorm)) {
        main = a;
        mainNorm = n;
      }
    }
    Attribution speaker =
        g.stream()
            .filter(Attribution::hasSpeaker)
            .min(Comparator.comparingInt(a -> rank(a.kind())))
            .orElse(main);
    Set<String> articles = new LinkedHashSet<>();
    Set<String> outletNames = new TreeSet<>();
    List<SourceRef> sources = new ArrayList<>();
    Map<String, List<String>> variantArticles = new LinkedHashMap<>();
    for (Attribution a : g) {
      articles.add(a.article());
      outletNames.add(outlets.getOrDefault(a.article(), "unknown"));
      sources.add(new SourceRef(a.article(), a.sentence()));
      if (!mainNorm.contains(normalize(a.text()))) {
        variantArticles.computeIfAbsent(a.text(), k -> new ArrayList<>()).add(a.article());
      }
    }
    List<QuoteVariant> variants = new ArrayList<>();
    List<String> mainWords = WordDiff.words(main.text());
    for (var e : variantArticles.entrySet()) {
      List<WordDiff.Change> changes = WordDiff.changes(mainWords, WordDiff.words(e.getKey()));
      variants.add(
          new QuoteVariant(
              e.getKey(),
              e.getValue(),
              WordDiff.changesMeaning(changes),
              WordDiff.describe(changes)));
    }
    SpeakerEvidence evidence = evidence(g, speaker);
    double p = SpeakerConfidence.of(speaker.kind(), evidence, articles.size(), main.marked());
    boolean shown = speaker.hasSpeaker() && SpeakerConfidence.shown(speaker.kind(), p);
    return new Quote(
        shown ? speaker.speaker() : "",
        shown ? speaker.kind().label() : SpeakerKind.UNKNOWN.label(),
        speaker.cue(),
        main.text(),
        main.marked(),
        List.copyOf(articles),
        List.copyOf(outletNames),
        variants,
        sources,
        p,
        evidence);
  }

  /** What the choice of {@code chosen}'s speaker for group {@code g} rests on. */
  private static SpeakerEvidence evidence(List<Attribution> g, Attribution chosen) {
    if (!chosen.hasSpeaker()) {
      return SpeakerEvidence.NONE;
    }
    int agreeing = 0;
    int disagreeing = 0;
    for (Attribution a : g) {
      if (a.hasSpeaker()) {
        if (last(a.speaker()).equals(last(chosen.speaker()))) {
          agreeing++;
        } else {
          disagreeing++;
        }
      }
    }
    int distance = 0;
    if (chosen.mentionStart() >= 0) {
      distance =
          Math.max(
              0,
              Math.max(
                  chosen.contentStart() - chosen.mentionEnd(),
                  chosen.mentionStart() - chosen.contentEnd()));
    }
    return new SpeakerEvidence(
        chosen.speaker(),
        chosen.kind().label(),
        distance,
        !chosen.cue().isBlank(),
        agreeing,
        disagreeing,
        chosen.clues().rule(),
        chosen.clues().rivals(),
        chosen.clues().nearerPerson(),
        chosen.clues().entityType(),
        chosen.clues().interview(),
        chosen.clues().cuedElsewhere());
  }

  private static int rank(SpeakerKind k) {
    return switch (k) {
      case NAMED -> 0;
      case NOMINAL_RESOLVED -> 1;
      case NOMINAL -> 2;
      case PRONOUN_RESOLVED -> 3;
      case UNKNOWN -> 4;
    };
  }

  /** Words only, without spaces: "NordStream" and "Nord Stream" are the same wording. */
  private static String normalize(String s) {
    return String.join("", WordDiff.words(s)).toLowerCase(Locale.ROOT);
  }
}
