// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.learn;

import java.util.List;

/**
 * Column means and population standard deviations of a feature table, the scaling every trainer
 * applies before fitting so that one penalty and one step size suit features of any range.
 *
 * @param mean mean of each column
 * @param deviation population standard deviation of each column (0 for a constant column)
 */
public record Standardization(double[] mean, double[] deviation) {
  public Standardization {
    mean = mean.clone();
    deviation = deviation.clone();
  }

  /** The means and deviations of the {@code d} columns of {@code rows}. */
  public static Standardization of(List<double[]> rows, int d) {
    int n = rows.size();
    double[] mean = new double[d];
    double[] variance = new double[d];
    for (double[] row : rows) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / n;
      }
    }
    for (double[] row : rows) {
      for (int j = 0; j < d; j++) {
        variance[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
      }
    }
    double[] deviation = new double[d];
    for (int j = 0; j < d; j++) {
      deviation[j] = Math.sqrt(variance[j]);
    }
    return new Standardization(mean, deviation);
  }

  /** The deviations, each at least {@code floor}, to divide by. */
  public double[] scale(double floor) {
    double[] s = new double[deviation.length];
    for (int j = 0; j < s.length; j++) {
      s[j] = Math.max(floor, deviation[j]);
    }
    return s;
  }

  @Override
  public double[] mean() {
    return mean.clone();
  }

  @Override
  public double[] deviation() {
    return deviation.clone();
  }
}
