// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import io.storylens.model.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code storylens eval extraction}: main-text extraction from HTML pages, scored against the gold
 * article bodies of the Scrapinghub article-extraction benchmark with its own shingle method
 * ({@link ShingleScore}). Each page goes through the real ingest path ({@link Ingestor}: decode,
 * parse, clean), so the figure is that of the text Storylens stores. A rejected page counts as an
 * empty prediction.
 */
public final class ExtractionEval implements EvalTask {
  private final int limit;

  /** Evaluates every page. */
  public ExtractionEval() {
    this(Integer.MAX_VALUE);
  }

  /** Evaluates the first {@code limit} pages in id order (a quick subset for tests). */
  public ExtractionEval(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    this.limit = limit;
  }

  @Override
  public String name() {
    return "extraction";
  }

  @Override
  public String description() {
    return "DIR with html/<id>.html.gz and ground-truth.json {id: {articleBody, url}}";
  }

  @Override
  public Map<String, Object> run(Path data, PrintStream out) {
    Map<String, Gold> gold = gold(data);
    Map<String, String> predicted = predict(data, gold.keySet());
    List<ShingleScore.Counts> counts = new ArrayList<>();
    out.printf(Locale.ROOT, "%-16s %-32s %9s %9s %9s%n", "id", "host", "precision", "recall", "f1");
    for (Map.Entry<String, String> e : predicted.entrySet()) {
      Gold g = gold.get(e.getKey());
      ShingleScore.Counts c = ShingleScore.match(g.body(), e.getValue());
      counts.add(c);
      double p = c.precision();
      double r = c.recall();
      out.printf(
          Locale.ROOT,
          "%-16s %-32s %9.3f %9.3f %9.3f%n",
          e.getKey().substring(0, Math.min(16, e.getKey().length())),
          host(g.url()),
          p,
          r,
          p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
    ShingleScore.Totals t = ShingleScore.totals(counts);
    out.printf(
        Locale.ROOT,
        "%-49s %9.4f %9.4f %9.4f  (%d pages)%n",
        "mean",
        t.precision(),
        t.recall(),
        t.f1(),
        t.items());
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("precision", t.precision());
    figures.put("recall", t.recall());
    figures.put("f1", t.f1());
    figures.put("items", t.items());
    return figures;
  }

  /**
   * The extracted body of each page among {@code ids} (sorted, at most {@code limit}); empty when
   * the page was rejected.
   */
  public Map<String, String> predict(Path data, Iterable<String> ids) {
    Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    Map<String, String> out = new TreeMap<>();
    for (String id : ids) {
      if (out.size() >= limit) {
        break;
      }
      Path page = data.resolve("html").resolve(id + ".html.gz");
      try {
        byte[] bytes = Files.readAllBytes(page);
        Ingestor.Result r = ingestor.read(page.getFileName().toString(), bytes);
        out.put(id, r.articles().isEmpty() ? "" : r.articles().get(0).text());
      } catch (IOException e) {
        throw new StorylensException(ErrorCode.INVALID_INPUT, "cannot read " + page + ": " + e);
      }
    }
    return out;
  }

  /** One gold item: the article body and the page URL. */
  record Gold(String body, String url) {}

  /** Gold items by id, sorted by id. */
  static Map<String, Gold> gold(Path data) {
    Path file = data.resolve("ground-truth.json");
    if (!Files.isRegularFile(file)) {
      throw new StorylensException(
          ErrorCode.INVALID_INPUT, data + " has no ground-truth.json (expected html/ beside it)");
    }
    try {
      JsonNode root = Json.mapper().readTree(file.toFile());
      Map<String, Gold> gold = new TreeMap<>();
      root.fields()
          .forEachRemaining(
              e ->
                  gold.put(
                      e.getKey(),
                      new Gold(
                          e.getValue().path("articleBody").asText(""),
                          e.getValue().path("url").asText(""))));
      return gold;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String host(String url) {
    try {
      String h = java.net.URI.create(url).getHost();
      return h == null ? "" : h.length() > 32 ? h.substring(0, 32) : h;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
