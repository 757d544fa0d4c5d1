// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import io.storylens.core.claims.ClaimExtractor;
import io.storylens.core.claims.Claims;
import io.storylens.core.claims.Disagreements;
import io.storylens.core.claims.Disagreements.NumberModel;
import io.storylens.model.Article;
import io.storylens.model.Claim;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits the weights of the disagreement number model ({@link NumberModel}) on hand-annotated events
 * (the {@code dossier-gold} layout) and calibrates the least confidence shown.
 *
 * <p>Every candidate pair of figures of an event is labelled by whether the gold lists both values
 * as one disagreement. The weights are fitted by L2-regularised logistic regression (Newton's
 * method, so the result is exact and repeatable). The threshold is chosen by leave-events-out
 * cross-validation: each event is scored by weights fitted on the others, and the threshold is the
 * lowest that keeps the pooled cross-validated precision at or above {@link #TARGET_PRECISION} (the
 * most precise one when none does). Both the cross-validated and the in-sample ("dev") precision
 * and recall are printed.
 *
 * <p>Usage: {@code java -cp storylens.jar io.storylens.core.eval.DisagreementModelTrainer DIR...
 * [OUT.tsv]}: the gold folders are pooled (a folder may name its articles files and folders in
 * {@code articles-from.txt}, as for {@code eval dossier}); {@code OUT.tsv} is the resource file to
 * write (normally {@code
 * storylens-core/src/main/resources/io/storylens/core/claims/number-model.tsv}).
 */
public final class DisagreementModelTrainer {
  /** L2 penalties tried; the one with the least cross-validated log loss is kept. */
  static final double[] LAMBDAS = {0.1, 0.3, 1, 3, 10};

  /**
   * Precision the chosen threshold must reach on pairs: above the 0.8 a reader's flags should
   * reach, because flags (a pair shown in every dossier that holds it) are less precise than pairs.
   */
  static final double TARGET_PRECISION = 0.9;

  /** Thresholds tried, in steps of 0.05. */
  private static final double MIN_THRESHOLD = 0.1;

  private static final double MAX_THRESHOLD = 0.9;

  private DisagreementModelTrainer() {}

  /** One labelled candidate pair of an event. */
  record Example(String event, double[] features, boolean label, String what) {}

  /** The result: weights, threshold and the figures behind them. */
  record Fit(
      double[] weights,
      double lambda,
      double threshold,
      double cvPrecision,
      double cvRecall,
      double devPrecision,
      double devRecall,
      int examples,
      int positives,
      String curve) {}

  public static void main(String[] args) throws IOException {
    List<Path> dirs = new ArrayList<>();
    String target = null;
    for (String a : args) {
      if (a.endsWith(".tsv")) {
        target = a;
      } else {
        dirs.add(Path.of(a));
      }
    }
    if (dirs.isEmpty()) {
      System.err.println("usage: DisagreementModelTrainer GOLD_DIR... [OUT_FILE.tsv]");
      System.exit(2);
    }
    List<Example> examples = examples(dirs);
    Fit fit = fit(examples);
    if (Boolean.getBoolean("storylens.trainer.list")) {
      for (Example e : examples) {
        System.out.printf(
            Locale.ROOT,
            "%s %d %.3f %s%n",
            e.event(),
            e.label() ? 1 : 0,
            NumberModel.confidence(fit.weights(), e.features()),
            e.what().replaceAll("\\s+", " "));
      }
    }
    report(fit, System.out);
    if (target != null) {
      Files.writeString(Path.of(target), resource(fit), StandardCharsets.UTF_8);
      System.out.println("wrote " + target);
    }
  }

  /** The labelled candidate pairs of every gold event under each folder of {@code data}. */
  static List<Example> examples(List<Path> data) {
    List<Example> out = new ArrayList<>();
    for (Path dir : data) {
      out.addAll(examples(dir));
    }
    return out;
  }

  /** The labelled candidate pairs of every gold event under {@code data}. */
  static List<Example> examples(Path data) {
    Map<String, Article> byGoldId = GoldArticles.byId(data, System.err);
    ClaimExtractor extractor = new ClaimExtractor();
    List<Example> out = new ArrayList<>();
    for (DossierGold g : DossierGold.readAll(data.resolve("gold"))) {
      List<Article> articles = new ArrayList<>();
      for (String id : g.articles()) {
        if (byGoldId.containsKey(id)) {
          articles.add(byGoldId.get(id));
        }
      }
      List<Claim> claims = new ArrayList<>();
      for (Article a : articles) {
        claims.addAll(extractor.extract(a));
      }
      for (var c : Disagreements.numberCandidates(articles, Claims.merge(claims))) {
        out.add(
            new Example(
                String.valueOf(g.eventId()),
                c.features(),
                listed(g, c.a().value(), c.b().value()),
                c.subject()
                    + ": "
                    + c.a().value()
                    + " | "
                    + c.b().value()
                    + " || "
                    + c.textA()
                    + " || "
                    + c.textB()));
      }
    }
    return out;
  }

  /** Whether the gold lists values {@code a} and {@code b} as sides of one disagreement. */
  static boolean listed(DossierGold g, String a, String b) {
    for (DossierGold.Difference d : g.disagreements()) {
      List<String> values = d.values().stream().map(DossierGold.Value::value).toList();
      if (DossierMatch.flagMatches(List.of(a, b), values)) {
        return true;
      }
    }
    return false;
  }

  /** Fits on all examples, calibrating the threshold by leave-events-out cross-validation. */
  static Fit fit(List<Example> examples) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no candidate pairs to fit on");
    }
    // Penalty and features chosen by cross-validated log loss: for each penalty, features are
    // dropped one at a time while that lowers the loss (few listed pairs cannot carry many
    // weights).
    double lambda = LAMBDAS[0];
    boolean[] active = null;
    double[] cv = null;
    double bestLoss = Double.MAX_VALUE;
    int d = NumberModel.FEATURES.size();
    for (double l : LAMBDAS) {
      boolean[] on = new boolean[d];
      Arrays.fill(on, true);
      double[] scores = crossValidated(examples, l, on);
      double loss = logLoss(examples, scores);
      for (boolean improved = true; improved; ) {
        improved = false;
        int drop = -1;
        double dropLoss = loss;
        double[] dropScores = null;
        for (int f = 1; f < d; f++) {
          if (!on[f]) {
            continue;
          }
          on[f] = false;
          double[] sc = crossValidated(examples, l, on);
          double ls = logLoss(examples, sc);
          on[f] = true;
          if (ls < dropLoss - 1e-9) {
            drop = f;
            dropLoss = ls;
            dropScores = sc;
          }
        }
        if (drop >= 0) {
          on[drop] = false;
          loss = dropLoss;
          scores = dropScores;
          improved = true;
        }
      }
      if (loss < bestLoss - 1e-12) {
        bestLoss = loss;
        lambda = l;
        active = on.clone();
        cv = scores;
      }
    }
    StringBuilder curve = new StringBuilder();
    double best = MAX_THRESHOLD;
    double bestPrecision = -1;
    boolean reached = false;
    for (int k = 0; MIN_THRESHOLD + 0.05 * k <= MAX_THRESHOLD + 1e-9; k++) {
      double t = round(MIN_THRESHOLD + 0.05 * k, 2);
      double[] pr = precisionRecall(examples, cv, t);
      curve.append(String.format(Locale.ROOT, " %.2f:%.2f/%.2f", t, pr[0], pr[1]));
      if (pr[1] == 0) {
        continue; // nothing right passes: no precision to speak of
      }
      if (pr[0] >= TARGET_PRECISION && !reached) {
        best = t;
        reached = true; // the lowest threshold at the target keeps the most recall
      } else if (!reached && pr[0] > bestPrecision) {
        best = t;
        bestPrecision = pr[0];
      }
    }
    double[] w = logistic(examples, lambda, active);
    for (int i = 0; i < w.length; i++) {
      w[i] = round(w[i], 4);
    }
    double[] dev = new double[examples.size()];
    for (int i = 0; i < dev.length; i++) {
      dev[i] = NumberModel.confidence(w, examples.get(i).features());
    }
    double[] cvPr = precisionRecall(examples, cv, best);
    double[] devPr = precisionRecall(examples, dev, best);
    int positives = (int) examples.stream().filter(Example::label).count();
    return new Fit(
        w,
        lambda,
        best,
        cvPr[0],
        cvPr[1],
        devPr[0],
        devPr[1],
        examples.size(),
        positives,
        curve.toString().strip());
  }

  /** Scores of each example by weights fitted on the other events only. */
  static double[] crossValidated(List<Example> examples, double lambda, boolean[] active) {
    List<String> events = examples.stream().map(Example::event).distinct().sorted().toList();
    double[] cv = new double[examples.size()];
    for (String held : events) {
      List<Example> train = examples.stream().filter(e -> !e.event().equals(held)).toList();
      double[] w = logistic(train, lambda, active);
      for (int i = 0; i < examples.size(); i++) {
        if (examples.get(i).event().equals(held)) {
          cv[i] = NumberModel.confidence(w, examples.get(i).features());
        }
      }
    }
    return cv;
  }

  private static double logLoss(List<Example> examples, double[] p) {
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      double q = Math.min(1 - 1e-9, Math.max(1e-9, p[i]));
      sum -= examples.get(i).label() ? Math.log(q) : Math.log(1 - q);
    }
    return sum / p.length;
  }

  /** Precision and recall of "score at or above {@code t}" (precision 1 when nothing passes). */
  static double[] precisionRecall(List<Example> examples, double[] score, double t) {
    int tp = 0;
    int fp = 0;
    int pos = 0;
    for (int i = 0; i < examples.size(); i++) {
      boolean y = examples.get(i).label();
      pos += y ? 1 : 0;
      if (score[i] >= t) {
        if (y) {
          tp++;
        } else {
          fp++;
        }
      }
    }
    return new double[] {
      tp + fp == 0 ? 1 : (double) tp / (tp + fp), pos == 0 ? 0 : (double) tp / pos
    };
  }

  /**
   * L2-regularised logistic regression by Newton's method: deterministic, converges in a few steps
   * on data this small. Feature 0 is the intercept and is not penalised.
   */
  static double[] logistic(List<Example> examples, double lambda, boolean[] active) {
    int d = NumberModel.FEATURES.size();
    double[] w = new double[d];
    for (int iter = 0; iter < 100; iter++) {
      double[] grad = new double[d];
      double[][] hess = new double[d][d];
      for (Example e : examples) {
        double[] x = e.features();
        double p = NumberModel.confidence(w, x);
        double r = p - (e.label() ? 1 : 0);
        double s = Math.max(p * (1 - p), 1e-9);
        for (int i = 0; i < d; i++) {
          grad[i] += r * x[i];
          for (int j = 0; j < d; j++) {
            hess[i][j] += s * x[i] * x[j];
          }
        }
      }
      for (int i = 1; i < d; i++) {
        grad[i] += lambda * w[i];
        hess[i][i] += lambda;
      }
      hess[0][0] += 1e-6;
      for (int i = 0; i < d; i++) {
        if (!active[i]) {
          // A dropped feature keeps weight 0: its row and column leave the system.
          for (int j = 0; j < d; j++) {
            hess[i][j] = 0;
            hess[j][i] = 0;
          }
          hess[i][i] = 1;
          grad[i] = 0;
        }
      }
      double[] step = solve(hess, grad);
      double size = 0;
      for (int i = 0; i < d; i++) {
        w[i] -= step[i];
        size = Math.max(size, Math.abs(step[i]));
      }
      if (size < 1e-10) {
        break;
      }
    }
    return w;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting. */
  private static double[] solve(double[][] a0, double[] b0) {
    int n = b0.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = a0[i].clone();
    }
    double[] b = b0.clone();
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
          p = r;
        }
      }
      double[] t = a[c];
      a[c] = a[p];
      a[p] = t;
      double tb = b[c];
      b[c] = b[p];
      b[p] = tb;
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        for (int k = c; k < n; k++) {
          a[r][k] -= f * a[c][k];
        }
        b[r] -= f * b[c];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int k = r + 1; k < n; k++) {
        s -= a[r][k] * x[k];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }

  /** The resource file text for {@code fit}. */
  static String resource(Fit fit) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Disagreements.NumberModel: logistic weights per feature and the least confidence")
        .append(" shown.\n")
        .append(
            "# Written by io.storylens.core.eval.DisagreementModelTrainer; do not edit by hand.\n")
        .append(
            String.format(
                Locale.ROOT,
                "# %d candidate pairs, %d listed by the gold; leave-events-out precision %.3f"
                    + " recall %.3f; in-sample precision %.3f recall %.3f%n",
                fit.examples(),
                fit.positives(),
                fit.cvPrecision(),
                fit.cvRecall(),
                fit.devPrecision(),
                fit.devRecall()))
        .append(String.format(Locale.ROOT, "threshold %.2f%n", fit.threshold()));
    for (int i = 0; i < fit.weights().length; i++) {
      sb.append(
          String.format(
              Locale.ROOT, "%s %.4f%n", NumberModel.FEATURES.get(i), fit.weights()[i] + 0.0));
    }
    return sb.toString();
  }

  static void report(Fit fit, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%d candidate pairs, %d listed by the gold%nL2 penalty %.1f, threshold %.2f%n"
            + "leave-events-out precision %.3f recall %.3f%ndev (in-sample) precision %.3f recall"
            + " %.3f%n",
        fit.examples(),
        fit.positives(),
        fit.lambda(),
        fit.threshold(),
        fit.cvPrecision(),
        fit.cvRecall(),
        fit.devPrecision(),
        fit.devRecall());
    out.println("leave-events-out threshold:precision/recall " + fit.curve());
    for (int i = 0; i < fit.weights().length; i++) {
      out.printf(Locale.ROOT, "  %-18s %8.4f%n", NumberModel.FEATURES.get(i), fit.weights()[i]);
    }
  }

  private static double round(double x, int digits) {
    double k = Math.pow(10, digits);
    return Math.round(x * k) / k;
  }
}
