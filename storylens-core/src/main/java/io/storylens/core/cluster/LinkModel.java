// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A logistic model over standardized {@link LinkFeatures}: the probability that an article reports
 * a group's event, and the one probability threshold above which it joins. Fitted offline on gold
 * events by {@code io.storylens.core.eval.GroupingTrainer}, which writes the resource file {@link
 * #RESOURCE} (plain text: {@code key value…} lines, {@code #} comments).
 *
 * @param threshold an article joins the most probable group when its probability reaches this
 * @param storylineThreshold a new event joins the most probable storyline when the probability of
 *     its founding article against the storyline reaches this
 */
public record LinkModel(
    double[] mean,
    double[] scale,
    double[] weights,
    double bias,
    double threshold,
    double storylineThreshold) {
  /** The shipped model, on the class path beside this class. */
  public static final String RESOURCE = "event-link.model";

  public LinkModel {
    int d = LinkFeatures.NAMES.size();
    if (mean.length != d || scale.length != d || weights.length != d) {
      throw new IllegalArgumentException(
          "a link model needs " + d + " means, scales and weights: " + LinkFeatures.NAMES);
    }
    mean = mean.clone();
    scale = scale.clone();
    weights = weights.clone();
  }

  /** The probability that the features {@code x} describe an article of the group's event. */
  public double probability(double[] x) {
    double z = bias;
    for (int j = 0; j < x.length; j++) {
      z += weights[j] * (x[j] - mean[j]) / scale[j];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** A copy with other thresholds. */
  public LinkModel withThresholds(double event, double storyline) {
    return new LinkModel(mean, scale, weights, bias, event, storyline);
  }

  /** The shipped model. */
  public static LinkModel shipped() {
    try (InputStream in = LinkModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads the text written by {@link #write}; {@code source} names it in errors. */
  public static LinkModel parse(String text, String source) {
    Map<String, String[]> v = new HashMap<>();
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] parts = l.split("\\s+");
      v.put(parts[0], java.util.Arrays.copyOfRange(parts, 1, parts.length));
    }
    for (String key :
        List.of("features", "mean", "scale", "weights", "bias", "threshold", "storyline")) {
      if (!v.containsKey(key)) {
        throw new IllegalArgumentException(source + ": no '" + key + "' line");
      }
    }
    if (!List.of(v.get("features")).equals(LinkFeatures.NAMES)) {
      throw new IllegalArgumentException(
          source
              + ": features "
              + List.of(v.get("features"))
              + " differ from "
              + LinkFeatures.NAMES
              + "; run the trainer again");
    }
    try {
      return new LinkModel(
          numbers(v.get("mean")),
          numbers(v.get("scale")),
          numbers(v.get("weights")),
          Double.parseDouble(v.get("bias")[0]),
          Double.parseDouble(v.get("threshold")[0]),
          Double.parseDouble(v.get("storyline")[0]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + ": not a number: " + e.getMessage(), e);
    }
  }

  /** The model as text, with {@code comments} (one per line) first. */
  public String write(List<String> comments) {
    List<String> lines = new ArrayList<>();
    comments.forEach(c -> lines.add("# " + c));
    lines.add("features " + String.join(" ", LinkFeatures.NAMES));
    lines.add("mean " + join(mean));
    lines.add("scale " + join(scale));
    lines.add("weights " + join(weights));
    lines.add(String.format(Locale.ROOT, "bias %.8f", bias));
    lines.add(String.format(Locale.ROOT, "threshold %.4f", threshold));
    lines.add(String.format(Locale.ROOT, "storyline %.4f", storylineThreshold));
    return String.join("\n", lines) + "\n";
  }

  private static double[] numbers(String[] s) {
    double[] d = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      d[i] = Double.parseDouble(s[i]);
    }
    return d;
  }

  private static String join(double[] v) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < v.length; i++) {
      s.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.8f", v[i]));
    }
    return s.toString();
  }
}
