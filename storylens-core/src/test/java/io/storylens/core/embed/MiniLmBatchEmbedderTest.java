// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.storylens.testkit.Fixtures;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MiniLmBatchEmbedderTest {
  private static final String HOCKEY =
      "Evgeni Malkin scored twice and added an assist Monday as the Pittsburgh Penguins won"
          + " their third straight, 5-2 over the visiting Ottawa Senators.";

  private static String seed(String prefix) throws Exception {
    Path p = Fixtures.seed(prefix);
    // The first line of a seed is its " date YYYY-MM-DD" header, not article text.
    String all = Files.readString(p, StandardCharsets.UTF_8);
    return EmbeddingText.of(
        "", all.startsWith(" date") ? all.substring(all.indexOf(' ', 6) + 1) : all);
  }

  private static List<String> texts() throws Exception {
    List<String> texts = new ArrayList<>();
    for (String s : List.of("000", "001", "002", "003", "004")) {
      texts.add(seed(s));
    }
    texts.add(HOCKEY);
    texts.add(" ");
    return texts;
  }

  @Test
  void batchesGiveTheSingleTextEmbeddingsUpToQuantizationInInputOrder() throws Exception {
    List<String> texts = texts();
    // Two texts per call and two workers: batches of seeds cut at 128 word pieces and the
    // shorter hockey report, run concurrently.
    List<float[]> batched = new MiniLmBatchEmbedder(128, 2, 2).embedAll(texts);
    MiniLmEmbedder single = new MiniLmEmbedder();
    assertThat(batched).hasSize(texts.size());
    for (int i = 0; i < texts.size() - 1; i++) {
      assertThat(Embedder.cosine(batched.get(i), single.embed(texts.get(i))))
          .as("text %d", i)
          .isGreaterThan(0.98);
    }
    assertThat(batched.get(texts.size() - 1)).containsOnly(0f);
  }

  @Test
  void theSameListGivesTheSameBitsAndShortInputsKeepTheOrderOfCloseness() throws Exception {
    List<String> texts = texts();
    MiniLmBatchEmbedder short64 = new MiniLmBatchEmbedder(64, 4, 2);
    List<float[]> first = short64.embedAll(texts);
    List<float[]> again = short64.embedAll(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(again.get(i)).containsExactly(first.get(i));
    }
    // Cut at 64 word pieces (about the headline and first two sentences), the rewrite is still
    // closer to the original than the video call of the same story, and both far from hockey.
    double same = Embedder.cosine(first.get(0), first.get(1));
    double story = Embedder.cosine(first.get(0), first.get(4));
    double other = Embedder.cosine(first.get(0), first.get(5));
    assertThat(same).isGreaterThan(story);
    assertThat(story).isGreaterThan(other + 0.2);
    assertThat(short64.model()).isNotEqualTo(MiniLmEmbedder.MODEL);
  }

  @Test
  void aPrefixThatFillsTheWindowGivesTheWordPiecesOfTheWholeText() throws Exception {
    for (int window : List.of(16, 48, 128, 512)) {
      MiniLmBatchEmbedder embedder = new MiniLmBatchEmbedder(window, 4, 1);
      try (InputStream in = MiniLmEmbedder.resource(MiniLmEmbedder.TOKENIZER)) {
        HuggingFaceTokenizer whole =
            HuggingFaceTokenizer.newInstance(
                in,
                Map.of(
                    "padding", "false",
                    "truncation", "true",
                    "maxLength", Integer.toString(window)));
        for (String text : texts()) {
          if (!text.isBlank()) {
            assertThat(embedder.pieces(text))
                .as("%d word pieces of %s", window, text.substring(0, 20))
                .containsExactly(whole.encode(text).getIds());
          }
        }
      }
    }
  }
}
