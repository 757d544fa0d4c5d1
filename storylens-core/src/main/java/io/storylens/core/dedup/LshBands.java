// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

/**
 * Band layout of a signature: {@code bands} bands of {@code rows} rows. With 32 x 4 a pair at
 * Jaccard 0.8 becomes a candidate with probability 1 - (1 - 0.8^4)^32 > 0.9999, at 0.5 with 0.87,
 * at 0.3 with 0.23; candidates are then verified.
 */
public record LshBands(int bands, int rows) {
  /** The default layout, 128 hashes. */
  public static final LshBands DEFAULT = new LshBands(32, 4);

  public LshBands {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be >= 1: " + bands + "x" + rows);
    }
  }

  /** Signature length this layout needs. */
  public int signatureLength() {
    return bands * rows;
  }

  /** The bucket key of band {@code band}. */
  public long key(int[] signature, int band) {
    if (signature.length != signatureLength()) {
      throw new IllegalArgumentException(
          "signature length " + signature.length + " != " + signatureLength());
    }
    long h = band * 0x9E3779B97F4A7C15L;
    for (int r = band * rows; r < (band + 1) * rows; r++) {
      h = Shingles.mix(h ^ signature[r]);
    }
    return h;
  }
}
