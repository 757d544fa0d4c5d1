// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize;

import io.storylens.model.SummarySentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The LexRank baseline (Erkan and Radev, 2004): sentences are nodes, edges join sentences whose
 * tf-idf cosine exceeds 0.1, the stationary distribution of the random walk (damping 0.85) ranks
 * them; the top sentences that are not redundant (cosine below 0.5 with every chosen one) fill the
 * budget, in chronological order. Generic: it ignores the query. Hand-written because the method is
 * a few lines over our own sentence pool and no Java library implements it.
 */
public final class LexRankSummarizer implements Summarizer {
  private static final double THRESHOLD = 0.1;
  private static final double DAMPING = 0.85;
  private static final double REDUNDANT = 0.5;
  private static final int MIN_WORDS = 8;

  @Override
  public List<SummarySentence> summarize(SummaryRequest request) {
    SentencePool pool = SentencePool.of(request.articles(), request.links());
    List<Candidate> nodes = new ArrayList<>();
    for (Candidate c : pool.candidates) {
      if (c.words() >= MIN_WORDS && !c.content().isEmpty()) {
        nodes.add(c);
      }
    }
    if (nodes.isEmpty()) {
      return List.of();
    }
    List<Map<String, Double>> vectors = tfidf(nodes);
    int n = nodes.size();
    List<List<Integer>> edges = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      edges.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (cosine(vectors.get(i), vectors.get(j)) > THRESHOLD) {
          edges.get(i).add(j);
          edges.get(j).add(i);
        }
      }
    }
    double[] rank = new double[n];
    Arrays.fill(rank, 1.0 / n);
    for (int iter = 0; iter < 100; iter++) {
      double[] next = new double[n];
      Arrays.fill(next, (1 - DAMPING) / n);
      for (int i = 0; i < n; i++) {
        List<Integer> out = edges.get(i);
        if (out.isEmpty()) {
          for (int j = 0; j < n; j++) {
            next[j] += DAMPING * rank[i] / n;
          }
        } else {
          for (int j : out) {
            next[j] += DAMPING * rank[i] / out.size();
          }
        }
      }
      rank = next;
    }
    final double[] score = rank;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));
    Attribution attribution = new Attribution(pool, request.links(), request.disagreements());
    List<Integer> chosen = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    int budget = request.wordBudget();
    for (int i : order) {
      Candidate c = nodes.get(i);
      if (c.words() > budget || used.contains(c.index())) {
        continue;
      }
      boolean redundant = false;
      for (int j : chosen) {
        redundant |= cosine(vectors.get(i), vectors.get(j)) >= REDUNDANT;
      }
      if (!redundant) {
        chosen.add(i);
        budget -= c.words();
      }
    }
    chosen.sort(Comparator.naturalOrder());
    List<SummarySentence> out = new ArrayList<>();
    for (int i : chosen) {
      Candidate c = nodes.get(i);
      out.add(attribution.sentence(c, attribution.same(c)));
    }
    return out;
  }

  private static List<Map<String, Double>> tfidf(List<Candidate> nodes) {
    Map<String, Set<String>> docsWith = new HashMap<>();
    Set<String> docs = new HashSet<>();
    for (Candidate c : nodes) {
      docs.add(c.article().id());
      for (String t : c.content()) {
        docsWith.computeIfAbsent(t, k -> new HashSet<>()).add(c.article().id());
      }
    }
    List<Map<String, Double>> out = new ArrayList<>();
    for (Candidate c : nodes) {
      Map<String, Double> v = new HashMap<>();
      for (String t : c.terms()) {
        if (c.content().contains(t)) {
          v.merge(t, 1.0, Double::sum);
        }
      }
      double norm = 0;
      for (Map.Entry<String, Double> e : v.entrySet()) {
        double idf = Math.log((1.0 + docs.size()) / docsWith.get(e.getKey()).size());
        double w = e.getValue() * idf;
        e.setValue(w);
        norm += w * w;
      }
      double len = Math.sqrt(norm);
      if (len > 0) {
        v.replaceAll((k, w) -> w / len);
      }
      out.add(v);
    }
    return out;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot;
  }
}
