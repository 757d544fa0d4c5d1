// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import io.storylens.core.embed.Embedder;
import io.storylens.core.embed.MiniLmEmbedder;
import io.storylens.core.eval.EvalTask;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code storylens eval paraphrase --data DIR}: scores every MSRP pair file in DIR with the shipped
 * {@link SentenceSimilarity} weights and threshold, and with the lexical features next to the
 * MiniLM cosine ({@link EmbeddedParaphrase}). IDF is counted per file over its own sentences
 * (unsupervised; labels are never read before scoring).
 */
public final class ParaphraseEval implements EvalTask {
  private final Embedder embedder;

  public ParaphraseEval() {
    this(new MiniLmEmbedder());
  }

  ParaphraseEval(Embedder embedder) {
    this.embedder = embedder;
  }

  @Override
  public String name() {
    return "paraphrase";
  }

  @Override
  public String description() {
    return "MSRP pair files msr_paraphrase_*.txt (Quality, #1 ID, #2 ID, #1 String, #2 String)";
  }

  @Override
  public Map<String, Object> run(Path data, PrintStream out) {
    List<Path> files = MsrpPairs.files(data);
    if (files.isEmpty()) {
      throw new io.storylens.model.StorylensException(
          io.storylens.model.ErrorCode.INVALID_INPUT,
          "no msr_paraphrase_*.txt pair file in " + data);
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    int[] dense = new int[4]; // tp, fp, fn, tn of the embedding model
    EmbeddedParaphrase.Weights weights = EmbeddedParaphrase.Weights.shipped();
    for (Path f : files) {
      List<MsrpPairs.Pair> pairs = MsrpPairs.read(f);
      SentenceSimilarity sim = new SentenceSimilarity(Idf.of(MsrpPairs.sentences(pairs)));
      EmbeddedParaphrase withEmbeddings = new EmbeddedParaphrase(sim, embedder, weights);
      for (MsrpPairs.Pair p : pairs) {
        boolean said = withEmbeddings.paraphrase(p.a(), p.b());
        dense[said ? (p.paraphrase() ? 0 : 1) : (p.paraphrase() ? 2 : 3)]++;
      }
      int ftp = 0;
      int fok = 0;
      for (MsrpPairs.Pair p : pairs) {
        boolean said = sim.probability(p.a(), p.b()) >= SentenceSimilarity.THRESHOLD;
        if (said && p.paraphrase()) {
          tp++;
          ftp++;
        } else if (said) {
          fp++;
        } else if (p.paraphrase()) {
          fn++;
        } else {
          tn++;
        }
        fok += said == p.paraphrase() ? 1 : 0;
      }
      out.printf(
          Locale.ROOT,
          "%-40s pairs %5d  accuracy %.4f%n",
          f.getFileName(),
          pairs.size(),
          pairs.isEmpty() ? 0.0 : fok / (double) pairs.size());
    }
    int total = tp + fp + fn + tn;
    double accuracy = total == 0 ? 0 : (tp + tn) / (double) total;
    double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    out.printf(
        Locale.ROOT,
        "accuracy %.4f  precision %.4f  recall %.4f  F1 %.4f  pairs %d%n",
        accuracy,
        precision,
        recall,
        f1,
        total);
    int dtotal = dense[0] + dense[1] + dense[2] + dense[3];
    double daccuracy = dtotal == 0 ? 0 : (dense[0] + dense[3]) / (double) dtotal;
    double df1 = dense[0] == 0 ? 0 : 2.0 * dense[0] / (2.0 * dense[0] + dense[1] + dense[2]);
    out.printf(
        Locale.ROOT,
        "with embeddings (lexical features + MiniLM cosine): accuracy %.4f  F1 %.4f  pairs %d%n",
        daccuracy,
        df1,
        dtotal);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("accuracy", round(accuracy));
    figures.put("f1", round(f1));
    figures.put("embedding_accuracy", round(daccuracy));
    figures.put("embedding_f1", round(df1));
    figures.put("pairs", total);
    return figures;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
