// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link Logistic} model and its decision threshold as a resource file: lines {@code name<TAB>
 * value}, {@code #} comments, the names {@code bias} and {@code threshold} reserved; read as a
 * {@link ModelText} whose lines have one value each. The trainer that writes a file names itself in
 * the comment at its top.
 */
public final class WeightsFile {
  private WeightsFile() {}

  /** A model and the probability from which its decision is positive. */
  public record Model(Logistic logistic, double threshold) {}

  /**
   * Reads the resource {@code name} beside {@code owner}; its features must be exactly {@code
   * features}, in that order, so that a stale file fails at once rather than scoring wrongly.
   */
  public static Model read(Class<?> owner, String name, List<String> features) {
    return parse(name, ModelText.resource(owner, name), features);
  }

  /** Parses the text of a weights file called {@code name} (for messages). */
  public static Model parse(String name, String text, List<String> features) {
    double bias = Double.NaN;
    double threshold = Double.NaN;
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (ModelText.Line line : ModelText.lines(text)) {
      if (line.values().length != 1) {
        throw new IllegalStateException(
            name
                + ": expected 'name<TAB>value', got '"
                + line.key()
                + " "
                + String.join(" ", line.values())
                + "'");
      }
      double v = Double.parseDouble(line.values()[0]);
      switch (line.key()) {
        case "bias" -> bias = v;
        case "threshold" -> threshold = v;
        default -> {
          names.add(line.key());
          values.add(v);
        }
      }
    }
    if (!names.equals(features) || Double.isNaN(bias) || Double.isNaN(threshold)) {
      throw new IllegalStateException(
          name
              + ": features "
              + names
              + " (bias, threshold set: "
              + !Double.isNaN(bias)
              + ", "
              + !Double.isNaN(threshold)
              + "), expected "
              + features);
    }
    double[] w = values.stream().mapToDouble(Double::doubleValue).toArray();
    return new Model(new Logistic(features, bias, w), threshold);
  }

  /** The file's text for {@code model}, with {@code header} lines as comments. */
  public static String format(Model model, List<String> header) {
    StringBuilder s = new StringBuilder();
    header.forEach(h -> s.append("# ").append(h).append('\n'));
    s.append(String.format(Locale.ROOT, "threshold\t%.6f%n", model.threshold()));
    s.append(String.format(Locale.ROOT, "bias\t%.6f%n", model.logistic().bias()));
    double[] w = model.logistic().weights();
    for (int j = 0; j < w.length; j++) {
      s.append(String.format(Locale.ROOT, "%s\t%.6f%n", model.logistic().features().get(j), w[j]));
    }
    return s.toString();
  }
}
