// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.ErrorCode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Found by the fuzzer: deep nesting overflowed the stack in the text extraction. */
class HtmlDepthTest {
  @Test
  void deeplyNestedPageIsAClearRejectionNotAStackOverflow() {
    String html =
        "<html><body>"
            + "<div>".repeat(20_000)
            + "text"
            + "</div>".repeat(20_000)
            + "</body></html>";

    Ingestor.Result r =
        new Ingestor(IngestOptions.defaults())
            .read("deep.html", html.getBytes(StandardCharsets.UTF_8));

    assertThat(r.articles()).isEmpty();
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(ErrorCode.INVALID_INPUT);
              assertThat(p.toString())
                  .startsWith("deep.html: HTML nests elements ")
                  .contains("levels deep");
            });
  }

  @Test
  void ordinaryNestingIsRead() {
    String html =
        "<html><body>"
            + "<div>".repeat(50)
            + "<p>"
            + "A sentence about the talks in Geneva. ".repeat(10)
            + "</p>"
            + "</div>".repeat(50)
            + "</body></html>";
    Ingestor.Result r =
        new Ingestor(IngestOptions.defaults())
            .read("ok.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles())
        .singleElement()
        .satisfies(a -> assertThat(a.text()).contains("Geneva"));
  }
}
