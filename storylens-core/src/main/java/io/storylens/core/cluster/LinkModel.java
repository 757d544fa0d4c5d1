// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import io.storylens.core.learn.ModelText;
import io.storylens.core.text.Hashing;
import java.util.ArrayList;
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
 * @param eventSpanDays an article joins an event only if the event's span, first to last dated
 *     article, stays within this many days: the longest span of a gold event in the training data,
 *     so the bound is a property of the data the weights were fitted on, not a hand-set constant
 * @param embedder the name of the embedder whose vectors the weights were fitted on ({@link
 *     io.storylens.core.embed.Embedders#named}): the dense features of another embedder's vectors
 *     are on another scale, so the model is run with this one only
 */
public record LinkModel(
    double[] mean,
    double[] scale,
    double[] weights,
    double bias,
    double threshold,
    double storylineThreshold,
    double eventSpanDays,
    String embedder) {
  /** The shipped model, on the class path beside this class. */
  public static final String RESOURCE = "event-link.model";

  public LinkModel {
    int d = LinkFeatures.NAMES.size();
    if (mean.length != d || scale.length != d || weights.length != d) {
      throw new IllegalArgumentException(
          "a link model needs " + d + " means, scales and weights: " + LinkFeatures.NAMES);
    }
    if (!(eventSpanDays > 0)) {
      throw new IllegalArgumentException("eventSpanDays must be positive: " + eventSpanDays);
    }
    if (embedder.isBlank() || embedder.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("embedder must be one word: '" + embedder + "'");
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
    return new LinkModel(mean, scale, weights, bias, event, storyline, eventSpanDays, embedder);
  }

  /**
   * Names this model and the embedder it runs with: equal identities place articles alike, so a
   * grouping kept under one identity may be resumed only under the same one (placements made with
   * other weights or on other vectors are regrouped, never mixed with these).
   */
  public String identity() {
    return embedder + " " + Hashing.sha256Hex(12, write(List.of()));
  }

  /** {@link #eventSpanDays} in seconds. */
  public long eventSpanSeconds() {
    return Math.round(eventSpanDays * 86_400);
  }

  /** The shipped model. */
  public static LinkModel shipped() {
    return parse(ModelText.resource(LinkModel.class, RESOURCE), RESOURCE);
  }

  /** Reads the text written by {@link #write}; {@code source} names it in errors. */
  public static LinkModel parse(String text, String source) {
    Map<String, String[]> v =
        ModelText.fields(
            text,
            source,
            List.of(
                "features",
                "mean",
                "scale",
                "weights",
                "bias",
                "threshold",
                "storyline",
                "event_span_days",
                "embedder"));
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
          ModelText.numbers(v.get("mean")),
          ModelText.numbers(v.get("scale")),
          ModelText.numbers(v.get("weights")),
          Double.parseDouble(v.get("bias")[0]),
          Double.parseDouble(v.get("threshold")[0]),
          Double.parseDouble(v.get("storyline")[0]),
          Double.parseDouble(v.get("event_span_days")[0]),
          v.get("embedder")[0]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + ": not a number: " + e.getMessage(), e);
    }
  }

  /** The model as text, with {@code comments} (one per line) first. */
  public String write(List<String> comments) {
    List<String> lines = new ArrayList<>();
    comments.forEach(c -> lines.add("# " + c));
    lines.add("features " + String.join(" ", LinkFeatures.NAMES));
    lines.add("mean " + ModelText.join(mean));
    lines.add("scale " + ModelText.join(scale));
    lines.add("weights " + ModelText.join(weights));
    lines.add(String.format(Locale.ROOT, "bias %.8f", bias));
    lines.add(String.format(Locale.ROOT, "threshold %.4f", threshold));
    lines.add(String.format(Locale.ROOT, "storyline %.4f", storylineThreshold));
    lines.add(String.format(Locale.ROOT, "event_span_days %.1f", eventSpanDays));
    lines.add("embedder " + embedder);
    return String.join("\n", lines) + "\n";
  }
}
