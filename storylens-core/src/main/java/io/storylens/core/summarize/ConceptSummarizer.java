// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize;

import io.storylens.model.SummarySentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Extractive multi-document summarizer by concept coverage (after Gillick and Favre, "A scalable
 * global model for summarization", 2009): concepts are stemmed word bigrams, a concept weighs the
 * number of independent sources that state it (linked copies count once), boosted when it contains
 * a query term; sentences are picked greedily by uncovered concept weight per word until the word
 * budget is spent. Covered concepts no longer count, which removes redundancy; of near-identical
 * sentences the one from the earliest article is used; the summary is told in chronological order.
 */
public final class ConceptSummarizer implements Summarizer {
  /**
   * Tuning knobs.
   *
   * @param minWords shortest sentence considered (shorter ones are usually captions or fragments)
   * @param maxWords longest sentence considered
   * @param queryBoost extra weight factor of a concept that contains a query term
   * @param minSourceShare a concept stated by fewer than this share of the sources is ignored (only
   *     when there are at least three sources)
   * @param lengthPower the gain of a sentence is divided by {@code words^lengthPower}
   * @param leadBonus bonus factor for the first sentence of an article, decaying with position
   * @param skipQuoted leave out sentences inside quotations: quotes have their own dossier section
   *     and read badly out of context
   */
  public record Options(
      int minWords,
      int maxWords,
      double queryBoost,
      double minSourceShare,
      double lengthPower,
      double leadBonus,
      boolean skipQuoted) {
    public Options {
      if (minWords < 1 || maxWords < minWords) {
        throw new IllegalArgumentException("need 1 <= minWords <= maxWords");
      }
      if (queryBoost < 0 || minSourceShare < 0 || minSourceShare > 1 || lengthPower < 0) {
        throw new IllegalArgumentException("queryBoost, minSourceShare, lengthPower out of range");
      }
    }

    /** Defaults tuned on DUC 2006 (see README, "Dossiers and summaries"). */
    public static Options defaults() {
      return new Options(8, 60, 2.0, 0.08, 1.0, 0.3, true);
    }
  }

  private final Options options;

  public ConceptSummarizer() {
    this(Options.defaults());
  }

  public ConceptSummarizer(Options options) {
    this.options = java.util.Objects.requireNonNull(options, "options");
  }

  @Override
  public List<SummarySentence> summarize(SummaryRequest request) {
    SentencePool pool = SentencePool.of(request.articles(), request.links());
    if (pool.candidates.isEmpty()) {
      return List.of();
    }
    Terms terms = new Terms();
    Set<String> stop = SentencePool.stopStems(terms);
    Set<String> query = QueryTerms.of(request.query().orElse(""), terms, stop);
    List<Set<String>> concepts = new ArrayList<>();
    Map<String, Set<String>> groupsOf = new HashMap<>();
    Map<String, Integer> tf = new HashMap<>();
    for (Candidate c : pool.candidates) {
      Set<String> cs = bigrams(c.terms(), stop);
      concepts.add(cs);
      for (String b : cs) {
        groupsOf.computeIfAbsent(b, k -> new HashSet<>()).add(c.group());
        tf.merge(b, 1, Integer::sum);
      }
    }
    int minDf =
        pool.groups >= 3 ? Math.max(2, (int) Math.ceil(options.minSourceShare() * pool.groups)) : 1;
    Map<String, Double> weight = new HashMap<>();
    for (Map.Entry<String, Set<String>> e : groupsOf.entrySet()) {
      int df = e.getValue().size();
      if (df < minDf) {
        continue;
      }
      // one source: every concept has df 1, so repetition inside the text decides
      double w = pool.groups > 1 ? df : tf.get(e.getKey());
      if (!query.isEmpty() && hasQueryTerm(e.getKey(), query)) {
        w *= 1 + options.queryBoost();
      }
      weight.put(e.getKey(), w);
    }
    Attribution attribution = new Attribution(pool, request.links(), request.disagreements());
    List<Candidate> eligible = eligible(pool.candidates);
    Set<Integer> eligibleIds = new HashSet<>();
    eligible.forEach(c -> eligibleIds.add(c.index()));
    Set<String> covered = new HashSet<>();
    Set<Integer> used = new HashSet<>();
    List<Chosen> chosen = new ArrayList<>();
    int budget = request.wordBudget();
    while (budget > 0) {
      Candidate best = null;
      double bestScore = 0;
      for (Candidate c : eligible) {
        if (used.contains(c.index()) || c.words() > budget) {
          continue;
        }
        double gain = 0;
        for (String b : concepts.get(c.index())) {
          if (!covered.contains(b)) {
            gain += weight.getOrDefault(b, 0.0);
          }
        }
        double score =
            gain
                / Math.pow(c.words(), options.lengthPower())
                * (1 + options.leadBonus() / (1 + c.sentence()));
        if (score > bestScore) { // strict: ties keep the earlier sentence
          best = c;
          bestScore = score;
        }
      }
      if (best == null) {
        break;
      }
      List<Candidate> same = attribution.same(best);
      Candidate rep = best;
      for (Candidate s : same) { // earliest source whose wording fits the budget
        if (s.index() < rep.index() && s.words() <= budget && eligibleIds.contains(s.index())) {
          rep = s;
        }
      }
      for (Candidate s : same) {
        used.add(s.index());
      }
      covered.addAll(concepts.get(best.index()));
      covered.addAll(concepts.get(rep.index()));
      budget -= rep.words();
      chosen.add(new Chosen(rep, same));
    }
    chosen.sort(Comparator.comparingInt((Chosen c) -> c.rep().index()));
    return chosen.stream().map(c -> attribution.sentence(c.rep(), c.same())).toList();
  }

  private record Chosen(Candidate rep, List<Candidate> same) {}

  private List<Candidate> eligible(List<Candidate> all) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : all) {
      if (c.words() >= options.minWords() && c.words() <= options.maxWords() && isStatement(c)) {
        out.add(c);
      }
    }
    if (out.isEmpty()) { // short texts: take what there is rather than nothing
      for (Candidate c : all) {
        if (c.words() <= options.maxWords() && !c.content().isEmpty()) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** Questions and fragments without a capital start read badly out of context. */
  private boolean isStatement(Candidate c) {
    if (options.skipQuoted() && c.quoted()) {
      return false;
    }
    String t = c.text();
    char first = t.charAt(0);
    return !t.endsWith("?") && !Character.isLowerCase(first);
  }

  static Set<String> bigrams(List<String> terms, Set<String> stop) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i + 1 < terms.size(); i++) {
      String a = terms.get(i);
      String b = terms.get(i + 1);
      if (stop.contains(a) && stop.contains(b)) {
        continue;
      }
      out.add(a + ' ' + b);
    }
    return out;
  }

  private static boolean hasQueryTerm(String bigram, Set<String> query) {
    int sp = bigram.indexOf(' ');
    return query.contains(bigram.substring(0, sp)) || query.contains(bigram.substring(sp + 1));
  }
}
