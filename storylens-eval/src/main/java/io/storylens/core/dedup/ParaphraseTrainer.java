// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import io.storylens.core.embed.Embedder;
import io.storylens.core.embed.MiniLmEmbedder;
import io.storylens.core.learn.Standardization;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * It prints the constants to paste into {@link SentenceSimilarity}; with {@code --embeddings OUT}
 * it adds the MiniLM cosine of the two sentences as a feature and writes the weights of {@link
 * EmbeddedParaphrase} to {@code OUT} (its resource file). Both print a 10-fold cross-validated
 * accuracy beside the train accuracy. Method: features standardized (mean, standard deviation on
 * train); L2-regularized logistic regression (lambda 1e-3) by full-batch gradient descent, 4000
 * steps of rate 0.5 from zero weights (deterministic); then the probability threshold that
 * maximizes the mean of train accuracy and F1. IDF is counted over the file's sentences, as at
 * scoring time.
 */
public final class ParaphraseTrainer {
  private ParaphraseTrainer() {}

  /**
   * A fitted model: standardization, weights, bias, and the probability threshold that maximizes
   * the mean of train accuracy and F1.
   */
  record Fit(double[] mean, double[] scale, double[] weights, double bias, double threshold) {
    double probability(double[] x) {
      double z = bias;
      for (int j = 0; j < x.length; j++) {
        z += weights[j] * (x[j] - mean[j]) / scale[j];
      }
      return 1 / (1 + Math.exp(-z));
    }
  }

  /** Fits the logistic model on rows {@code x} with labels {@code y} (1 = paraphrase). */
  static Fit fit(double[][] x, double[] y) {
    int n = x.length;
    int d = x[0].length;
    Standardization st = Standardization.of(Arrays.asList(x), d);
    double[] mean = st.mean();
    double[] scale = st.scale(1e-9);
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
    Fit unthresholded = new Fit(mean, scale, w, b, 0.5);
    double bestT = 0.5;
    double bestScore = 0;
    for (int t = 20; t <= 80; t++) {
      double th = t / 100.0;
      double[] r = rates(unthresholded, x, y, th);
      // Both figures are reported, so the threshold maximizes their mean.
      if ((r[0] + r[1]) / 2 > bestScore + 1e-12) {
        bestScore = (r[0] + r[1]) / 2;
        bestT = th;
      }
    }
    return new Fit(mean, scale, w, b, bestT);
  }

  /** Accuracy and F1 of {@code fit} at {@code threshold}. */
  static double[] rates(Fit fit, double[][] x, double[] y, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int ok = 0;
    for (int i = 0; i < x.length; i++) {
      boolean said = fit.probability(x[i]) >= threshold;
      ok += said == (y[i] == 1) ? 1 : 0;
      tp += said && y[i] == 1 ? 1 : 0;
      fp += said && y[i] == 0 ? 1 : 0;
      fn += !said && y[i] == 1 ? 1 : 0;
    }
    return new double[] {ok / (double) x.length, 2.0 * tp / Math.max(1, 2.0 * tp + fp + fn)};
  }

  /**
   * Mean held-out accuracy over {@code folds} folds of the pairs (pair i in fold i mod folds), each
   * fold's model and threshold fitted on the others: the estimate for unseen pairs.
   */
  static double crossValidatedAccuracy(double[][] x, double[] y, int folds) {
    double sum = 0;
    for (int f = 0; f < folds; f++) {
      List<double[]> trx = new ArrayList<>();
      List<Double> tr = new ArrayList<>();
      List<double[]> tex = new ArrayList<>();
      List<Double> te = new ArrayList<>();
      for (int i = 0; i < x.length; i++) {
        (i % folds == f ? tex : trx).add(x[i]);
        (i % folds == f ? te : tr).add(y[i]);
      }
      Fit fit =
          fit(trx.toArray(new double[0][]), tr.stream().mapToDouble(Double::doubleValue).toArray());
      sum +=
          rates(
              fit,
              tex.toArray(new double[0][]),
              te.stream().mapToDouble(Double::doubleValue).toArray(),
              fit.threshold())[0];
    }
    return sum / folds;
  }

  public static void main(String[] args) throws java.io.IOException {
    if (args.length != 1 && !(args.length == 3 && args[1].equals("--embeddings"))) {
      System.err.println("usage: ParaphraseTrainer msr_paraphrase_train.txt [--embeddings OUT]");
      System.exit(2);
    }
    List<MsrpPairs.Pair> pairs = MsrpPairs.read(Path.of(args[0]));
    SentenceSimilarity sim = new SentenceSimilarity(Idf.of(MsrpPairs.sentences(pairs)));
    boolean dense = args.length == 3;
    Embedder embedder = dense ? new MiniLmEmbedder() : null;
    int n = pairs.size();
    double[][] x = new double[n][];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      MsrpPairs.Pair p = pairs.get(i);
      x[i] =
          dense
              ? EmbeddedParaphrase.features(sim, embedder, p.a(), p.b())
              : sim.features(SentenceSimilarity.prepare(p.a()), SentenceSimilarity.prepare(p.b()));
      y[i] = p.paraphrase() ? 1 : 0;
    }
    Fit fit = fit(x, y);
    double[] r = rates(fit, x, y, fit.threshold());
    double cv = crossValidatedAccuracy(x, y, 10);
    String summary =
        String.format(
            Locale.ROOT,
            "train accuracy %.4f, F1 %.4f over %d pairs; 10-fold cross-validated accuracy %.4f",
            r[0],
            r[1],
            n,
            cv);
    if (dense) {
      EmbeddedParaphrase.Weights w =
          new EmbeddedParaphrase.Weights(
              fit.mean(), fit.scale(), fit.weights(), fit.bias(), fit.threshold());
      java.nio.file.Files.writeString(
          Path.of(args[2]),
          w.write(
              List.of(
                  "Paraphrase weights (lexical features + MiniLM cosine), written by",
                  "io.storylens.core.dedup.ParaphraseTrainer --embeddings from "
                      + Path.of(args[0]).getFileName(),
                  summary)),
          java.nio.charset.StandardCharsets.UTF_8);
      System.out.println(summary);
      return;
    }
    System.out.println("static final double[] MEAN = {" + join(fit.mean()) + "};");
    System.out.println("static final double[] SCALE = {" + join(fit.scale()) + "};");
    System.out.println("static final double[] WEIGHTS = {" + join(fit.weights()) + "};");
    System.out.printf(Locale.ROOT, "static final double BIAS = %.6f;%n", fit.bias());
    System.out.printf(
        Locale.ROOT, "public static final double THRESHOLD = %.2f;%n", fit.threshold());
    System.out.println("// " + summary);
  }

  private static String join(double[] v) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < v.length; i++) {
      s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6f", v[i]));
    }
    return s.toString();
  }
}
