// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.learn;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A logistic regression: {@code p = 1 / (1 + exp(-(bias + w · x)))}, with named features.
 *
 * <p>{@link #fit} standardizes the features, runs Newton's method with an L2 penalty on the
 * standardized weights (never on the bias) and returns weights on the raw features, so that a model
 * read back from its resource file needs no scaling. The fit is deterministic.
 */
public record Logistic(List<String> features, double bias, double[] weights) {
  public Logistic {
    features = List.copyOf(features);
    weights = weights.clone();
    if (features.size() != weights.length) {
      throw new IllegalArgumentException(
          features.size() + " feature names for " + weights.length + " weights");
    }
  }

  /** The probability of the positive class for the raw feature vector {@code x}. */
  public double probability(double[] x) {
    if (x.length != weights.length) {
      throw new IllegalArgumentException(
          "expected " + weights.length + " features " + features + ", got " + x.length);
    }
    double z = bias;
    for (int j = 0; j < x.length; j++) {
      z += weights[j] * x[j];
    }
    return 1 / (1 + Math.exp(-z));
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  /**
   * Fits a model to rows {@code x} with labels {@code y} (true = positive class).
   *
   * @param l2 penalty on the squared standardized weights; 1.0 suits a few hundred examples
   */
  public static Logistic fit(List<String> features, double[][] x, boolean[] y, double l2) {
    Objects.requireNonNull(features, "features");
    int n = x.length;
    int d = features.size();
    if (n == 0 || y.length != n) {
      throw new IllegalArgumentException(n + " rows and " + y.length + " labels");
    }
    Standardization st = Standardization.of(Arrays.asList(x), d);
    double[] mean = st.mean();
    double[] scale = st.deviation();
    boolean[] constant = new boolean[d];
    for (int j = 0; j < d; j++) {
      constant[j] = scale[j] <= 1e-6;
      scale[j] = constant[j] ? 1 : scale[j];
    }
    double[][] z = new double[n][d + 1];
    for (int i = 0; i < n; i++) {
      z[i][0] = 1;
      for (int j = 0; j < d; j++) {
        // A constant feature carries nothing; exactly 0 keeps rounding noise out of the fit.
        z[i][j + 1] = constant[j] ? 0 : (x[i][j] - mean[j]) / scale[j];
      }
    }
    double[] w = new double[d + 1];
    for (int iter = 0; iter < 50; iter++) {
      double[] grad = new double[d + 1];
      double[][] hess = new double[d + 1][d + 1];
      for (int i = 0; i < n; i++) {
        double p = sigmoid(dot(w, z[i]));
        double r = p - (y[i] ? 1 : 0);
        double v = Math.max(p * (1 - p), 1e-9);
        for (int a = 0; a <= d; a++) {
          grad[a] += r * z[i][a];
          for (int b = 0; b <= d; b++) {
            hess[a][b] += v * z[i][a] * z[i][b];
          }
        }
      }
      for (int a = 1; a <= d; a++) {
        grad[a] += l2 * w[a];
        hess[a][a] += l2;
      }
      for (int a = 0; a <= d; a++) {
        hess[a][a] += 1e-9; // solvable when every label is the same or a feature is constant
      }
      double[] step = solve(hess, grad);
      double size = 0;
      for (int a = 0; a <= d; a++) {
        w[a] -= step[a];
        size = Math.max(size, Math.abs(step[a]));
      }
      if (size < 1e-10) {
        break;
      }
    }
    double[] raw = new double[d];
    double bias = w[0];
    for (int j = 0; j < d; j++) {
      raw[j] = w[j + 1] / scale[j];
      bias -= raw[j] * mean[j];
    }
    return new Logistic(features, bias, raw);
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
          p = r;
        }
      }
      double[] t = m[c];
      m[c] = m[p];
      m[p] = t;
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) {
          m[r][k] -= f * m[c][k];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = m[r][n];
      for (int k = r + 1; k < n; k++) {
        s -= m[r][k] * x[k];
      }
      x[r] = s / m[r][r];
    }
    return x;
  }
}
