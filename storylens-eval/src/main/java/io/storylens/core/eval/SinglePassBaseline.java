// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import io.storylens.core.cluster.ClusterDoc;
import io.storylens.core.embed.EmbeddingText;
import io.storylens.core.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The naive anchors of {@code eval clusters}: one pass in time order, each article joining the
 * cluster whose centroid is most similar when the cosine reaches a threshold, else founding one. No
 * time, no entities, no learned weights: what a representation alone achieves. Two representations:
 * TF-IDF of title and lead (document frequencies counted as articles arrive), and dense embeddings
 * of the same text.
 */
final class SinglePassBaseline {
  private SinglePassBaseline() {}

  /** Clusters {@code items} in order by dense vectors from {@code dense} at {@code threshold}. */
  static ClusterScores dense(
      List<ClustersEval.Item> items, Function<ClusterDoc, float[]> dense, double threshold) {
    List<double[]> centroids = new ArrayList<>();
    Map<String, String> pred = new HashMap<>();
    Map<String, String> gold = new HashMap<>();
    for (ClustersEval.Item it : items) {
      float[] v = dense.apply(it.doc());
      int best = -1;
      double bestSim = -2;
      for (int c = 0; c < centroids.size(); c++) {
        double[] ce = centroids.get(c);
        double dot = 0;
        double n = 0;
        for (int i = 0; i < v.length; i++) {
          dot += ce[i] * v[i];
          n += ce[i] * ce[i];
        }
        double sim = n == 0 ? 0 : dot / Math.sqrt(n);
        if (sim > bestSim) {
          bestSim = sim;
          best = c;
        }
      }
      if (best < 0 || bestSim < threshold) {
        centroids.add(new double[v.length]);
        best = centroids.size() - 1;
      }
      double[] ce = centroids.get(best);
      for (int i = 0; i < v.length; i++) {
        ce[i] += v[i];
      }
      pred.put(it.doc().id(), "c" + best);
      gold.put(it.doc().id(), it.gold());
    }
    return ClusterScores.of(pred, gold);
  }

  /** Clusters {@code items} in order by TF-IDF vectors of title and lead at {@code threshold}. */
  static ClusterScores tfidf(List<ClustersEval.Item> items, double threshold) {
    Map<String, Integer> df = new HashMap<>();
    int docs = 0;
    List<Map<String, Double>> centroids = new ArrayList<>();
    Map<String, String> pred = new HashMap<>();
    Map<String, String> gold = new HashMap<>();
    for (ClustersEval.Item it : items) {
      Map<String, Double> tf = new HashMap<>();
      for (String w : Tokens.contentWords(EmbeddingText.of(it.doc().title(), it.doc().text()))) {
        tf.merge(w, 1.0, Double::sum);
      }
      docs++;
      for (String t : tf.keySet()) {
        df.merge(t, 1, Integer::sum);
      }
      double norm = 0;
      for (Map.Entry<String, Double> e : tf.entrySet()) {
        double w =
            (1 + Math.log(e.getValue())) * Math.log((docs + 1.0) / (df.get(e.getKey()) + 1.0));
        e.setValue(w);
        norm += w * w;
      }
      double inv = norm == 0 ? 0 : 1 / Math.sqrt(norm);
      tf.replaceAll((k, w) -> w * inv);
      int best = -1;
      double bestSim = -2;
      for (int c = 0; c < centroids.size(); c++) {
        Map<String, Double> ce = centroids.get(c);
        double dot = 0;
        for (Map.Entry<String, Double> e : tf.entrySet()) {
          dot += e.getValue() * ce.getOrDefault(e.getKey(), 0.0);
        }
        double n = 0;
        for (double w : ce.values()) {
          n += w * w;
        }
        double sim = n == 0 ? 0 : dot / Math.sqrt(n);
        if (sim > bestSim) {
          bestSim = sim;
          best = c;
        }
      }
      if (best < 0 || bestSim < threshold) {
        centroids.add(new HashMap<>());
        best = centroids.size() - 1;
      }
      Map<String, Double> ce = centroids.get(best);
      tf.forEach((k, w) -> ce.merge(k, w, Double::sum));
      pred.put(it.doc().id(), "c" + best);
      gold.put(it.doc().id(), it.gold());
    }
    return ClusterScores.of(pred, gold);
  }
}
