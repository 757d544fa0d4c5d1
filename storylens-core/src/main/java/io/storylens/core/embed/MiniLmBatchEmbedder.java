// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The model of {@link MiniLmEmbedder} run on ONNX Runtime directly, many texts per session call:
 * texts are tokenized once (the library's model class tokenizes each text about three times), cut
 * at {@code maxPieces} word pieces, sorted by length so that a batch pads little, and mean-pooled
 * over their own word pieces only. Batches run on {@code workers} threads over one session, each
 * call on one intra-op thread.
 *
 * <p>Contract: the same list of texts gives the same bits on every call. A text's vector is not
 * bit-identical to {@link MiniLmEmbedder}'s, nor to its vector in another list: the quantized graph
 * scales its activations once per call (DynamicQuantizeLinear over the whole batch), so batch mates
 * move the last bits. Vectors of this embedder are therefore kept under their own model name
 * ({@link #model()}) and never mixed with the single-text embedder's. {@link #embed} runs its text
 * alone, so that vector depends on the text only and is the same bits on every call: what a store
 * that keeps one vector per article, computed whenever the article arrives, needs.
 */
public final class MiniLmBatchEmbedder implements Embedder {
  private final int maxPieces;
  private final int batchSize;
  private final int workers;
  private final HuggingFaceTokenizer tokenizer;

  private static final class Holder {
    static final OrtSession SESSION = MiniLmEmbedder.session();
  }

  /**
   * @param maxPieces word pieces the model sees of each text, special tokens included (at most 512;
   *     the single-text embedder's tokenizer cuts at 128)
   * @param batchSize texts per session call
   * @param workers threads running batches at once
   */
  public MiniLmBatchEmbedder(int maxPieces, int batchSize, int workers) {
    if (maxPieces < 8 || maxPieces > 512 || batchSize < 1 || workers < 1) {
      throw new IllegalArgumentException(
          "need 8-512 word pieces, a batch of at least 1 and at least 1 worker");
    }
    this.maxPieces = maxPieces;
    this.batchSize = batchSize;
    this.workers = workers;
    try (InputStream in = MiniLmEmbedder.resource(MiniLmEmbedder.TOKENIZER)) {
      this.tokenizer =
          HuggingFaceTokenizer.newInstance(
              in,
              Map.of(
                  "padding", "false",
                  "truncation", "true",
                  "maxLength", Integer.toString(maxPieces)));
    } catch (IOException e) {
      throw new IllegalStateException("cannot load the MiniLM tokenizer: " + e.getMessage(), e);
    }
  }

  /** The name its vectors are kept under: the model and the word pieces it sees. */
  public String model() {
    return Embedders.batchName(maxPieces);
  }

  /**
   * The embedding of {@code text} computed alone (a batch of one, no padding): its bits depend on
   * the text only, not on what else is embedded.
   */
  @Override
  public float[] embed(String text) {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    return embedAll(List.of(text)).get(0);
  }

  /** The unit-length embeddings of {@code texts}, in their order (all zeros for a blank text). */
  public List<float[]> embedAll(List<String> texts) {
    float[][] out = new float[texts.size()][];
    List<Integer> todo = new ArrayList<>();
    Map<Integer, long[]> ids = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      if (t.isBlank()) {
        out[i] = new float[MiniLmEmbedder.DIMENSION];
      } else {
        ids.put(i, pieces(t));
        todo.add(i);
      }
    }
    // Shortest first, ties in input order: a batch holds texts of nearly one length.
    todo.sort(Comparator.comparingInt((Integer i) -> ids.get(i).length).thenComparing(i -> i));
    List<List<Integer>> batches = new ArrayList<>();
    for (int from = 0; from < todo.size(); from += batchSize) {
      batches.add(todo.subList(from, Math.min(todo.size(), from + batchSize)));
    }
    if (workers == 1 || batches.size() < 2) {
      for (List<Integer> b : batches) {
        run(b, ids, out);
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, batches.size()));
      try {
        List<Future<?>> done = new ArrayList<>();
        for (List<Integer> b : batches) {
          done.add(pool.submit(() -> run(b, ids, out)));
        }
        for (Future<?> f : done) {
          f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while embedding", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("embedding failed: " + e.getCause(), e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    return List.of(out);
  }

  /**
   * The word pieces the model sees of {@code text}: those of a prefix when it already holds them
   * all. A title and lead of 1,500 characters has about 380 word pieces of which the model sees 64
   * or fewer, and tokenizing the whole text costs about a tenth of embedding it. The prefix is cut
   * at a space, and the tokenizer splits words at spaces and punctuation without looking across
   * them, so the word pieces of the words before the cut are those of the whole text: when the
   * prefix fills the window, the result is the same; when it does not, the whole text is tokenized.
   */
  long[] pieces(String text) {
    int limit = maxPieces * PREFIX_CHARS_PER_PIECE;
    if (text.length() > limit) {
      int cut = text.lastIndexOf(' ', limit);
      if (cut > 0) {
        long[] prefix = tokenizer.encode(text.substring(0, cut)).getIds();
        if (prefix.length >= maxPieces) {
          return prefix;
        }
      }
    }
    return tokenizer.encode(text).getIds();
  }

  /**
   * Characters of prefix tokenized per word piece of the window: English news averages about four
   * characters per word piece, so six leave room for short words and numbers, and a prefix that
   * still falls short costs one more tokenization, never a different result.
   */
  static final int PREFIX_CHARS_PER_PIECE = 6;

  /** Embeds one batch, padded to its longest text, into {@code out}. */
  private static void run(List<Integer> batch, Map<Integer, long[]> ids, float[][] out) {
    int len = 0;
    for (int i : batch) {
      len = Math.max(len, ids.get(i).length);
    }
    long[][] input = new long[batch.size()][len];
    long[][] mask = new long[batch.size()][len];
    long[][] types = new long[batch.size()][len];
    for (int r = 0; r < batch.size(); r++) {
      long[] t = ids.get(batch.get(r));
      System.arraycopy(t, 0, input[r], 0, t.length);
      Arrays.fill(mask[r], 0, t.length, 1L);
    }
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    OrtSession session = Holder.SESSION;
    try (OnnxTensor a = OnnxTensor.createTensor(env, input);
        OnnxTensor m = OnnxTensor.createTensor(env, mask);
        OnnxTensor y = OnnxTensor.createTensor(env, types)) {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      inputs.put("input_ids", a);
      inputs.put("attention_mask", m);
      if (session.getInputNames().contains("token_type_ids")) {
        inputs.put("token_type_ids", y);
      }
      try (OrtSession.Result result = session.run(inputs)) {
        // One flat copy of the [batch, length, dimension] output rather than nested arrays.
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        int dim = MiniLmEmbedder.DIMENSION;
        for (int r = 0; r < batch.size(); r++) {
          out[batch.get(r)] = meanPool(hidden, r * len * dim, ids.get(batch.get(r)).length, dim);
        }
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the MiniLM model failed: " + e.getMessage(), e);
    }
  }

  /**
   * The mean of the first {@code n} token vectors of the text whose rows start at {@code from} (the
   * text's own, padding left out), unit length.
   */
  private static float[] meanPool(FloatBuffer hidden, int from, int n, int dim) {
    float[] sum = new float[dim];
    for (int t = 0; t < n; t++) {
      int at = from + t * dim;
      for (int d = 0; d < dim; d++) {
        sum[d] += hidden.get(at + d);
      }
    }
    for (int d = 0; d < sum.length; d++) {
      sum[d] /= n;
    }
    return MiniLmEmbedder.normalized(sum);
  }
}
