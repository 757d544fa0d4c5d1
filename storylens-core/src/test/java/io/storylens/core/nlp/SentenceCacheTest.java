// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.dossier.SeedArticles;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.model.Article;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsModels;
import io.storylens.testkit.NeedsSharedData;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SentenceCacheTest {
  /** A text with the date it is annotated against. */
  private record Input(String text, Optional<LocalDate> date) {}

  /**
   * The seeds, then what a wire service and its clients make of them: the same text under another
   * date, the paragraphs in reverse order, every other paragraph dropped. The copies repeat the
   * seeds' sentences, so the cache answers for most of them.
   */
  private static List<Input> seedsAndRewrites() {
    List<Input> out = new ArrayList<>();
    List<Article> seeds = SeedArticles.load();
    for (Article a : seeds) {
      out.add(new Input(a.text(), a.publishedDate()));
    }
    for (Article a : seeds) {
      List<String> paragraphs = List.of(a.text().split("\n"));
      List<String> reversed = new ArrayList<>(paragraphs);
      Collections.reverse(reversed);
      List<String> half = new ArrayList<>();
      for (int i = 0; i < paragraphs.size(); i += 2) {
        half.add(paragraphs.get(i));
      }
      out.add(new Input(a.text(), a.publishedDate().map(d -> d.plusDays(1))));
      out.add(new Input(String.join("\n", reversed), a.publishedDate()));
      out.add(new Input(String.join("\n", half), Optional.empty()));
    }
    return out;
  }

  private static List<ArticleAnnotations> annotate(LanguageAnnotator annotator, List<Input> in) {
    return in.stream().map(i -> annotator.annotate(i.text(), i.date())).toList();
  }

  private static void sameAsWholeText(NlpMode mode) {
    List<Input> inputs = seedsAndRewrites();
    List<ArticleAnnotations> whole = annotate(LanguageAnnotator.coreNlpUncached(mode), inputs);
    CoreNlpAnnotator cached = new CoreNlpAnnotator(mode, SentenceCache.DEFAULT_ENTRIES);
    List<ArticleAnnotations> first = annotate(cached, inputs);
    SentenceCache cache = cached.sentenceCache().orElseThrow();
    long hitsOfFirstPass = cache.hits();
    long missesOfFirstPass = cache.misses();
    List<ArticleAnnotations> again = annotate(cached, inputs);

    assertThat(whole).allSatisfy(a -> assertThat(a.timexes()).isNotNull());
    assertThat(whole.stream().mapToInt(a -> a.timexes().size()).sum()).isGreaterThan(20);
    for (int i = 0; i < inputs.size(); i++) {
      // Byte for byte: every field of every mention and expression, in the same order.
      assertThat(first.get(i).toString()).as("input %d", i).isEqualTo(whole.get(i).toString());
      assertThat(first.get(i)).isEqualTo(whole.get(i));
      assertThat(again.get(i)).isEqualTo(whole.get(i));
    }
    // The rewrites were answered from the cache for the sentences they repeat, and the second
    // pass entirely.
    assertThat(hitsOfFirstPass).isGreaterThan(missesOfFirstPass / 4);
    assertThat(cache.misses()).isEqualTo(missesOfFirstPass);
    assertThat(cache.hits()).isGreaterThan(hitsOfFirstPass);
  }

  @Test
  @NeedsModels
  void leanAnnotationsAreTheSameWithTheSentenceCacheAsWithout() {
    sameAsWholeText(NlpMode.LEAN);
    assertThat(new CoreNlpAnnotator(NlpMode.LEAN, SentenceCache.DEFAULT_ENTRIES).sentenceCache())
        .isPresent();
  }

  @Test
  @NeedsModels
  @NeedsSharedData
  void devArticlesGetTheSameAnnotationsWithTheSentenceCache() throws Exception {
    byte[] dev = Files.readAllBytes(Fixtures.sharedData("news-clusters").resolve("dev.jsonl"));
    List<Article> articles =
        new Ingestor(IngestOptions.defaults()).read("dev.jsonl", dev).articles().subList(0, 40);
    LanguageAnnotator whole = LanguageAnnotator.coreNlpUncached(NlpMode.LEAN);
    LanguageAnnotator cached = LanguageAnnotator.coreNlp(NlpMode.LEAN);
    for (Article a : articles) {
      assertThat(cached.annotate(a.text(), a.publishedDate()))
          .as(a.id())
          .isEqualTo(whole.annotate(a.text(), a.publishedDate()));
    }
  }

  @Test
  void onlyTheLeanModeKeepsASentenceCache() {
    assertThat(new CoreNlpAnnotator(NlpMode.FULL, 100).sentenceCache()).isEmpty();
    assertThat(new CoreNlpAnnotator(NlpMode.TIME, 100).sentenceCache()).isEmpty();
    assertThat(new CoreNlpAnnotator(NlpMode.LEAN, 0).sentenceCache()).isEmpty();
  }

  @Test
  void theLeastRecentlyUsedSentenceGoesBeyondTheBound() {
    SentenceCache cache = new SentenceCache(2);
    SentenceCache.Result empty = new SentenceCache.Result(List.of(), List.of(Map.of()));
    cache.put("a", empty);
    cache.put("b", empty);
    assertThat(cache.get("a")).isPresent();
    cache.put("c", empty);
    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.get("b")).isEmpty();
    assertThat(cache.get("a")).isPresent();
    assertThat(cache.get("c")).isPresent();
  }

  @Test
  void theKeyTellsTextsTokensAndConfigurationsApart() {
    String k = SentenceCache.key("c", "It rained.", List.of("0:2:It", "3:9:rained"));
    assertThat(k).hasSize(64);
    assertThat(SentenceCache.key("c", "It rained.", List.of("0:2:It", "3:9:rained"))).isEqualTo(k);
    assertThat(SentenceCache.key("d", "It rained.", List.of("0:2:It", "3:9:rained")))
        .isNotEqualTo(k);
    assertThat(SentenceCache.key("c", "It rained!", List.of("0:2:It", "3:9:rained")))
        .isNotEqualTo(k);
    assertThat(SentenceCache.key("c", "It rained.", List.of("0:9:It rained"))).isNotEqualTo(k);
  }
}
