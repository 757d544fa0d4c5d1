// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/** Decides how an input is split into {@link Ingestor.Parts}: streamed JSON Lines, or whole. */
final class InputParts {
  private static final int BUFFER = 1 << 16;

  /** Bytes looked at to decide; the same window {@link Decoding} checks for binary content. */
  private static final int PEEK_BYTES = 8192;

  private InputParts() {}

  /**
   * Streams {@code file} as JSON Lines when its (decompressed) start is text that is detected as
   * JSON Lines, without a UTF-16 byte-order mark (lines cannot be split on bytes then); everything
   * else, including whatever cannot be opened, is one part read by {@code whole}, which reports
   * what is wrong.
   */
  static Ingestor.Parts open(
      InputFile file,
      long maxBytes,
      Function<InputFile, Ingestor.Result> whole,
      BiFunction<String, LineChunker.Chunk, Ingestor.Result> lines) {
    InputStream in = null;
    try {
      in = new BufferedInputStream(Files.newInputStream(file.path()), BUFFER);
      byte[] head = peek(in, Ingestor.HEAD_BYTES);
      boolean gzip = Decoding.isGzip(head);
      if (!WarcParser.isWarc(head)) {
        if (gzip) {
          in = new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
        }
        if (isJsonLines(peek(in, PEEK_BYTES))) {
          // A gzip bomb of valid lines would otherwise run without end.
          long maxTotal =
              gzip
                  ? Math.max(maxBytes, LineChunker.MAX_GZIP_RATIO * Files.size(file.path()))
                  : Long.MAX_VALUE;
          return streamed(file, new LineChunker(file.name(), in, maxBytes, maxTotal), in, lines);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // Not streamable (e.g. corrupt gzip header): the whole-input path names the problem.
    }
    close(in);
    return once(() -> whole.apply(file));
  }

  private static byte[] peek(InputStream in, int n) throws IOException {
    in.mark(n);
    byte[] head = in.readNBytes(n);
    in.reset();
    return head;
  }

  private static boolean isJsonLines(byte[] start) {
    return start.length > 0
        && !Decoding.looksBinary(start)
        && !Decoding.hasUtf16Bom(start)
        && FormatDetector.detect(new String(start, StandardCharsets.UTF_8)) == Format.JSONL;
  }

  private static Ingestor.Parts streamed(
      InputFile file,
      LineChunker chunker,
      InputStream in,
      BiFunction<String, LineChunker.Chunk, Ingestor.Result> lines) {
    return new Ingestor.Parts() {
      @Override
      public Optional<Supplier<Ingestor.Result>> next() {
        return chunker.next().map(c -> () -> lines.apply(file.name(), c));
      }

      @Override
      public void close() {
        InputParts.close(in);
      }
    };
  }

  private static Ingestor.Parts once(Supplier<Ingestor.Result> part) {
    return new Ingestor.Parts() {
      private boolean done;

      @Override
      public Optional<Supplier<Ingestor.Result>> next() {
        if (done) {
          return Optional.empty();
        }
        done = true;
        return Optional.of(part);
      }

      @Override
      public void close() {}
    };
  }

  private static void close(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // Read-only input: nothing was written that closing could lose.
      }
    }
  }
}
