// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import io.storylens.core.embed.Embedder;
import io.storylens.core.learn.ModelText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Paraphrase judgement from the lexical features of {@link SentenceSimilarity} next to the cosine
 * of the two sentences' dense embeddings: words catch changed numbers and names that embeddings
 * blur, embeddings catch rewordings that share few words. A logistic model fitted on MSRP train by
 * {@link ParaphraseTrainer} ({@code --embeddings}), shipped as the resource {@link #RESOURCE}.
 * Thread-safe when the embedder is.
 */
public final class EmbeddedParaphrase {
  /** The shipped weights, beside this class on the class path. */
  public static final String RESOURCE = "paraphrase-embedded.model";

  /** Feature names: the lexical ones, then the embedding cosine. */
  public static final List<String> FEATURES = features();

  private final SentenceSimilarity lexical;
  private final Embedder embedder;
  private final Weights weights;

  /**
   * The fitted weights.
   *
   * @param threshold probability from which a pair counts as a paraphrase
   */
  public record Weights(
      double[] mean, double[] scale, double[] weights, double bias, double threshold) {
    public Weights {
      int d = FEATURES.size();
      if (mean.length != d || scale.length != d || weights.length != d) {
        throw new IllegalArgumentException("paraphrase weights need " + d + " values each");
      }
    }

    /** The weights as text (the resource format), with {@code comments} first. */
    public String write(List<String> comments) {
      List<String> lines = new ArrayList<>();
      comments.forEach(c -> lines.add("# " + c));
      lines.add("features " + String.join(" ", FEATURES));
      lines.add("mean " + ModelText.join(mean));
      lines.add("scale " + ModelText.join(scale));
      lines.add("weights " + ModelText.join(weights));
      lines.add(String.format(Locale.ROOT, "bias %.8f", bias));
      lines.add(String.format(Locale.ROOT, "threshold %.4f", threshold));
      return String.join("\n", lines) + "\n";
    }

    /** The shipped weights. */
    public static Weights shipped() {
      return parse(ModelText.resource(EmbeddedParaphrase.class, RESOURCE), RESOURCE);
    }

    /** Reads text written by {@link #write}; {@code source} names it in errors. */
    public static Weights parse(String text, String source) {
      Map<String, String[]> v =
          ModelText.fields(
              text, source, List.of("features", "mean", "scale", "weights", "bias", "threshold"));
      if (!List.of(v.get("features")).equals(FEATURES)) {
        throw new IllegalArgumentException(
            source + ": features differ from " + FEATURES + "; run ParaphraseTrainer again");
      }
      return new Weights(
          ModelText.numbers(v.get("mean")),
          ModelText.numbers(v.get("scale")),
          ModelText.numbers(v.get("weights")),
          Double.parseDouble(v.get("bias")[0]),
          Double.parseDouble(v.get("threshold")[0]));
    }
  }

  public EmbeddedParaphrase(SentenceSimilarity lexical, Embedder embedder, Weights weights) {
    this.lexical = Objects.requireNonNull(lexical, "lexical");
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  /** The feature vector of two sentences, in {@link #FEATURES} order. */
  public double[] features(String a, String b) {
    return features(lexical, embedder, a, b);
  }

  /** The feature vector of two sentences with the given lexical scorer and embedder. */
  public static double[] features(
      SentenceSimilarity lexical, Embedder embedder, String a, String b) {
    double[] lex = lexical.features(SentenceSimilarity.prepare(a), SentenceSimilarity.prepare(b));
    double[] f = Arrays.copyOf(lex, lex.length + 1);
    f[lex.length] = Embedder.cosine(embedder.embed(a), embedder.embed(b));
    return f;
  }

  /** Probability in [0, 1] that the two sentences are paraphrases (one rewrites the other). */
  public double probability(String a, String b) {
    return probability(features(a, b));
  }

  /** Probability from a feature vector of {@link #features}. */
  public double probability(double[] f) {
    double z = weights.bias();
    for (int i = 0; i < f.length; i++) {
      z += weights.weights()[i] * (f[i] - weights.mean()[i]) / weights.scale()[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Whether the two sentences are paraphrases at the shipped threshold. */
  public boolean paraphrase(String a, String b) {
    return probability(a, b) >= weights.threshold();
  }

  private static List<String> features() {
    List<String> f = new ArrayList<>(SentenceSimilarity.FEATURES);
    f.add("embedding_cosine");
    return List.copyOf(f);
  }
}
