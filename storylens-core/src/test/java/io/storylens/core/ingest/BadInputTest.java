// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input becomes one clear problem naming the input, never an exception. */
class BadInputTest {
  private static final String ARTICLE =
      " date 2021-12-28 Officials from the U.S. and Russia have agreed to meet on January 10.\n";

  @TempDir Path dir;
  private final Ingestor ingestor = new Ingestor(new IngestOptions(4096));

  private Ingestor.Result read(String name, byte[] bytes) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return ingestor.read(new InputFile(name, f));
  }

  private static void assertRejected(Ingestor.Result r, String name, ErrorCode code, String why) {
    assertThat(r.articles()).isEmpty();
    assertThat(r.problems()).hasSize(1);
    IngestProblem p = r.problems().get(0);
    assertThat(p.source()).isEqualTo(name);
    assertThat(p.code()).isEqualTo(code);
    assertThat(p.reason()).contains(why);
    assertThat(p.toString()).startsWith(name);
  }

  @Test
  void emptyFile() throws Exception {
    assertRejected(read("empty.txt", new byte[0]), "empty.txt", ErrorCode.INVALID_INPUT, "empty");
  }

  @Test
  void whitespaceOnly() throws Exception {
    assertRejected(
        read("blank.txt", " \n\n  \n".getBytes(StandardCharsets.UTF_8)),
        "blank.txt",
        ErrorCode.INVALID_INPUT,
        "white space");
  }

  @Test
  void binaryFile() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H'};
    assertRejected(read("image.txt", png), "image.txt", ErrorCode.INVALID_INPUT, "binary");
  }

  @Test
  void overTheSizeLimit() throws Exception {
    byte[] big = new byte[5000];
    Arrays.fill(big, (byte) 'a');
    assertRejected(read("huge.txt", big), "huge.txt", ErrorCode.TOO_LARGE, "over the limit");
  }

  @Test
  void gzipBombIsStoppedAtTheLimit() throws Exception {
    byte[] big = new byte[100_000];
    Arrays.fill(big, (byte) 'a');
    assertRejected(read("bomb.txt.gz", gzip(big)), "bomb.txt.gz", ErrorCode.TOO_LARGE, "exceeds");
  }

  @Test
  void truncatedGzip() throws Exception {
    byte[] gz = gzip(ARTICLE.repeat(5).getBytes(StandardCharsets.UTF_8));
    byte[] cut = Arrays.copyOf(gz, gz.length / 2);
    assertRejected(read("cut.txt.gz", cut), "cut.txt.gz", ErrorCode.INVALID_INPUT, "gzip");
  }

  @Test
  void gzipIsReadByMagicNumberNotByName() throws Exception {
    Ingestor.Result r = read("article.bin", gzip(ARTICLE.getBytes(StandardCharsets.UTF_8)));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles())
        .singleElement()
        .satisfies(a -> assertThat(a.format()).isEqualTo("date-line"));
  }

  @Test
  void invalidUtf8IsDecodedAsWindows1252WithAWarning() throws Exception {
    byte[] latin = "Caf\u00e9 owners said prices rose.\n".getBytes(Charset.forName("windows-1252"));
    Ingestor.Result r = read("latin.txt", latin);
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles().get(0).text()).contains("Café");
    assertThat(r.articles().get(0).flags()).anyMatch(f -> f.contains("Windows-1252"));
  }

  @Test
  void utf16WithByteOrderMark() throws Exception {
    Ingestor.Result r = read("utf16.txt", ("\uFEFF" + ARTICLE).getBytes(StandardCharsets.UTF_16BE));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles().get(0).published().value()).isPresent();
  }

  @Test
  void malformedJsonLinesReportTheirLineNumbersAndKeepGoodLines() throws Exception {
    String jsonl =
        "{\"title\":\"A\",\"text\":\"Officials met on Monday in Geneva.\",\"url\":\"https://a.example/x\","
            + "\"date_publish\":\"2022-01-10T09:00:00\",\"source_domain\":\"a.example\"}\n"
            + "{\"title\":\"B\",\"text\": \n"
            + "[1,2,3]\n"
            + "{\"title\":\"C\"}\n";
    Ingestor.Result r = read("feed.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
    assertThat(r.articles()).hasSize(1);
    assertThat(r.problems()).extracting(p -> p.line().orElseThrow()).containsExactly(2, 3, 4);
    assertThat(r.problems().get(0).reason()).contains("malformed JSON");
    assertThat(r.problems().get(2).reason()).contains("no \"text\"");
  }

  @Test
  void malformedHtmlStillYieldsTextOrAClearRejection() throws Exception {
    String html =
        "<html><head><title>Broken</title><body><div><p>Talks will start on Monday in Geneva"
            + " between the two delegations, officials said.<p>Unclosed <b>tags <i>everywhere";
    Ingestor.Result r = read("broken.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles().get(0).text()).contains("Talks will start on Monday");
    Ingestor.Result empty =
        read(
            "empty.html",
            "<html><body><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8));
    assertRejected(empty, "empty.html", ErrorCode.INVALID_INPUT, "no article text");
  }

  private static byte[] gzip(byte[] data) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }
}
