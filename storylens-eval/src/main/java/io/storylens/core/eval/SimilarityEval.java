// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.storylens.core.embed.ArticleEmbeddings;
import io.storylens.core.embed.Embedder;
import io.storylens.core.embed.MiniLmEmbedder;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code storylens eval similarity --data FILE.csv}: how well the embedding of two articles' title
 * and lead tells whether they report the same story, on the SemEval-2022 Task 8 layout (columns
 * {@code pair_id}, {@code text1}, {@code text2}, {@code Overall}; {@code Overall} runs from 1, same
 * story, to 4, unrelated). The predicted similarity of a pair is the cosine of the two embeddings
 * (the same vectors the grouping compares); the figure is its Pearson correlation with the gold
 * similarity {@code 5 - Overall}. Nothing is fitted on the file.
 */
public final class SimilarityEval implements EvalTask {
  private final Embedder embedder;

  public SimilarityEval() {
    this(new MiniLmEmbedder());
  }

  SimilarityEval(Embedder embedder) {
    this.embedder = embedder;
  }

  @Override
  public String name() {
    return "similarity";
  }

  @Override
  public String description() {
    return "CSV in the SemEval-2022 Task 8 layout (pair_id, text1, text2, Overall)";
  }

  /** One scored pair. */
  record Pair(String id, String text1, String text2, double gold) {}

  @Override
  public Map<String, Object> run(Path data, PrintStream out) {
    List<Pair> pairs = read(data);
    ArticleEmbeddings emb = ArticleEmbeddings.memo(embedder);
    double[] pred = new double[pairs.size()];
    double[] gold = new double[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      Pair p = pairs.get(i);
      // The texts start with their headline; both go through the same title-and-lead cut.
      float[] a = emb.of(p.id() + "#1", "", p.text1());
      float[] b = emb.of(p.id() + "#2", "", p.text2());
      pred[i] = Embedder.cosine(a, b);
      gold[i] = p.gold();
    }
    double r = pearson(pred, gold);
    out.printf(
        Locale.ROOT,
        "pairs %d  Pearson (cosine of embeddings vs 5 - Overall) %.4f%n",
        pairs.size(),
        r);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("pearson", Math.round(r * 10000) / 10000.0);
    figures.put("pairs", pairs.size());
    return figures;
  }

  /** Pearson's correlation of two series of the same length (0 when either is constant). */
  static double pearson(double[] x, double[] y) {
    int n = x.length;
    if (n == 0) {
      return 0;
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i] / n;
      my += y[i] / n;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }

  /** Reads the pairs; a missing column or a non-numeric {@code Overall} names the file and row. */
  static List<Pair> read(Path data) {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    List<Pair> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(data, StandardCharsets.UTF_8);
        MappingIterator<Map<String, String>> rows =
            mapper.readerFor(Map.class).with(schema).readValues(r)) {
      int row = 1;
      while (rows.hasNext()) {
        row++;
        Map<String, String> m = rows.next();
        for (String col : List.of("pair_id", "text1", "text2", "Overall")) {
          if (m.get(col) == null) {
            throw new StorylensException(
                ErrorCode.INVALID_INPUT, data + ": row " + row + " has no column " + col);
          }
        }
        double overall;
        try {
          overall = Double.parseDouble(m.get("Overall").strip());
        } catch (NumberFormatException e) {
          throw new StorylensException(
              ErrorCode.INVALID_INPUT,
              data + ": row " + row + ": Overall is not a number: " + m.get("Overall"),
              e);
        }
        out.add(new Pair(m.get("pair_id"), m.get("text1"), m.get("text2"), 5 - overall));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof StorylensException s) {
        throw s;
      }
      throw new StorylensException(
          ErrorCode.INVALID_INPUT, "cannot read " + data + " as CSV: " + e.getMessage(), e);
    }
    if (out.isEmpty()) {
      throw new StorylensException(ErrorCode.INVALID_INPUT, data + ": no pairs");
    }
    return out;
  }
}
