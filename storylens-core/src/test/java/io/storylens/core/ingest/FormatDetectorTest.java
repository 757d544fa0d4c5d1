// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatDetectorTest {
  @Test
  void detectsByContent() {
    assertThat(FormatDetector.detect(" date 2021-12-28 Officials met."))
        .isEqualTo(Format.DATE_LINE);
    assertThat(FormatDetector.detect("Title\n20211229\nhttps://a.example/x\nBody."))
        .isEqualTo(Format.HEADER_BLOCK);
    assertThat(FormatDetector.detect("Tue, 18 Jan 2022\n\nBody.")).isEqualTo(Format.RFC822);
    assertThat(FormatDetector.detect("On December 27, 2021, officials agreed."))
        .isEqualTo(Format.PLAIN);
    assertThat(FormatDetector.detect("\uFEFF<!DOCTYPE html><html><body>x")).isEqualTo(Format.HTML);
    assertThat(FormatDetector.detect("  <div><head></head><body>x</body></div>"))
        .isEqualTo(Format.HTML);
    assertThat(FormatDetector.detect("{\"title\":\"x\"}\n{\"title\":\"y\"}"))
        .isEqualTo(Format.JSONL);
    assertThat(FormatDetector.detect("WARC/1.1\r\nWARC-Type: response")).isEqualTo(Format.WARC);
  }

  @Test
  void aTitleFollowedByTextIsNotAHeaderBlock() {
    assertThat(FormatDetector.detect("Title\nNot a date\nhttps://a.example/x\nBody"))
        .isEqualTo(Format.PLAIN);
  }
}
