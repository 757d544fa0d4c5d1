// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import io.storylens.model.ErrorCode;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;

/**
 * Splits a JSON Lines byte stream into chunks of whole lines, so a large input is parsed in pieces
 * on several threads and never held in memory at once.
 *
 * <p>Lines are numbered the way the whole-input path numbers them (after decoding it replaces
 * {@code \r\n} and a lone {@code \r} by {@code \n}): {@code \n}, {@code \r\n} and a lone {@code \r}
 * each end a line. A line longer than the size limit is skipped with a problem naming it; the
 * stream as a whole has no size limit, except that a gzip stream may not inflate to more than
 * {@link #MAX_GZIP_RATIO} times its file size (beyond the per-line limit), which stops
 * decompression bombs. A read error (truncated or corrupt gzip) ends the stream with a problem
 * after the lines read.
 *
 * <p>Hand-written: the JDK's and Jackson's readers decode as they read, and this needs the raw
 * bytes of each line (decoded line by line, see {@link Ingestor}) and their line numbers.
 */
final class LineChunker {
  /** A chunk closes after this many lines ... */
  static final int CHUNK_LINES = 256;

  /** ... or once it holds this many bytes. */
  static final int CHUNK_BYTES = 1 << 20;

  /** News text compresses 3 to 5 times; a hundredfold is a bomb, not an archive. */
  static final long MAX_GZIP_RATIO = 100;

  /**
   * Whole lines in input order.
   *
   * @param firstLine the 1-based number of the first line
   * @param lines the bytes of each line without its terminator; a skipped line is empty
   * @param problems lines skipped for their size, and a read error that ended the stream
   */
  record Chunk(int firstLine, List<byte[]> lines, List<IngestProblem> problems) {}

  private final String source;
  private final InputStream in;
  private final long maxLineBytes;
  private final long maxTotalBytes;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private long total;
  private boolean pendingCr;
  private boolean ended;
  private int nextLine = 1;
  private byte[] line = new byte[1 << 12];

  /**
   * @param source the input's name, for problems
   * @param in the decompressed stream; the caller closes it
   * @param maxLineBytes longest line kept
   * @param maxTotalBytes most bytes read from {@code in} ({@code Long.MAX_VALUE}: no limit)
   */
  LineChunker(String source, InputStream in, long maxLineBytes, long maxTotalBytes) {
    this.source = source;
    this.in = in;
    this.maxLineBytes = maxLineBytes;
    this.maxTotalBytes = maxTotalBytes;
  }

  /** The next chunk, or empty at the end of the stream. */
  Optional<Chunk> next() {
    if (ended) {
      return Optional.empty();
    }
    int first = nextLine;
    List<byte[]> lines = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    long bytes = 0;
    while (lines.size() < CHUNK_LINES && bytes < CHUNK_BYTES && !ended) {
      byte[] l = readLine(problems);
      if (l != null) {
        lines.add(l);
        bytes += l.length;
      }
    }
    return lines.isEmpty() && problems.isEmpty()
        ? Optional.empty()
        : Optional.of(new Chunk(first, lines, problems));
  }

  /** One line (empty if skipped), or null when the stream ended without another line. */
  private byte[] readLine(List<IngestProblem> problems) {
    int lineNo = nextLine;
    long length = 0;
    try {
      while (true) {
        if (pos == limit && !fill()) {
          ended = true;
          // A final line without terminator is a line; nothing after the last terminator is not.
          return length == 0 ? null : finish(lineNo, length, problems);
        }
        if (pendingCr) {
          pendingCr = false;
          if (buf[pos] == '\n') {
            pos++; // the \n of \r\n: the line already ended at \r
            continue;
          }
        }
        // Scan to the next terminator, then copy the run at once (a byte-at-a-time copy cost
        // about a tenth of the writer thread, which runs this).
        int end = pos;
        while (end < limit && buf[end] != '\n' && buf[end] != '\r') {
          end++;
        }
        append(length, end - pos);
        length += end - pos;
        pos = end;
        if (end < limit) {
          pendingCr = buf[pos++] == '\r';
          return finish(lineNo, length, problems);
        }
      }
    } catch (IOException e) {
      ended = true;
      problems.add(IngestProblem.of(source, ErrorCode.INVALID_INPUT, readError(lineNo, e)));
      return null;
    } catch (TooLarge e) {
      ended = true;
      problems.add(
          IngestProblem.of(
              source,
              ErrorCode.TOO_LARGE,
              "stopped at line "
                  + lineNo
                  + ": decompresses to more than "
                  + MAX_GZIP_RATIO
                  + " times its size"));
      return null;
    }
  }

  /** Appends {@code n} bytes at {@code pos} to the line, which already has {@code length}. */
  private void append(long length, int n) {
    int keep = (int) Math.max(0, Math.min(n, maxLineBytes - length)); // past the limit: counted
    if (keep == 0) {
      return;
    }
    int at = (int) length;
    if (at + keep > line.length) {
      line =
          Arrays.copyOf(line, (int) Math.min(maxLineBytes, Math.max(2L * line.length, at + keep)));
    }
    System.arraycopy(buf, pos, line, at, keep);
  }

  private byte[] finish(int lineNo, long length, List<IngestProblem> problems) {
    nextLine = lineNo + 1;
    if (length > maxLineBytes) {
      problems.add(
          new IngestProblem(
              source,
              Optional.of(lineNo),
              ErrorCode.TOO_LARGE,
              "line is " + length + " bytes, over the limit of " + maxLineBytes));
      return new byte[0];
    }
    return Arrays.copyOf(line, (int) length);
  }

  private boolean fill() throws IOException, TooLarge {
    int n = in.read(buf);
    if (n <= 0) {
      return false;
    }
    total += n;
    if (total > maxTotalBytes) {
      throw new TooLarge();
    }
    pos = 0;
    limit = n;
    return true;
  }

  private static String readError(int lineNo, IOException e) {
    String what =
        e instanceof EOFException
            ? "truncated gzip data"
            : e instanceof ZipException
                ? "corrupt gzip data: " + e.getMessage()
                : "cannot read: " + e;
    return what + " at line " + lineNo + "; the lines before it were read";
  }

  /** Control flow out of {@link #fill()} only. */
  private static final class TooLarge extends Exception {
    TooLarge() {
      super(null, null, false, false);
    }
  }
}
