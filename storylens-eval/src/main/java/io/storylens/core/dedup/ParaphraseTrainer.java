// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Trains the {@link SentenceSimilarity} weights offline. Reproduce with:
 *
 * <pre>
 * mvn -B -q -pl storylens-cli -am package -DskipTests
 * java -cp storylens-cli/target/storylens.jar io.storylens.core.dedup.ParaphraseTrainer \
 *     ../shared/data/msrp/msr_paraphrase_train.txt
 * </pre>
 *
 * It prints the constants to paste into {@link SentenceSimilarity}. Method: features standardized
 * (mean, standard deviation on train); L2-regularized logistic regression (lambda 1e-3) by
 * full-batch gradient descent, 4000 steps of rate 0.5 from zero weights (deterministic); then the
 * probability threshold that maximizes the mean of train accuracy and F1. IDF is counted over the
 * file's sentences, as at scoring time.
 */
public final class ParaphraseTrainer {
  private ParaphraseTrainer() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: ParaphraseTrainer msr_paraphrase_train.txt");
      System.exit(2);
    }
    List<MsrpPairs.Pair> pairs = MsrpPairs.read(Path.of(args[0]));
    SentenceSimilarity sim = new SentenceSimilarity(Idf.of(MsrpPairs.sentences(pairs)));
    int n = pairs.size();
    int d = SentenceSimilarity.FEATURES.size();
    double[][] x = new double[n][];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      MsrpPairs.Pair p = pairs.get(i);
      x[i] = sim.features(SentenceSimilarity.prepare(p.a()), SentenceSimilarity.prepare(p.b()));
      y[i] = p.paraphrase() ? 1 : 0;
    }
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / n;
      }
    }
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
      }
    }
    for (int j = 0; j < d; j++) {
      scale[j] = Math.max(1e-9, Math.sqrt(scale[j]));
    }
    double[] w = new double[d];
    double b = 0;
    double lambda = 1e-3;
    double rate = 0.5;
    for (int step = 0; step < 4000; step++) {
      double[] gw = new double[d];
      double gb = 0;
      for (int i = 0; i < n; i++) {
        double z = b;
        for (int j = 0; j < d; j++) {
          z += w[j] * (x[i][j] - mean[j]) / scale[j];
        }
        double err = 1 / (1 + Math.exp(-z)) - y[i];
        gb += err / n;
        for (int j = 0; j < d; j++) {
          gw[j] += err * (x[i][j] - mean[j]) / scale[j] / n;
        }
      }
      for (int j = 0; j < d; j++) {
        w[j] -= rate * (gw[j] + lambda * w[j]);
      }
      b -= rate * gb;
    }
    double[] prob = new double[n];
    for (int i = 0; i < n; i++) {
      double z = b;
      for (int j = 0; j < d; j++) {
        z += w[j] * (x[i][j] - mean[j]) / scale[j];
      }
      prob[i] = 1 / (1 + Math.exp(-z));
    }
    double bestT = 0.5;
    double bestAcc = 0;
    double bestScore = 0;
    for (int t = 20; t <= 80; t++) {
      double th = t / 100.0;
      int tp = 0;
      int fp = 0;
      int fn = 0;
      int ok = 0;
      for (int i = 0; i < n; i++) {
        boolean said = prob[i] >= th;
        ok += said == (y[i] == 1) ? 1 : 0;
        tp += said && y[i] == 1 ? 1 : 0;
        fp += said && y[i] == 0 ? 1 : 0;
        fn += !said && y[i] == 1 ? 1 : 0;
      }
      double acc = ok / (double) n;
      double f1 = 2.0 * tp / (2.0 * tp + fp + fn);
      // Both figures are reported, so the threshold maximizes their mean.
      if ((acc + f1) / 2 > bestScore + 1e-12) {
        bestScore = (acc + f1) / 2;
        bestAcc = acc;
        bestT = th;
      }
    }
    System.out.println("static final double[] MEAN = {" + join(mean) + "};");
    System.out.println("static final double[] SCALE = {" + join(scale) + "};");
    System.out.println("static final double[] WEIGHTS = {" + join(w) + "};");
    System.out.printf(Locale.ROOT, "static final double BIAS = %.6f;%n", b);
    System.out.printf(Locale.ROOT, "public static final double THRESHOLD = %.2f;%n", bestT);
    System.out.printf(Locale.ROOT, "// train accuracy %.4f over %d pairs%n", bestAcc, n);
  }

  private static String join(double[] v) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < v.length; i++) {
      s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6f", v[i]));
    }
    return s.toString();
  }
}
