// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize.eval;

import io.storylens.core.summarize.Terms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * ROUGE-N recall with the conventions of ROUGE-1.5.5 as run by NIST for DUC ({@code -m -f A}):
 * ROUGE tokenization, Porter stemming of tokens longer than three characters, no stop-word removal,
 * n-grams across sentence boundaries, the peer cut to its first {@code wordLimit} words, and model
 * averaging "A" (hits and counts summed over the models). With {@link #jackknifed} every model is
 * left out in turn and the scores of the subsets are averaged, as NIST did so that systems and
 * humans can be compared.
 *
 * <p>Hand-written: ROUGE-1.5.5 is a Perl script, and no maintained Java library reproduces it; the
 * test {@code RougeTest} checks this implementation against NIST's official DUC 2006 output.
 */
public final class Rouge {
  private final int n;
  private final int wordLimit;

  /**
   * @param n the n-gram order (1 or 2 are reported)
   * @param wordLimit peer length limit in words; 0 for none
   */
  public Rouge(int n, int wordLimit) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1: " + n);
    }
    if (wordLimit < 0) {
      throw new IllegalArgumentException("wordLimit must be >= 0: " + wordLimit);
    }
    this.n = n;
    this.wordLimit = wordLimit;
  }

  /** Recall of {@code peer} against all {@code models} (averaging mode A). */
  public double recall(String peer, List<String> models) {
    Objects.requireNonNull(peer, "peer");
    if (models.isEmpty()) {
      throw new IllegalArgumentException("at least one model summary is needed");
    }
    Terms terms = new Terms();
    Map<String, Integer> p = grams(terms.of(truncate(peer)));
    long hits = 0;
    long total = 0;
    for (String m : models) {
      Map<String, Integer> g = grams(terms.of(m));
      for (Map.Entry<String, Integer> e : g.entrySet()) {
        hits += Math.min(e.getValue(), p.getOrDefault(e.getKey(), 0));
        total += e.getValue();
      }
    }
    return total == 0 ? 0 : (double) hits / total;
  }

  /**
   * The jackknifed recall: the mean over leaving each model out in turn; with one model, the plain
   * recall.
   */
  public double jackknifed(String peer, List<String> models) {
    if (models.size() < 2) {
      return recall(peer, models);
    }
    double sum = 0;
    for (int i = 0; i < models.size(); i++) {
      List<String> rest = new ArrayList<>(models);
      rest.remove(i);
      sum += recall(peer, rest);
    }
    return sum / models.size();
  }

  /** The first {@code wordLimit} whitespace-separated words of {@code text}. */
  String truncate(String text) {
    if (wordLimit == 0) {
      return text;
    }
    String[] words = text.strip().split("\\s+");
    if (words.length <= wordLimit) {
      return text;
    }
    return String.join(" ", Arrays.copyOf(words, wordLimit));
  }

  private Map<String, Integer> grams(List<String> tokens) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      String g = n == 1 ? tokens.get(i) : String.join(" ", tokens.subList(i, i + n));
      out.merge(g, 1, Integer::sum);
    }
    return out;
  }
}
