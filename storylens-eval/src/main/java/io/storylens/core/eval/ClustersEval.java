// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylens.core.cluster.CapitalizedPhrases;
import io.storylens.core.cluster.ClusterDoc;
import io.storylens.core.cluster.ClusterSettings;
import io.storylens.core.cluster.Clusterer;
import io.storylens.core.cluster.OnlineClusterer;
import io.storylens.core.text.Hashing;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
import java.util.function.Supplier;

/**
 * {@code storylens eval clusters --data FILE.jsonl}: feeds the articles in publication order
 * through the online clusterer and scores its events against the gold {@code event_id}. Also prints
 * a threshold sweep and a leave-events-out check (calibrate on four fifths of the events, score the
 * held-out fifth) so that the calibrated threshold's stability is visible on every run.
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
    return figures;
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
            java.time.LocalDate.parse(s.strip().substring(0, Math.min(10, s.strip().length())))
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }
}
