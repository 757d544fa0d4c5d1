// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.ErrorCode;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON Lines files are streamed in chunks of lines: the same articles and problems as reading the
 * whole input at once, in bounded memory, with no size limit but per line.
 */
class JsonLinesStreamTest {
  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  /** The dev corpus with every line ending and gzip: streamed equals whole, chunk by chunk. */
  @NeedsSharedData
  @Test
  void streamedDevCorpusEqualsTheWholeInputPath() throws Exception {
    byte[] dev = Files.readAllBytes(Fixtures.sharedData("news-clusters").resolve("dev.jsonl"));
    String text = new String(dev, StandardCharsets.UTF_8);
    // Enough lines for several chunks, some blank and some broken, with every line ending.
    String many = (text + "\n{broken\n\n").repeat(2);
    Ingestor ingestor = new Ingestor(new IngestOptions(64L * 1024 * 1024));
    for (String eol : List.of("\n", "\r\n", "\r")) {
      byte[] bytes = many.replace("\n", eol).getBytes(StandardCharsets.UTF_8);
      Ingestor.Result whole = ingestor.read("dev.jsonl", bytes);
      for (byte[] input : List.of(bytes, gzip(bytes))) {
        InputFile f = new InputFile("dev.jsonl", write("dev.jsonl", input));
        assertThat(parts(ingestor, f))
            .as("parts with %s", eol.replace("\r", "CR"))
            .isGreaterThan(1);
        Ingestor.Result streamed = ingestor.read(f);
        assertThat(streamed.articles())
            .hasSize(whole.articles().size())
            .isEqualTo(whole.articles());
        assertThat(streamed.problems()).isEqualTo(whole.problems()).hasSize(2);
      }
    }
  }

  @Test
  void aFileOverTheSizeLimitIsStreamedAndOnlyAnOverlongLineIsRefused() throws Exception {
    String line =
        "{\"title\":\"T%d\",\"text\":\"Officials met on Monday in Geneva, round %d.\",\"url\":"
            + "\"https://a.example/%d\",\"date_publish\":\"2022-01-10\"}\n";
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 300; i++) {
      sb.append(String.format(line, i, i, i));
      if (i == 280) {
        sb.append("{\"text\":\"").append("x".repeat(5000)).append("\"}\n"); // line 281
      }
    }
    Ingestor ingestor = new Ingestor(new IngestOptions(4096));
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isGreaterThan(4096 * 5);
    Ingestor.Result r = ingestor.read(new InputFile("big.jsonl", write("big.jsonl", bytes)));
    assertThat(r.articles()).hasSize(300);
    assertThat(r.articles().get(299).source()).isEqualTo("big.jsonl#301");
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).contains(281);
              assertThat(p.code()).isEqualTo(ErrorCode.TOO_LARGE);
              assertThat(p.toString()).startsWith("big.jsonl").contains("over the limit");
            });
  }

  @NeedsSharedData
  @Test
  void aTruncatedGzipKeepsTheLinesBeforeTheCut() throws Exception {
    byte[] dev = Files.readAllBytes(Fixtures.sharedData("news-clusters").resolve("dev.jsonl"));
    byte[] gz = gzip(dev);
    Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    Ingestor.Result r =
        ingestor.read(
            new InputFile("cut.jsonl.gz", write("cut.jsonl.gz", Arrays.copyOf(gz, gz.length / 2))));
    assertThat(r.articles()).hasSizeBetween(50, 197);
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(ErrorCode.INVALID_INPUT);
              assertThat(p.reason()).contains("truncated gzip data at line");
            });
  }

  @Test
  void aGzipBombOfValidLinesIsStopped() throws Exception {
    byte[] lines =
        "{\"text\":\"Officials met on Monday.\"}\n"
            .repeat(100_000)
            .getBytes(StandardCharsets.UTF_8);
    byte[] bomb = gzip(lines);
    assertThat(lines.length).isGreaterThan(100 * bomb.length);
    Ingestor ingestor = new Ingestor(new IngestOptions(4096));
    Ingestor.Result r = ingestor.read(new InputFile("bomb.jsonl.gz", write("bomb.jsonl.gz", bomb)));
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(ErrorCode.TOO_LARGE);
              assertThat(p.reason()).contains("decompresses to more than 100 times");
            });
    assertThat(r.articles().size()).isLessThan(100_000);
  }

  @Test
  void eachLineIsDecodedOnItsOwn() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write("{\"text\":\"Le caf\u00e9 a ferm\u00e9 lundi.\"}\n".getBytes(StandardCharsets.UTF_8));
    out.write(
        "{\"text\":\"Caf\u00e9 owners said prices rose.\"}\n"
            .getBytes(Charset.forName("windows-1252")));
    Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    Ingestor.Result r =
        ingestor.read(new InputFile("mixed.jsonl", write("mixed.jsonl", out.toByteArray())));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).hasSize(2);
    assertThat(r.articles().get(0).text()).isEqualTo("Le café a fermé lundi.");
    assertThat(r.articles().get(0).flags()).noneMatch(f -> f.contains("Windows-1252"));
    assertThat(r.articles().get(1).text()).isEqualTo("Café owners said prices rose.");
    assertThat(r.articles().get(1).flags()).anyMatch(f -> f.contains("Windows-1252"));
  }

  @Test
  void otherFormatsAreOnePart() throws Exception {
    Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    try (var s = Files.list(Fixtures.seeds())) {
      for (Path p : s.sorted().toList()) {
        InputFile f = new InputFile(p.getFileName().toString(), p);
        assertThat(parts(ingestor, f)).as(f.name()).isEqualTo(1);
      }
    }
  }

  private static int parts(Ingestor ingestor, InputFile f) {
    int n = 0;
    try (Ingestor.Parts parts = ingestor.parts(f)) {
      for (Optional<Supplier<Ingestor.Result>> p = parts.next(); p.isPresent(); p = parts.next()) {
        n++;
      }
    }
    return n;
  }

  private static byte[] gzip(byte[] data) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }
}
