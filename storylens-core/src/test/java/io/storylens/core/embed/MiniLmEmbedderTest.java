// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.testkit.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {
  private final Embedder embedder = new MiniLmEmbedder();

  private static String seed(String prefix) throws Exception {
    Path p = Fixtures.seed(prefix);
    // The first line of a seed is its " date YYYY-MM-DD" header, not article text.
    String all = Files.readString(p, StandardCharsets.UTF_8);
    return all.startsWith(" date") ? all.substring(all.indexOf(' ', 6) + 1) : all;
  }

  @Test
  void aRewriteIsCloserThanAnotherEventOfTheSameStoryAndFarCloserThanOtherNews() throws Exception {
    float[] talks = embedder.embed(EmbeddingText.of("", seed("000")));
    float[] rewrite = embedder.embed(EmbeddingText.of("", seed("001")));
    float[] videoCall = embedder.embed(EmbeddingText.of("", seed("004")));
    float[] hockey =
        embedder.embed(
            "Evgeni Malkin scored twice and added an assist Monday as the Pittsburgh Penguins won"
                + " their third straight, 5-2 over the visiting Ottawa Senators.");
    double same = Embedder.cosine(talks, rewrite);
    double story = Embedder.cosine(talks, videoCall);
    double other = Embedder.cosine(talks, hockey);
    assertThat(same).isGreaterThan(0.8);
    assertThat(same).isGreaterThan(story);
    assertThat(story).isGreaterThan(other + 0.2);
  }

  @Test
  void vectorsHaveUnitLengthAndTheSameBitsWhateverWasEmbeddedBefore() throws Exception {
    String text = EmbeddingText.of("", seed("002"));
    float[] first = embedder.embed(text);
    embedder.embed(EmbeddingText.of("", seed("003")));
    float[] again = embedder.embed(text);
    assertThat(first).hasSize(MiniLmEmbedder.DIMENSION);
    assertThat(again).containsExactly(first);
    double n = 0;
    for (float x : first) {
      n += x * x;
    }
    assertThat(Math.sqrt(n)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
  }

  @Test
  void blankTextIsTheZeroVector() {
    assertThat(embedder.embed("  ")).hasSize(MiniLmEmbedder.DIMENSION).containsOnly(0f);
  }
}
