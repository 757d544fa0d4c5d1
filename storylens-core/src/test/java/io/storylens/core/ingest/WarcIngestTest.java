// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import io.storylens.model.ErrorCode;
import io.storylens.model.Provenance;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.WarcFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcIngestTest {
  @TempDir Path dir;

  private final Ingestor ingestor = new Ingestor(IngestOptions.defaults());

  /** Two seed articles as HTML pages without date metadata, captured on 2022-01-19. */
  static List<WarcFixtures.Page> seedPages() throws IOException {
    return List.of(
        page("003", "https://example.org/news/us-russia-talks", "U.S. and Russia to hold talks"),
        page("004", "https://example.com/2022/01/18/biden-putin", "Biden and Putin talks"));
  }

  private static WarcFixtures.Page page(String seed, String url, String title) throws IOException {
    String text = Files.readString(Fixtures.seed(seed), StandardCharsets.UTF_8);
    List<String> paragraphs =
        Arrays.stream(text.split("\n"))
            .skip(1) // the header line (date or RFC-822) is not part of the page
            .map(String::strip)
            .filter(p -> p.length() > 40)
            .toList();
    return new WarcFixtures.Page(
        url, Instant.parse("2022-01-19T08:00:00Z"), WarcFixtures.html(title, paragraphs));
  }

  @Test
  void htmlResponsesBecomeArticlesWithCaptureMetadata() throws IOException {
    Path warc = WarcFixtures.write(dir.resolve("crawl.warc"), seedPages(), false);

    Ingestor.Result r = ingestor.read(new InputFile("crawl.warc", warc));

    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).hasSize(2);
    Article first = r.articles().get(0);
    assertThat(first.format()).isEqualTo("warc");
    assertThat(first.source()).isEqualTo("crawl.warc#2"); // record 1 is the request
    assertThat(first.title().value()).contains("U.S. and Russia to hold talks");
    assertThat(first.text()).contains("nuclear arms control").doesNotContain("Copyright");
    assertThat(first.url().value()).contains("https://example.org/news/us-russia-talks");
    assertThat(first.url().from()).isEqualTo(Provenance.WARC);
    assertThat(first.published().value()).contains(LocalDate.of(2022, 1, 19));
    assertThat(first.published().from()).isEqualTo(Provenance.WARC);
    assertThat(first.published().confidence()).isLessThan(1.0);
    assertThat(first.metadata())
        .containsEntry("warc_target_uri", "https://example.org/news/us-russia-talks")
        .containsEntry("warc_date", "2022-01-19T08:00:00Z")
        .containsKey("warc_record_id");
    // The date in the URL is better evidence of publication than the capture date.
    Article second = r.articles().get(1);
    assertThat(second.published().value()).contains(LocalDate.of(2022, 1, 18));
    assertThat(second.published().from()).isEqualTo(Provenance.URL);
  }

  @Test
  void gzippedArchiveGivesTheSameArticles() throws IOException {
    Path plain = WarcFixtures.write(dir.resolve("a.warc"), seedPages(), false);
    Path gz = WarcFixtures.write(dir.resolve("a.warc.gz"), seedPages(), true);
    assertThat(Decoding.isGzip(Files.readAllBytes(gz))).isTrue();

    Ingestor.Result fromPlain = ingestor.read("a.warc", Files.readAllBytes(plain));
    Ingestor.Result fromGz = ingestor.read(new InputFile("a.warc", gz));

    assertThat(fromGz.problems()).isEmpty();
    // Record ids are fresh UUIDs per written archive; everything else must be equal.
    assertThat(fromGz.articles())
        .hasSize(2)
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("metadata")
        .isEqualTo(fromPlain.articles());
  }

  @Test
  void nonHtmlNon200AndRevisitRecordsAreSkippedWithACount() throws IOException {
    Path warc = WarcFixtures.writeWithNoise(dir.resolve("noisy.warc.gz"), seedPages(), true);

    Ingestor.Result r = ingestor.read(new InputFile("noisy.warc.gz", warc));

    assertThat(r.articles()).hasSize(2);
    assertThat(r.problems()).hasSize(1);
    IngestProblem p = r.problems().get(0);
    assertThat(p.code()).isEqualTo(ErrorCode.UNSUPPORTED_FORMAT);
    assertThat(p.reason())
        .isEqualTo(
            "skipped 3 of 7 WARC records: 1 non-HTML response, 1 non-2xx response, 1 revisit");
  }

  @Test
  void truncatedArchiveKeepsRecordsBeforeTheBreakAndNamesTheOffset() throws IOException {
    byte[] whole =
        Files.readAllBytes(WarcFixtures.write(dir.resolve("t.warc"), seedPages(), false));
    byte[] cut = Arrays.copyOf(whole, whole.length - 200);

    Ingestor.Result r = ingestor.read("t.warc", cut);

    assertThat(r.articles()).hasSize(1);
    assertThat(r.problems()).isNotEmpty();
    assertThat(r.problems().get(0).reason()).startsWith("broken WARC record at byte ");
    assertThat(r.problems().get(0).code()).isEqualTo(ErrorCode.INVALID_INPUT);
  }

  @Test
  void headerOnlyAndGarbageAfterMagicAreClearErrors() {
    for (String bad : List.of("WARC/", "WARC/1.0\r\n", "WARC/1.0\r\nWARC-Type: response\r\n\r\n")) {
      Ingestor.Result r = ingestor.read("bad.warc", bad.getBytes(StandardCharsets.US_ASCII));
      assertThat(r.articles()).isEmpty();
      assertThat(r.problems()).isNotEmpty();
      assertThat(r.problems().get(0).toString()).startsWith("bad.warc: ");
    }
  }

  @Test
  void reingestingTheSameArchiveGivesTheSameIds() throws IOException {
    Path warc = WarcFixtures.write(dir.resolve("c.warc"), seedPages(), false);
    List<String> a =
        ingestor.read(new InputFile("c.warc", warc)).articles().stream().map(Article::id).toList();
    List<String> b =
        ingestor.read(new InputFile("c.warc", warc)).articles().stream().map(Article::id).toList();
    assertThat(a).isEqualTo(b).doesNotHaveDuplicates().hasSize(2);
  }
}
