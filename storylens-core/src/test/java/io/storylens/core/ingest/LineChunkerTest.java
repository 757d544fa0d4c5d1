// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Lines as the whole-input path splits them, wherever the stream's reads happen to end. */
class LineChunkerTest {
  /** A stream that returns at most {@code step} bytes per read. */
  private static InputStream trickle(byte[] bytes, int step) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, step));
      }
    };
  }

  private static List<String> lines(byte[] bytes, int step, long maxLine) {
    LineChunker chunker = new LineChunker("x", trickle(bytes, step), maxLine, Long.MAX_VALUE);
    List<String> out = new ArrayList<>();
    for (Optional<LineChunker.Chunk> c = chunker.next(); c.isPresent(); c = chunker.next()) {
      assertThat(c.get().firstLine()).isEqualTo(out.size() + 1);
      c.get().lines().forEach(l -> out.add(new String(l, StandardCharsets.UTF_8)));
    }
    return out;
  }

  /** What the whole-input path sees: line breaks normalized, then split on \n. */
  private static List<String> expected(String text) {
    List<String> l =
        new ArrayList<>(List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
    if (l.get(l.size() - 1).isEmpty()) {
      l.remove(l.size() - 1); // nothing after the last terminator is not a line
    }
    return l;
  }

  @Test
  void everyLineEndingAtEveryReadBoundary() {
    SplittableRandom random = new SplittableRandom(7);
    String[] pieces = {"a", "bc", "{\"x\":1}", "", " ", "\r", "\n", "\r\n", "é"};
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(1, 40);
      for (int i = 0; i < n; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      for (int step : new int[] {1, 2, 3, 7, 1 << 16}) {
        assertThat(lines(bytes, step, 1 << 20))
            .as("%s by %d", text, step)
            .isEqualTo(expected(text));
      }
    }
  }

  @Test
  void aLineOverTheLimitIsEmptiedAndReportedWithItsNumber() {
    byte[] bytes = "short\r\n0123456789\nok".getBytes(StandardCharsets.UTF_8);
    for (int step : new int[] {1, 4, 100}) {
      LineChunker chunker = new LineChunker("f.jsonl", trickle(bytes, step), 8, Long.MAX_VALUE);
      LineChunker.Chunk c = chunker.next().orElseThrow();
      assertThat(c.lines()).extracting(String::new).containsExactly("short", "", "ok");
      assertThat(c.problems())
          .singleElement()
          .satisfies(p -> assertThat(p.line()).contains(2))
          .satisfies(p -> assertThat(p.reason()).contains("10 bytes, over the limit of 8"));
      assertThat(chunker.next()).isEmpty();
    }
  }

  @Test
  void chunksCloseAtTheirLineCount() {
    byte[] bytes = "{}\n".repeat(LineChunker.CHUNK_LINES * 2 + 1).getBytes(StandardCharsets.UTF_8);
    LineChunker chunker =
        new LineChunker("x", new ByteArrayInputStream(bytes), 100, Long.MAX_VALUE);
    assertThat(chunker.next().orElseThrow().lines()).hasSize(LineChunker.CHUNK_LINES);
    assertThat(chunker.next().orElseThrow().firstLine()).isEqualTo(LineChunker.CHUNK_LINES + 1);
    assertThat(chunker.next().orElseThrow().lines()).hasSize(1);
    assertThat(chunker.next()).isEmpty();
  }
}
