// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import io.storylens.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Annotates articles, each once per configuration: cached results are reused, the rest are
 * annotated on a bounded pool and stored. Each article's own publication date is its document date.
 */
public final class LanguageLayer {
  private final LanguageAnnotator annotator;
  private final AnnotationCache cache;
  private final String configHash;
  private final int threads;

  /**
   * @param annotator the annotator (shares the process-wide CoreNLP pipeline)
   * @param cache where annotations are kept between runs
   * @param configHash identity of the annotator configuration (part of the cache key)
   * @param threads pool size, at least 1
   */
  public LanguageLayer(
      LanguageAnnotator annotator, AnnotationCache cache, String configHash, int threads) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.configHash = Objects.requireNonNull(configHash, "configHash");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    this.threads = threads;
  }

  private static final class Shared {
    static final LanguageLayer LAYER = of(NlpMode.analysis(), AnnotationCache.inMemory());
  }

  /**
   * The process-wide layer: {@link NlpMode#analysis()} with an in-memory cache, so the analyzer and
   * the dossier stage annotate each article once per process.
   */
  public static LanguageLayer shared() {
    return Shared.LAYER;
  }

  /** The default layer: CoreNLP in {@code mode}, {@code cache}, one thread per core. */
  public static LanguageLayer of(NlpMode mode, AnnotationCache cache) {
    return new LanguageLayer(LanguageAnnotator.coreNlp(mode), cache, mode.configHash(), threads());
  }

  /** Pool size for annotation: the available processors (at least 1). */
  public static int threads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /** Annotations per article id, in the order of {@code articles}. */
  public Map<String, ArticleAnnotations> annotateAll(List<Article> articles) {
    Map<String, ArticleAnnotations> out = new LinkedHashMap<>();
    List<Article> missing = new ArrayList<>();
    for (Article a : articles) {
      var cached = cache.get(a.id(), key(a));
      if (cached.isPresent()) {
        out.put(a.id(), cached.get());
      } else if (!out.containsKey(a.id())) {
        missing.add(a);
        out.put(a.id(), null);
      }
    }
    // Copies and re-posts under another id often carry the same text and date: those are
    // annotated once, since annotations are a function of text and date only.
    Map<Content, Article> distinct = new LinkedHashMap<>();
    for (Article a : missing) {
      distinct.putIfAbsent(new Content(a.text(), a.publishedDate()), a);
    }
    List<Article> work = List.copyOf(distinct.values());
    List<ArticleAnnotations> fresh =
        parallel(work, a -> annotator.annotate(a.text(), a.publishedDate()), threads);
    Map<Content, ArticleAnnotations> byContent = new HashMap<>();
    for (int i = 0; i < work.size(); i++) {
      byContent.put(new Content(work.get(i).text(), work.get(i).publishedDate()), fresh.get(i));
    }
    for (Article a : missing) {
      ArticleAnnotations ann = byContent.get(new Content(a.text(), a.publishedDate()));
      cache.put(a.id(), key(a), ann);
      out.put(a.id(), ann);
    }
    return out;
  }

  /** What annotations are a function of. */
  private record Content(String text, Optional<LocalDate> date) {}

  /** The cache key of {@code a}: configuration plus document date (it changes timex values). */
  private String key(Article a) {
    return configHash + "@" + a.publishedDate().map(Object::toString).orElse("none");
  }

  /** Applies {@code work} to every item on a pool of {@code threads}, results in input order. */
  public static <T, R> List<R> parallel(List<T> items, Function<T, R> work, int threads) {
    if (items.isEmpty()) {
      return List.of();
    }
    if (threads == 1 || items.size() == 1) {
      return items.stream().map(work).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()));
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> work.apply(item)));
      }
      List<R> out = new ArrayList<>();
      for (Future<R> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("annotation interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("annotation failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
