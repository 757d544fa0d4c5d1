// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.embed;

/**
 * The embedders by the name their vectors are kept under ({@link StoredEmbeddings}), so that a
 * model fitted on vectors can name the embedder that made them and be run with that one only.
 */
public final class Embedders {
  /**
   * Word pieces of title and lead the embedding path's embedder reads: about the headline and the
   * first sentence. Chosen by leave-events-out cross-validation of the link model (nested B³ F1
   * 0.9542 at 48, 0.9545 at 64 and 128, 0.9511 at 40) and by cost: about 10 ms CPU per article at
   * 48, one text per call, against about 27 ms for the library embedder at 128.
   */
  public static final int GROUPING_PIECES = 48;

  /** The name of the embedder the embedding path uses (the shipped link model names it too). */
  public static final String GROUPING = batchName(GROUPING_PIECES);

  private static final String BATCH_PREFIX = MiniLmEmbedder.MODEL + "-batch-";

  private Embedders() {}

  /** The name of {@link MiniLmBatchEmbedder}'s vectors cut at {@code pieces} word pieces. */
  static String batchName(int pieces) {
    return BATCH_PREFIX + pieces;
  }

  /**
   * The embedder whose vectors are kept under {@code model}: {@link MiniLmEmbedder#MODEL} (the
   * library embedder, 128 word pieces) or {@code all-minilm-l6-v2-q-batch-N} ({@link
   * MiniLmBatchEmbedder} at N word pieces, each text embedded alone).
   *
   * @throws IllegalArgumentException for any other name
   */
  public static Embedder named(String model) {
    if (model.equals(MiniLmEmbedder.MODEL)) {
      return new MiniLmEmbedder();
    }
    if (model.startsWith(BATCH_PREFIX)) {
      String n = model.substring(BATCH_PREFIX.length());
      if (n.matches("[0-9]{1,3}")) {
        MiniLmBatchEmbedder b = new MiniLmBatchEmbedder(Integer.parseInt(n), 1, 1);
        if (b.model().equals(model)) {
          return b;
        }
      }
    }
    throw new IllegalArgumentException("no embedder is named " + model);
  }
}
