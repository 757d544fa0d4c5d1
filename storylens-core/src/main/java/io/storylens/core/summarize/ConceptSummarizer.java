// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize;

import io.storylens.model.SummarySentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Pattern;

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

    /** Defaults tuned on DUC 2006 (see docs/stages/summaries.md). */
    public static Options defaults() {
      return new Options(8, 60, 1.0, 0.08, 1.0, 0.3, true);
    }
  }

  private final Options options;

  public ConceptSummarizer() {
    this(Options.defaults());
  }

  public ConceptSummarizer(Options options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public List<SummarySentence> summarize(SummaryRequest request) {
    SentencePool pool = SentencePool.of(request.articles(), request.links(), true);
    if (pool.candidates.isEmpty()) {
      return List.of();
    }
    Concepts concepts = Concepts.of(pool, request.query().orElse(""));
    double[] weight = weights(concepts, pool.groups, !request.query().isEmpty());
    Attribution attribution = new Attribution(pool, request.links(), request.disagreements());
    Set<String> titles = new HashSet<>();
    for (var a : pool.articles) {
      a.title().value().ifPresent(t -> titles.add(t.strip().toLowerCase(Locale.ROOT)));
    }
    List<Candidate> eligible = eligible(pool.candidates, titles);
    Set<Integer> eligibleIds = new HashSet<>();
    eligible.forEach(c -> eligibleIds.add(c.index()));
    boolean[] covered = new boolean[weight.length];
    Set<Integer> used = new HashSet<>();
    Set<Integer> chosenReps = new HashSet<>();
    List<Chosen> chosen = new ArrayList<>();
    int budget = request.wordBudget();
    // Lazy greedy: a sentence's score only falls as concepts get covered, so a stale score is an
    // upper bound and only the top of the queue needs recomputing. Same picks as plain greedy.
    PriorityQueue<double[]> queue =
        new PriorityQueue<>(
            Comparator.comparingDouble((double[] e) -> -e[0]).thenComparingDouble(e -> e[1]));
    for (Candidate c : eligible) {
      double sc = score(c, concepts, weight, covered);
      if (sc > 0) {
        queue.add(new double[] {sc, c.index()});
      }
    }
    while (budget > 0 && !queue.isEmpty()) {
      double[] top = queue.poll();
      Candidate best = pool.candidates.get((int) top[1]);
      if (used.contains(best.index()) || best.words() > budget) {
        continue; // budgets only shrink: it will never fit
      }
      if (UnfitSentences.dangling(best.text())
          && (best.sentence() == 0 || !chosenReps.contains(best.index() - 1))) {
        // Its antecedent is not in the summary; it is queued again if that sentence gets chosen.
        continue;
      }
      double sc = score(best, concepts, weight, covered);
      double[] next = queue.peek();
      if (next != null && (sc < next[0] || (sc == next[0] && next[1] < top[1]))) {
        if (sc > 0) {
          queue.add(new double[] {sc, top[1]});
        }
        continue;
      }
      if (sc <= 0) {
        break;
      }
      List<Candidate> same = attribution.same(best);
      Candidate rep = representative(best, same, budget, eligibleIds);
      for (Candidate s : same) {
        used.add(s.index());
      }
      for (int id : concepts.of(best.index())) {
        covered[id] = true;
      }
      for (int id : concepts.of(rep.index())) {
        covered[id] = true;
      }
      budget -= rep.words();
      chosen.add(new Chosen(rep, same));
      chosenReps.add(rep.index());
      // The next sentence of the same article may point back at this one: now it may be used.
      int nextIndex = rep.index() + 1;
      if (nextIndex < pool.candidates.size()) {
        Candidate next2 = pool.candidates.get(nextIndex);
        if (next2.article().id().equals(rep.article().id())
            && eligibleIds.contains(nextIndex)
            && !used.contains(nextIndex)
            && UnfitSentences.dangling(next2.text())) {
          double s2 = score(next2, concepts, weight, covered);
          if (s2 > 0) {
            queue.add(new double[] {s2, nextIndex});
          }
        }
      }
    }
    List<SummarySentence> out = new ArrayList<>();
    Candidate before = null;
    for (Chosen c : readingOrder(chosen)) {
      Candidate rep = c.rep();
      // Right after the sentence that names the person, the article's own "He"/"She" reads better
      // than the name repeated.
      if (before != null
          && before.index() == rep.index() - 1
          && before.article().id().equals(rep.article().id())) {
        rep = pool.original(rep);
      }
      out.add(attribution.sentence(rep, c.same()));
      before = c.rep();
    }
    return out;
  }

  /**
   * The wording to show for {@code best}: of the sentences stating the same thing, the earliest
   * that fits the budget; but when they give different figures, the latest, because a toll or a
   * count is updated as a story develops. A sentence that points back keeps its own wording, since
   * its antecedent is the sentence before it in its own article.
   */
  private static Candidate representative(
      Candidate best, List<Candidate> same, int budget, Set<Integer> eligibleIds) {
    if (UnfitSentences.dangling(best.text())) {
      return best;
    }
    Set<String> figures = new HashSet<>();
    for (Candidate s : same) {
      figures.add(figures(s.text()));
    }
    boolean updated = figures.size() > 1;
    Candidate rep = best;
    for (Candidate s : same) {
      if (s.words() > budget || !eligibleIds.contains(s.index())) {
        continue;
      }
      if (updated ? s.index() > rep.index() : s.index() < rep.index()) {
        rep = s;
      }
    }
    return rep;
  }

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");

  /** The numbers a sentence states, in order, as one key. */
  private static String figures(String text) {
    StringBuilder b = new StringBuilder();
    var m = NUMBER.matcher(text);
    while (m.find()) {
      b.append(m.group().replaceAll("[,.]$", "")).append(' ');
    }
    return b.toString();
  }

  /**
   * The main happening first (the sentence chosen first: it covers the most of what the sources
   * share), then the rest in chronological order; a sentence that points back stays right after the
   * one it follows.
   */
  private static List<Chosen> readingOrder(List<Chosen> chosen) {
    if (chosen.isEmpty()) {
      return chosen;
    }
    List<Chosen> rest = new ArrayList<>(chosen);
    rest.sort(Comparator.comparingInt((Chosen c) -> c.rep().index()));
    List<Chosen> out = new ArrayList<>();
    Chosen main = chosen.get(0);
    out.add(main);
    rest.remove(main);
    // Pull the main sentence's followers along with it.
    int expect = main.rep().index() + 1;
    for (int i = 0; i < rest.size(); ) {
      Chosen c = rest.get(i);
      if (c.rep().index() == expect && UnfitSentences.dangling(c.rep().text())) {
        out.add(c);
        rest.remove(i);
        expect++;
      } else {
        i++;
      }
    }
    out.addAll(rest);
    return out;
  }

  private double score(Candidate c, Concepts concepts, double[] weight, boolean[] covered) {
    double gain = 0;
    for (int id : concepts.of(c.index())) {
      if (!covered[id]) {
        gain += weight[id];
      }
    }
    return gain
        / Math.pow(c.words(), options.lengthPower())
        * (1 + options.leadBonus() / (1 + c.sentence()));
  }

  /**
   * Concept weights: the number of independent sources stating it (one source: its frequency), zero
   * under the minimum share of sources, boosted when it contains a query term.
   */
  private double[] weights(Concepts concepts, int groups, boolean hasQuery) {
    int minDf = groups >= 3 ? Math.max(2, (int) Math.ceil(options.minSourceShare() * groups)) : 1;
    double[] w = new double[concepts.size()];
    for (int id = 0; id < w.length; id++) {
      int df = concepts.sources(id);
      if (df < minDf) {
        continue;
      }
      w[id] = groups > 1 ? df : concepts.frequency(id);
      if (hasQuery && concepts.queried(id)) {
        w[id] *= 1 + options.queryBoost();
      }
    }
    return w;
  }

  private record Chosen(Candidate rep, List<Candidate> same) {}

  private List<Candidate> eligible(List<Candidate> all, Set<String> titles) {
    List<Candidate> out = new ArrayList<>();
    List<Candidate> fit = new ArrayList<>();
    for (Candidate c : all) {
      if (UnfitSentences.reason(c.text(), titles).isEmpty()) {
        fit.add(c);
      }
    }
    for (Candidate c : fit) {
      if (c.words() >= options.minWords() && c.words() <= options.maxWords() && isStatement(c)) {
        out.add(c);
      }
    }
    if (out.isEmpty()) { // short texts: take what there is rather than nothing
      for (Candidate c : fit) {
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
}
