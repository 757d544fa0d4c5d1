// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddingTextTest {
  @Test
  void joinsTitleAndLeadOnceAndCutsAtAWordBoundary() {
    String title = "Biden and Putin to speak Thursday";
    String body = title + "\n\n" + "The two leaders will talk by phone. ".repeat(100);
    String t = EmbeddingText.of(title, body);
    assertThat(t).startsWith(title + ". The two leaders");
    assertThat(t.indexOf(title, 1)).isEqualTo(-1);
    assertThat(t.length()).isLessThanOrEqualTo(EmbeddingText.MAX_CHARS);
    // The cut falls between words: what is kept of the body is followed by a space in it.
    String kept = t.substring(title.length() + 2);
    String flat = body.substring(title.length()).replaceAll("\\s+", " ").strip();
    assertThat(flat).startsWith(kept);
    assertThat(flat.charAt(kept.length())).isEqualTo(' ');
  }

  @Test
  void anEmptyTitleOrBodyLeavesTheOther() {
    assertThat(EmbeddingText.of("", "  lead  text ")).isEqualTo("lead text");
    assertThat(EmbeddingText.of("Title", null)).isEqualTo("Title");
  }
}
