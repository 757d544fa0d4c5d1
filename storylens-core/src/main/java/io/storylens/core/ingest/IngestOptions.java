// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

/**
 * Ingest settings.
 *
 * @param maxBytes largest accepted input (after decompression), in bytes
 */
public record IngestOptions(long maxBytes) {
  /** The default size limit: 20 MB. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  public IngestOptions {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
  }

  /** Defaults. */
  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_BYTES);
  }
}
