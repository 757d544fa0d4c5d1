// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.ErrorCode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Broken HTML never makes {@link Ingestor#read} throw: it yields text or a clear problem. */
class MalformedHtmlTest {
  private final Ingestor ingestor = new Ingestor(IngestOptions.defaults());

  private Ingestor.Result read(String name, byte[] bytes) {
    return ingestor.read(name, bytes);
  }

  @Test
  void unclosedTagsStillGiveTheText() {
    String html =
        "<html><head><title>Dam report<body><div class=story><p>The county released its report"
            + " on the dam on Friday, and engineers said the spillway needs repairs soon.<p>Work"
            + " will begin in spring <b>if the state pays <i>its share";
    Ingestor.Result r = read("unclosed.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).hasSize(1);
    assertThat(r.articles().get(0).text())
        .contains("spillway needs repairs soon")
        .contains("if the state pays its share");
    assertThat(r.articles().get(0).title().value()).hasValue("Dam report");
  }

  @Test
  void binaryJunkIsRejectedWithAReason() {
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    byte[] head = "<html><body><p>".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[head.length + junk.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    System.arraycopy(junk, 0, bytes, head.length, junk.length);
    Ingestor.Result r = read("junk.html", bytes);
    assertThat(r.articles()).isEmpty();
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo("junk.html");
              assertThat(p.code()).isEqualTo(ErrorCode.INVALID_INPUT);
              assertThat(p.reason()).contains("binary");
            });
  }

  @Test
  void emptyBodyIsAnEmptyTextRejection() {
    String html =
        "<!DOCTYPE html><html><head><title>Nothing here</title></head><body></body></html>";
    Ingestor.Result r = read("empty-body.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(r.articles()).isEmpty();
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo("empty-body.html");
              assertThat(p.reason()).contains("no article text");
            });
  }

  @Test
  void pageOfOnlyNavigationIsRejectedNotStoredAsMenu() {
    String html =
        "<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav>"
            + "<footer>© 2024 Example</footer><script>var x = '<p>not text</p>';</script></body></html>";
    Ingestor.Result r = read("nav-only.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(r.articles()).isEmpty();
    assertThat(r.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("no article text"));
  }

  @Test
  void deepNestingDoesNotEscape() {
    String html =
        "<html><body>"
            + "<div>".repeat(20_000)
            + "<p>A deeply nested paragraph that should still be read by the parser.</p>"
            + "</div>".repeat(20_000)
            + "</body></html>";
    Ingestor.Result r = read("deep.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(r.articles().size() + r.problems().size()).isEqualTo(1);
    r.problems().forEach(p -> assertThat(p.source()).isEqualTo("deep.html"));
  }

  @Test
  void windows1252PageIsReadWithAWarning() {
    String html =
        "<html><head><title>Café owners protest</title></head><body><p>Owners of the café on Main"
            + " Street said the new rent rules would force them to close before the winter.</p>"
            + "</body></html>";
    Ingestor.Result r = read("cp1252.html", html.getBytes(Charset.forName("windows-1252")));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.text()).contains("café on Main Street");
              assertThat(a.flags()).anyMatch(f -> f.contains("Windows-1252"));
            });
  }
}
