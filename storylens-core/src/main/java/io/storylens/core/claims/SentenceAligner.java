// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import io.storylens.core.text.Sentences;
import io.storylens.core.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A simple sentence aligner between two articles: each sentence of the first is paired with the
 * sentence of the second that shares the most content words, when their Jaccard similarity is at
 * least {@link #MIN_JACCARD}. An inverted index keeps it near linear. (The linking stage has a
 * better aligner; this one is enough to find one-slot differences between rewrites.)
 */
public final class SentenceAligner {
  /** Least content-word Jaccard similarity for two sentences to align. */
  public static final double MIN_JACCARD = 0.4;

  private SentenceAligner() {}

  /** An aligned pair: sentence indexes (as split by {@link Sentences}) and their texts. */
  public record Pair(int a, int b, String textA, String textB, double similarity) {}

  /** The aligned sentence pairs of {@code a} and {@code b}, in order of {@code a}. */
  public static List<Pair> align(String a, String b) {
    List<String> sa = Sentences.split(a);
    List<String> sb = Sentences.split(b);
    List<Set<String>> wb = new ArrayList<>();
    Map<String, List<Integer>> index = new HashMap<>();
    for (int j = 0; j < sb.size(); j++) {
      Set<String> w = new HashSet<>(Tokens.contentWords(sb.get(j)));
      wb.add(w);
      for (String x : w) {
        index.computeIfAbsent(x, k -> new ArrayList<>()).add(j);
      }
    }
    List<Pair> out = new ArrayList<>();
    for (int i = 0; i < sa.size(); i++) {
      Set<String> w = new HashSet<>(Tokens.contentWords(sa.get(i)));
      if (w.size() < 4) {
        continue;
      }
      Map<Integer, Integer> common = new HashMap<>();
      for (String x : w) {
        for (int j : index.getOrDefault(x, List.of())) {
          common.merge(j, 1, Integer::sum);
        }
      }
      int best = -1;
      double bestSim = 0;
      for (var e : common.entrySet()) {
        int j = e.getKey();
        double sim = (double) e.getValue() / (w.size() + wb.get(j).size() - e.getValue());
        if (sim > bestSim || sim == bestSim && j < best) {
          best = j;
          bestSim = sim;
        }
      }
      if (best >= 0 && bestSim >= MIN_JACCARD) {
        out.add(new Pair(i, best, sa.get(i), sb.get(best), bestSim));
      }
    }
    return out;
  }
}
