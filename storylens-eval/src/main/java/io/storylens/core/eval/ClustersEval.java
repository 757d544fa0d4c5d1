// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylens.core.cluster.CapitalizedPhrases;
import io.storylens.core.cluster.ClusterDoc;
import io.storylens.core.cluster.ClusterSettings;
import io.storylens.core.cluster.Clusterer;
import io.storylens.core.cluster.GroupingSettings;
import io.storylens.core.cluster.GroupingSignals;
import io.storylens.core.cluster.LinkModel;
import io.storylens.core.cluster.OnlineClusterer;
import io.storylens.core.embed.ArticleEmbeddings;
import io.storylens.core.embed.Embedders;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.ingest.InputFile;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.ClusterStage;
import io.storylens.core.pipeline.Report;
import io.storylens.core.text.Hashing;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code storylens eval clusters --data FILE.jsonl}: feeds the articles in publication order
 * through the online clusterer and scores its events against the gold {@code event_id}. Also prints
 * a threshold sweep and a leave-events-out check (calibrate on four fifths of the events, score the
 * held-out fifth) so that the calibrated threshold's stability is visible on every run. Then, in
 * the same run, the embedding path ({@link io.storylens.core.cluster.LearnedClusterer} with the
 * shipped {@link LinkModel}) with its leave-events-out estimate ({@link GroupingTrainer}), and the
 * naive single-pass anchors over TF-IDF and over MiniLM embeddings ({@link SinglePassBaseline}).
 */
public final class ClustersEval implements EvalTask {
  /** Folds of the leave-events-out check; events are assigned by a hash of their gold id. */
  static final int FOLDS = 5;

  private final Supplier<ClusterSettings> settings;

  public ClustersEval() {
    this(ClusterSettings::defaults);
  }

  ClustersEval(Supplier<ClusterSettings> settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return "clusters";
  }

  @Override
  public String description() {
    return "JSON Lines with id, title, text, source_domain, date_publish and gold event_id"
        + " (layout of news-clusters/dev.jsonl)";
  }

  /** One gold-labelled article. */
  public record Item(ClusterDoc doc, String gold) {}

  @Override
  public Map<String, Object> run(Path data, PrintStream out) {
    List<Item> items = read(data);
    ClusterSettings base = settings.get();
    ClusterScores s = score(items, base);
    out.printf(
        Locale.ROOT,
        "articles %d, gold events %d, predicted events %d%n",
        s.items(),
        s.gold(),
        s.predicted());
    out.printf(
        Locale.ROOT,
        "B3        P %.4f  R %.4f  F1 %.4f%n",
        s.bcubedPrecision(),
        s.bcubedRecall(),
        s.bcubedF1());
    out.printf(
        Locale.ROOT,
        "pairwise  P %.4f  R %.4f  F1 %.4f%n",
        s.pairwisePrecision(),
        s.pairwiseRecall(),
        s.pairwiseF1());
    out.println("threshold sweep (B3 F1):");
    double[] grid = grid();
    StringBuilder line = new StringBuilder();
    for (double t : grid) {
      line.append(
          String.format(
              Locale.ROOT, "  %.2f:%.4f", t, score(items, base.withEventThreshold(t)).bcubedF1()));
    }
    out.println(line.toString().strip());
    Map<String, Object> lo = leaveEventsOut(items, base, grid, out);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("bcubed_precision", round(s.bcubedPrecision()));
    figures.put("bcubed_recall", round(s.bcubedRecall()));
    figures.put("bcubed_f1", round(s.bcubedF1()));
    figures.put("pairwise_precision", round(s.pairwisePrecision()));
    figures.put("pairwise_recall", round(s.pairwiseRecall()));
    figures.put("pairwise_f1", round(s.pairwiseF1()));
    figures.put("clusters", s.predicted());
    figures.put("gold_clusters", s.gold());
    figures.put("articles", s.items());
    figures.putAll(lo);
    figures.putAll(embeddingPath(items, out));
    return figures;
  }

  /**
   * The embedding path with the shipped link model, its leave-events-out estimate (the model
   * refitted without each fold's events), and the two naive single-pass anchors, all on the same
   * articles and the same embeddings (each article is embedded once per run).
   */
  private Map<String, Object> embeddingPath(List<Item> items, PrintStream out) {
    LinkModel shipped = LinkModel.shipped();
    // Every figure of this section on the vectors the shipped model was fitted on.
    Function<ClusterDoc, GroupingSignals.Signals> signals =
        GroupingTrainer.minilmSignals(shipped.embedder());
    GroupingTrainer trainer =
        new GroupingTrainer(GroupingSettings.defaults(), signals, shipped.embedder());
    ClusterScores e = trainer.score(items, shipped);
    out.printf(
        Locale.ROOT,
        "embedding path (link model on %s, threshold %.4f): B3 P %.4f  R %.4f  F1 %.4f  events"
            + " %d%n",
        shipped.embedder(),
        shipped.threshold(),
        e.bcubedPrecision(),
        e.bcubedRecall(),
        e.bcubedF1(),
        e.predicted());
    GroupingTrainer.CrossValidation cv = trainer.crossValidate(items);
    out.printf(
        Locale.ROOT,
        "embedding path leave-events-out (%d folds, model refitted per fold): held-out B3 F1"
            + " %.4f (thresholds chosen per fold %s); best common threshold %.4f, mean %.4f%n",
        GroupingTrainer.FOLDS,
        cv.nested(),
        cv.foldThresholds(),
        cv.threshold(),
        cv.meanAtThreshold());
    // Calibration: held-out pairs binned by predicted probability; a calibrated model's observed
    // share of true links matches the mean prediction in every bin, so one threshold transfers.
    for (GroupingTrainer.Bin b : cv.reliability()) {
      out.printf(
          Locale.ROOT,
          "embedding path held-out calibration: p in [%.2f, %.2f) %d pairs, predicted %.4f,"
              + " observed %.4f%n",
          b.from(),
          b.to(),
          b.pairs(),
          b.predicted(),
          b.observed());
    }
    Function<ClusterDoc, float[]> dense = d -> signals.apply(d).dense();
    double[] denseGrid = steps(0.30, 0.90, 0.025);
    double[] sparseGrid = steps(0.05, 0.80, 0.025);
    Baseline minilm =
        baseline(items, denseGrid, (list, t) -> SinglePassBaseline.dense(list, dense, t));
    Baseline tfidf = baseline(items, sparseGrid, SinglePassBaseline::tfidf);
    out.printf(
        Locale.ROOT,
        "baseline single-pass TF-IDF centroid: dev B3 F1 %.4f at threshold %.3f (chosen on dev);"
            + " leave-events-out %.4f%n",
        tfidf.dev,
        tfidf.threshold,
        tfidf.heldOut);
    out.printf(
        Locale.ROOT,
        "baseline single-pass MiniLM centroid: dev B3 F1 %.4f at threshold %.3f (chosen on dev);"
            + " leave-events-out %.4f%n",
        minilm.dev,
        minilm.threshold,
        minilm.heldOut);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("embedding_bcubed_precision", round(e.bcubedPrecision()));
    m.put("embedding_bcubed_recall", round(e.bcubedRecall()));
    m.put("embedding_bcubed_f1", round(e.bcubedF1()));
    m.put("embedding_clusters", e.predicted());
    m.put("embedding_leave_events_out_bcubed_f1", round(cv.nested()));
    m.put("baseline_tfidf_bcubed_f1", round(tfidf.dev));
    m.put("baseline_tfidf_leave_events_out_bcubed_f1", round(tfidf.heldOut));
    m.put("baseline_minilm_bcubed_f1", round(minilm.dev));
    m.put("baseline_minilm_leave_events_out_bcubed_f1", round(minilm.heldOut));
    m.putAll(seeds(tfidf.threshold, minilm.threshold, out));
    return m;
  }

  /**
   * Where the seeds are looked for: {@code examples/seeds} of the repository the command runs in.
   * The seeds are no gold of this file's layout but the project's standing check (a reader makes
   * three events of one storyline of them), so every path's count is printed beside its scores.
   */
  static final Path SEEDS = Path.of("examples", "seeds");

  /**
   * The events and storylines each path makes of the five seeds: the cheap and embedding paths
   * through the analyzer (language layer, date check), the naive passes at their dev thresholds
   * (one level only: no storylines).
   */
  private static Map<String, Object> seeds(
      double tfidfThreshold, double minilmThreshold, PrintStream out) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (!Files.isDirectory(SEEDS)) {
      out.println("seeds: " + SEEDS + " not found here; not grouped");
      return m;
    }
    List<io.storylens.model.Article> articles = new ArrayList<>();
    Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    try (var files = Files.list(SEEDS)) {
      for (Path p : files.sorted().toList()) {
        articles.addAll(ingestor.read(new InputFile(p.getFileName().toString(), p)).articles());
      }
    } catch (IOException e) {
      throw new StorylensException(ErrorCode.INVALID_INPUT, "cannot read " + SEEDS + ": " + e, e);
    }
    articles.sort(Analyzer.ORDER);
    ArticleEmbeddings embeddings =
        ArticleEmbeddings.memo(Embedders.named(LinkModel.shipped().embedder()));
    Report cheap = Analyzer.builder().build().analyze(articles);
    Report embedding =
        Analyzer.builder().clusters(ClusterStage.embedding(embeddings)).build().analyze(articles);
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    List<Item> docs =
        articles.stream().map(a -> new Item(ClusterDoc.of(a, clock), a.id())).toList();
    int tfidf = SinglePassBaseline.tfidf(docs, tfidfThreshold).predicted();
    int minilm =
        SinglePassBaseline.dense(
                docs, d -> embeddings.of(d.id(), d.title(), d.text()), minilmThreshold)
            .predicted();
    out.printf(
        Locale.ROOT,
        "seeds (%d articles; a reader makes 3 events in 1 storyline): cheap path %d event(s) in %d"
            + " storyline(s); embedding path %d event(s) in %d storyline(s); naive TF-IDF %d event(s);"
            + " naive MiniLM %d event(s)%n",
        articles.size(),
        cheap.events().size(),
        cheap.storylines().size(),
        embedding.events().size(),
        embedding.storylines().size(),
        tfidf,
        minilm);
    m.put("seeds_cheap_events", cheap.events().size());
    m.put("seeds_cheap_storylines", cheap.storylines().size());
    m.put("seeds_embedding_events", embedding.events().size());
    m.put("seeds_embedding_storylines", embedding.storylines().size());
    m.put("seeds_baseline_tfidf_events", tfidf);
    m.put("seeds_baseline_minilm_events", minilm);
    return m;
  }

  private record Baseline(double dev, double threshold, double heldOut) {}

  /**
   * A baseline's best dev figure over {@code grid}, and its leave-events-out figure: the threshold
   * chosen on the other folds' articles, the held-out fold's articles clustered alone.
   */
  private static Baseline baseline(
      List<Item> items, double[] grid, BiFunction<List<Item>, Double, ClusterScores> run) {
    double bestF = -1;
    double bestT = grid[0];
    for (double t : grid) {
      double f = run.apply(items, t).bcubedF1();
      if (f > bestF + 1e-9) {
        bestF = f;
        bestT = t;
      }
    }
    double sum = 0;
    int folds = 0;
    for (int f = 0; f < GroupingTrainer.FOLDS; f++) {
      final int fold = f;
      List<Item> train =
          items.stream().filter(i -> GroupingTrainer.foldOf(i.gold()) != fold).toList();
      List<Item> test =
          items.stream().filter(i -> GroupingTrainer.foldOf(i.gold()) == fold).toList();
      if (train.isEmpty() || test.isEmpty()) {
        continue;
      }
      double trF = -1;
      double trT = grid[0];
      for (double t : grid) {
        double v = run.apply(train, t).bcubedF1();
        if (v > trF + 1e-9) {
          trF = v;
          trT = t;
        }
      }
      sum += run.apply(test, trT).bcubedF1();
      folds++;
    }
    return new Baseline(bestF, bestT, folds == 0 ? 0 : sum / folds);
  }

  private static double[] steps(double from, double to, double step) {
    int n = (int) Math.round((to - from) / step) + 1;
    double[] g = new double[n];
    for (int i = 0; i < n; i++) {
      g[i] = Math.round((from + step * i) * 1000) / 1000.0;
    }
    return g;
  }

  /** Scores the online clusterer with {@code settings} on {@code items}, fed in time order. */
  public static ClusterScores score(List<Item> items, ClusterSettings settings) {
    Clusterer c = new OnlineClusterer(settings, new CapitalizedPhrases());
    Map<String, String> gold = new HashMap<>();
    for (Item it : items) {
      c.assign(it.doc());
      gold.put(it.doc().id(), it.gold());
    }
    Map<String, String> pred = new HashMap<>();
    c.clustering().events().forEach(e -> e.articles().forEach(a -> pred.put(a, e.id())));
    return ClusterScores.of(pred, gold);
  }

  private Map<String, Object> leaveEventsOut(
      List<Item> items, ClusterSettings base, double[] grid, PrintStream out) {
    double sum = 0;
    int folds = 0;
    List<String> chosen = new ArrayList<>();
    for (int f = 0; f < FOLDS; f++) {
      final int fold = f;
      List<Item> train = items.stream().filter(i -> foldOf(i.gold()) != fold).toList();
      List<Item> test = items.stream().filter(i -> foldOf(i.gold()) == fold).toList();
      if (test.isEmpty() || train.isEmpty()) {
        continue;
      }
      double bestT = base.eventThreshold();
      double bestF = -1;
      for (double t : grid) {
        double f1 = score(train, base.withEventThreshold(t)).bcubedF1();
        if (f1 > bestF + 1e-9) {
          bestF = f1;
          bestT = t;
        }
      }
      double held = score(test, base.withEventThreshold(bestT)).bcubedF1();
      chosen.add(String.format(Locale.ROOT, "%.2f", bestT));
      out.printf(
          Locale.ROOT,
          "leave-events-out fold %d: %d held-out articles, threshold %.2f, held-out B3 F1 %.4f%n",
          f,
          test.size(),
          bestT,
          held);
      sum += held;
      folds++;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    if (folds > 0) {
      out.printf(Locale.ROOT, "leave-events-out mean held-out B3 F1 %.4f%n", sum / folds);
      m.put("leave_events_out_bcubed_f1", round(sum / folds));
      m.put("leave_events_out_thresholds", String.join(",", chosen));
    }
    return m;
  }

  private static int foldOf(String gold) {
    return Integer.parseInt(Hashing.sha256Hex(4, gold), 16) % FOLDS;
  }

  private static double[] grid() {
    double[] g = new double[17];
    for (int i = 0; i < g.length; i++) {
      g[i] = Math.round((0.08 + 0.02 * i) * 100) / 100.0;
    }
    return g;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  /**
   * Reads the file: one article per line, sorted by publication time then id. Undated articles are
   * placed after the latest dated one and flagged {@link ClusterDoc#DATE_MISSING}.
   */
  public static List<Item> read(Path data) {
    ObjectMapper mapper = new ObjectMapper();
    List<Item> items = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(data, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StorylensException(ErrorCode.INVALID_INPUT, "cannot read " + data + ": " + e, e);
    }
    Instant latest = Instant.EPOCH;
    List<JsonNode> nodes = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        JsonNode n = mapper.readTree(lines.get(i));
        if (!n.hasNonNull("id") || !n.hasNonNull("event_id")) {
          throw new StorylensException(
              ErrorCode.INVALID_INPUT, data + ":" + (i + 1) + ": needs id and event_id");
        }
        nodes.add(n);
        Optional<Instant> t = time(n);
        if (t.isPresent() && t.get().isAfter(latest)) {
          latest = t.get();
        }
      } catch (IOException e) {
        throw new StorylensException(
            ErrorCode.INVALID_INPUT, data + ":" + (i + 1) + ": not JSON: " + e.getMessage(), e);
      }
    }
    for (JsonNode n : nodes) {
      Optional<Instant> t = time(n);
      // Undated articles arrive "now", i.e. after everything else in the file, flagged.
      ClusterDoc doc =
          new ClusterDoc(
              n.get("id").asText(),
              n.path("title").asText(""),
              n.path("text").asText(""),
              n.path("source_domain").asText("unknown"),
              t.orElse(latest),
              t.isPresent() ? List.of() : List.of(ClusterDoc.DATE_MISSING),
              Optional.empty());
      items.add(new Item(doc, n.get("event_id").asText()));
    }
    items.sort(Comparator.comparing((Item i) -> i.doc().time()).thenComparing(i -> i.doc().id()));
    return items;
  }

  private static Optional<Instant> time(JsonNode n) {
    String s = n.path("date_publish").asText("");
    if (s.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDateTime.parse(s.strip().replace(' ', 'T')).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(
            LocalDate.parse(s.strip().substring(0, Math.min(10, s.strip().length())))
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }
}
