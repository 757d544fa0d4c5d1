// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import io.storylens.core.cluster.CapitalizedPhrases;
import io.storylens.core.cluster.ClusterDoc;
import io.storylens.core.cluster.DocumentFrequencies;
import io.storylens.core.cluster.EventProfile;
import io.storylens.core.cluster.GroupingSettings;
import io.storylens.core.cluster.GroupingSignals;
import io.storylens.core.cluster.LearnedClusterer;
import io.storylens.core.cluster.LinkFeatures;
import io.storylens.core.cluster.LinkModel;
import io.storylens.core.embed.ArticleEmbeddings;
import io.storylens.core.embed.Embedders;
import io.storylens.core.embed.MiniLmBatchEmbedder;
import io.storylens.core.learn.Standardization;
import io.storylens.core.text.Hashing;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Fits the {@link LinkModel} of the embedding path on gold events and chooses its threshold by
 * leave-events-out cross-validation. Reproduce the shipped model with:
 *
 * <pre>
 * java -cp storylens-cli/target/storylens.jar io.storylens.core.eval.GroupingTrainer \
 *     ../shared/data/news-clusters/dev.jsonl \
 *     storylens-core/src/main/resources/io/storylens/core/cluster/event-link.model
 * </pre>
 *
 * <p>The event span bound is the longest span, first to last dated article, of a gold event in the
 * training articles ({@link #eventSpanDays}): how long an event may run is then a property of the
 * data the weights are fitted on, and the time gap itself is a learned feature. Training pairs come
 * from replaying the gold grouping in publication order: each article against every earlier gold
 * event it could join (within that bound) gives one pair, positive for its own event. Features are
 * standardized; L2-regularized logistic regression by full-batch gradient descent from zero weights
 * (deterministic). Cross-validation: events are split into {@value #FOLDS} folds by a hash of their
 * id (three rather than five: a held-out fold should hold enough events to be as hard to group as a
 * whole file, or the threshold it favours is too low); for each fold the model is fitted on the
 * other folds' articles alone and the held-out fold's articles are clustered at every threshold of
 * the grid. The shipped threshold maximizes the mean held-out B³ F1 over folds; the reported
 * estimate is nested (each fold's threshold chosen on its own training articles), so it does not
 * reuse the held-out scores it reports.
 */
public final class GroupingTrainer {
  /** Folds of the leave-events-out cross-validation. */
  public static final int FOLDS = 3;

  static final double LAMBDA = 1e-2;
  static final int STEPS = 3000;
  static final double RATE = 0.5;

  /**
   * Storyline threshold as a share of the event threshold: a storyline gathers events that the
   * model finds plausible but not probable enough to merge. No gold storylines exist to fit it; the
   * seeds (three events of one storyline) and dev's topical gold events bound it from both sides.
   */
  static final double STORYLINE_SHARE = 0.25;

  private final GroupingSettings settings;
  private final Function<ClusterDoc, GroupingSignals.Signals> signals;
  private final String embedder;

  /**
   * @param signals each document's signals, computed once per document
   * @param embedder the name of the embedder whose vectors {@code signals} hold ({@link
   *     Embedders#named}), written into the fitted models
   */
  public GroupingTrainer(
      GroupingSettings settings,
      Function<ClusterDoc, GroupingSignals.Signals> signals,
      String embedder) {
    this.settings = settings;
    this.signals = signals;
    this.embedder = embedder;
  }

  /** Signals on the vectors of the embedder named {@code model}, computed once per article. */
  public static Function<ClusterDoc, GroupingSignals.Signals> minilmSignals(String model) {
    GroupingSignals g =
        new GroupingSignals(
            ArticleEmbeddings.memo(Embedders.named(model)), new CapitalizedPhrases());
    Map<String, GroupingSignals.Signals> seen = new ConcurrentHashMap<>();
    return doc -> seen.computeIfAbsent(doc.id(), k -> g.of(doc));
  }

  /**
   * Names the embedder to fit on, to measure what another input costs in grouping quality: {@code
   * -Dstorylens.embed.model=NAME} (an {@link Embedders#named} name) or {@code
   * -Dstorylens.embed.pieces=N} (the batched embedder cut at N word pieces, each text embedded
   * alone). Unset: the embedding path's embedder ({@link Embedders#GROUPING}).
   */
  static final String MODEL = "storylens.embed.model";

  static final String PIECES = "storylens.embed.pieces";

  /**
   * The embedder the trainer fits on: {@link Embedders#GROUPING} unless a property names another.
   */
  static String embedderName() {
    String model = System.getProperty(MODEL);
    if (model != null) {
      return model;
    }
    String pieces = System.getProperty(PIECES);
    return pieces == null
        ? Embedders.GROUPING
        : new MiniLmBatchEmbedder(Integer.parseInt(pieces), 1, 1).model();
  }

  /**
   * The longest span, first to last dated article, of a gold event of {@code items}, in whole days
   * (at least one): the event span bound of a model fitted on them.
   */
  public double eventSpanDays(List<ClustersEval.Item> items) {
    Map<String, long[]> range = new HashMap<>();
    for (ClustersEval.Item it : items) {
      GroupingSignals.Signals s = signals.apply(it.doc());
      if (s.dated()) {
        long[] r =
            range.computeIfAbsent(it.gold(), k -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
        r[0] = Math.min(r[0], s.time());
        r[1] = Math.max(r[1], s.time());
      }
    }
    long longest = 0;
    for (long[] r : range.values()) {
      longest = Math.max(longest, r[1] - r[0]);
    }
    return Math.max(1, Math.ceil(longest / 86_400.0));
  }

  /**
   * Training pairs from replaying the gold grouping of {@code items} in their order, each article
   * against every earlier gold event whose span would stay within {@code spanDays}.
   */
  public List<double[]> pairs(List<ClustersEval.Item> items, double spanDays, List<Double> labels) {
    DocumentFrequencies df = new DocumentFrequencies();
    Map<String, EventProfile> gold = new LinkedHashMap<>();
    List<double[]> x = new ArrayList<>();
    long span = Math.round(spanDays * 86_400);
    for (ClustersEval.Item it : items) {
      GroupingSignals.Signals s = signals.apply(it.doc());
      Set<String> terms = new HashSet<>(s.title().keySet());
      terms.addAll(s.body().keySet());
      df.add(terms);
      for (Map.Entry<String, EventProfile> e : gold.entrySet()) {
        if (s.dated() && e.getValue().spanWith(s.time()) > span) {
          continue;
        }
        x.add(LinkFeatures.of(s, e.getValue(), df));
        labels.add(e.getKey().equals(it.gold()) ? 1.0 : 0.0);
      }
      gold.computeIfAbsent(it.gold(), k -> new EventProfile(s.dense().length)).add(s);
    }
    return x;
  }

  /** A model fitted on the gold events of {@code items}, with {@code threshold}. */
  public LinkModel fit(List<ClustersEval.Item> items, double threshold) {
    double spanDays = eventSpanDays(items);
    List<Double> y = new ArrayList<>();
    List<double[]> x = pairs(items, spanDays, y);
    int n = x.size();
    int d = LinkFeatures.NAMES.size();
    Standardization st = Standardization.of(x, d);
    double[] mean = st.mean();
    double[] scale = st.scale(1e-9);
    double[][] z = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        z[i][j] = (x.get(i)[j] - mean[j]) / scale[j];
      }
    }
    double[] w = new double[d];
    double b = 0;
    for (int step = 0; step < STEPS; step++) {
      double[] gw = new double[d];
      double gb = 0;
      for (int i = 0; i < n; i++) {
        double s = b;
        for (int j = 0; j < d; j++) {
          s += w[j] * z[i][j];
        }
        double err = 1 / (1 + Math.exp(-s)) - y.get(i);
        gb += err / n;
        for (int j = 0; j < d; j++) {
          gw[j] += err * z[i][j] / n;
        }
      }
      for (int j = 0; j < d; j++) {
        w[j] -= RATE * (gw[j] + LAMBDA * w[j]);
      }
      b -= RATE * gb;
    }
    return new LinkModel(
        mean, scale, w, b, threshold, threshold * STORYLINE_SHARE, spanDays, embedder);
  }

  /** B³ scores of the embedding path with {@code model} on {@code items}, fed in their order. */
  public ClusterScores score(List<ClustersEval.Item> items, LinkModel model) {
    LearnedClusterer c = new LearnedClusterer(model, settings, signals);
    Map<String, String> gold = new HashMap<>();
    for (ClustersEval.Item it : items) {
      c.assign(it.doc());
      gold.put(it.doc().id(), it.gold());
    }
    Map<String, String> pred = new HashMap<>();
    c.clustering().events().forEach(e -> e.articles().forEach(a -> pred.put(a, e.id())));
    return ClusterScores.of(pred, gold);
  }

  /** The probability thresholds tried. */
  public static double[] grid() {
    // Geometric steps: pairs are mostly negatives, so the useful thresholds sit well below 0.5.
    double[] g = new double[16];
    for (int i = 0; i < g.length; i++) {
      g[i] = Math.round(0.005 * Math.pow(1.4, i) * 10000) / 10000.0;
    }
    return g;
  }

  /**
   * Result of the cross-validation.
   *
   * @param threshold the threshold with the best mean held-out B³ F1 over folds
   * @param meanAtThreshold that mean
   * @param nested the mean held-out B³ F1 when each fold chooses its threshold on its own training
   *     articles: the estimate for unseen data
   * @param foldThresholds the thresholds the folds chose
   * @param foldScores held-out B³ F1 of each fold at its own threshold
   * @param reliability calibration of the held-out pairs (each fold's articles against the earlier
   *     gold events of their fold, scored by the model fitted without them), binned by predicted
   *     probability
   */
  public record CrossValidation(
      double threshold,
      double meanAtThreshold,
      double nested,
      List<Double> foldThresholds,
      List<Double> foldScores,
      List<Bin> reliability) {}

  /**
   * Pairs whose predicted probability lies in [{@code from}, {@code to}).
   *
   * @param pairs how many
   * @param predicted their mean predicted probability
   * @param observed the share of them that are the article's own event
   */
  public record Bin(double from, double to, int pairs, double predicted, double observed) {}

  /** Upper edges of the reliability bins. */
  private static final double[] BIN_EDGES = {0.01, 0.03, 0.1, 0.3, 0.6, 1.0 + 1e-9};

  /** Leave-events-out cross-validation on {@code items}. */
  public CrossValidation crossValidate(List<ClustersEval.Item> items) {
    double[] grid = grid();
    double[] sum = new double[grid.length];
    List<Double> chosen = new ArrayList<>();
    List<Double> nestedScores = new ArrayList<>();
    int[] binCount = new int[BIN_EDGES.length];
    double[] binP = new double[BIN_EDGES.length];
    double[] binY = new double[BIN_EDGES.length];
    int folds = 0;
    for (int f = 0; f < FOLDS; f++) {
      final int fold = f;
      List<ClustersEval.Item> train = items.stream().filter(i -> foldOf(i.gold()) != fold).toList();
      List<ClustersEval.Item> test = items.stream().filter(i -> foldOf(i.gold()) == fold).toList();
      if (train.isEmpty() || test.isEmpty()) {
        continue;
      }
      folds++;
      LinkModel m = fit(train, 0.5);
      List<Double> heldLabels = new ArrayList<>();
      List<double[]> heldPairs = pairs(test, m.eventSpanDays(), heldLabels);
      for (int i = 0; i < heldPairs.size(); i++) {
        double p = m.probability(heldPairs.get(i));
        int b = 0;
        while (p >= BIN_EDGES[b]) {
          b++;
        }
        binCount[b]++;
        binP[b] += p;
        binY[b] += heldLabels.get(i);
      }
      double bestTrain = -1;
      double bestT = grid[0];
      double heldAtBest = 0;
      for (int t = 0; t < grid.length; t++) {
        LinkModel mt = m.withThresholds(grid[t], grid[t] * STORYLINE_SHARE);
        double held = score(test, mt).bcubedF1();
        sum[t] += held;
        double tr = score(train, mt).bcubedF1();
        if (tr > bestTrain + 1e-9) {
          bestTrain = tr;
          bestT = grid[t];
          heldAtBest = held;
        }
      }
      chosen.add(bestT);
      nestedScores.add(heldAtBest);
    }
    int best = 0;
    for (int t = 1; t < grid.length; t++) {
      if (sum[t] > sum[best] + 1e-9) {
        best = t;
      }
    }
    double nested = nestedScores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    List<Bin> bins = new ArrayList<>();
    for (int b = 0; b < BIN_EDGES.length; b++) {
      if (binCount[b] > 0) {
        bins.add(
            new Bin(
                b == 0 ? 0 : BIN_EDGES[b - 1],
                Math.min(1, BIN_EDGES[b]),
                binCount[b],
                binP[b] / binCount[b],
                binY[b] / binCount[b]));
      }
    }
    return new CrossValidation(
        grid[best], folds == 0 ? 0 : sum[best] / folds, nested, chosen, nestedScores, bins);
  }

  static int foldOf(String gold) {
    return Integer.parseInt(Hashing.sha256Hex(4, gold), 16) % FOLDS;
  }

  /** Fits on all of {@code data} at the cross-validated threshold and writes the model file. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: GroupingTrainer dev.jsonl event-link.model");
      System.exit(2);
    }
    Path data = Path.of(args[0]);
    String model = resource(ClustersEval.read(data), data.getFileName().toString(), System.out);
    Files.writeString(Path.of(args[1]), model, StandardCharsets.UTF_8);
  }

  /**
   * The model file fitted on {@code items} (named {@code source} in its comments) with the embedder
   * {@link #embedderName()}, at the threshold chosen by leave-events-out; the dev sweep, the
   * calibration of held-out pairs and the folds' figures are printed on {@code out}.
   */
  public static String resource(List<ClustersEval.Item> items, String source, PrintStream out) {
    String embedder = embedderName();
    GroupingTrainer t =
        new GroupingTrainer(GroupingSettings.defaults(), minilmSignals(embedder), embedder);
    CrossValidation cv = t.crossValidate(items);
    LinkModel m = t.fit(items, cv.threshold());
    ClusterScores dev = t.score(items, m);
    for (double th : grid()) {
      ClusterScores sc = t.score(items, m.withThresholds(th, th * STORYLINE_SHARE));
      out.printf(
          Locale.ROOT,
          "dev at %.4f: B3 P %.4f R %.4f F1 %.4f events %d%n",
          th,
          sc.bcubedPrecision(),
          sc.bcubedRecall(),
          sc.bcubedF1(),
          sc.predicted());
    }
    for (Bin b : cv.reliability()) {
      out.printf(
          Locale.ROOT,
          "held-out pairs p in [%.2f, %.2f): %d, mean predicted %.4f, observed %.4f%n",
          b.from(),
          b.to(),
          b.pairs(),
          b.predicted(),
          b.observed());
    }
    out.printf(
        Locale.ROOT,
        "fold thresholds %s, fold held-out B3 F1 %s%n",
        cv.foldThresholds(),
        cv.foldScores());
    List<String> comments =
        List.of(
            "Link model of the embedding path (LinkFeatures, logistic regression), written by",
            "io.storylens.core.eval.GroupingTrainer from " + source + ":",
            String.format(
                Locale.ROOT,
                "%d articles; event span bound %.0f days (longest gold event); threshold chosen"
                    + " by leave-events-out CV (%d folds): mean held-out B3 F1 %.4f; nested"
                    + " estimate %.4f; dev B3 F1 %.4f",
                items.size(),
                m.eventSpanDays(),
                FOLDS,
                cv.meanAtThreshold(),
                cv.nested(),
                dev.bcubedF1()));
    comments.forEach(out::println);
    return m.write(comments);
  }
}
