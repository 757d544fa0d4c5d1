// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.core.nlp.LanguageLayer;
import io.storylens.core.quotes.RuleQuoteExtractor;
import io.storylens.model.Article;
import io.storylens.model.Provenance;
import io.storylens.model.Sourced;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the analysis stages over a set of articles and assembles the {@link Report}. Output is
 * deterministic: articles are sorted by publication date, then source, then id. The stages
 * themselves run in {@link IncrementalAnalyzer}; a full analysis is an incremental one that starts
 * from nothing, so both paths share every line.
 */
public final class Analyzer {
  /** Sort order of articles in every output. */
  public static final Comparator<Article> ORDER =
      Comparator.comparing((Article a) -> a.publishedDate().map(Object::toString).orElse("9999"))
          .thenComparing(Article::source)
          .thenComparing(Article::id);

  /**
   * The version of the analysis stages' output. Analyses kept in a store ({@link StoredAnalysis})
   * are reused only under the same version: change it whenever a stage's results change (another
   * algorithm, model or word list), and stores analyze everything again, in the background.
   */
  public static final String PIPELINE_VERSION = "2026-12-07.2";

  /** Stateless: one extractor serves every analysis. */
  static final RuleQuoteExtractor QUOTES = new RuleQuoteExtractor();

  /**
   * Clock for articles without a usable date (the clusterer places them "now"); empty means "the
   * latest effective date among the analyzed articles", which keeps output independent of when the
   * analysis runs.
   */
  private final Optional<Clock> clock;

  private final LanguageLayer language;

  private final io.storylens.core.dedup.Linker linker;

  /**
   * An analyzer with the default stages: in-memory link index, the process-wide language layer
   * (CoreNLP, in-memory annotation cache).
   */
  public Analyzer() {
    this(new io.storylens.core.dedup.DerivationLinker(), LanguageLayer.shared());
  }

  /** An analyzer with the default stages that places undated articles at {@code clock}'s time. */
  public Analyzer(Clock clock) {
    this(
        new io.storylens.core.dedup.DerivationLinker(),
        LanguageLayer.shared(),
        Optional.of(Objects.requireNonNull(clock, "clock")));
  }

  /** An analyzer whose link stage is {@code linker} (e.g. one backed by the persisted index). */
  public Analyzer(io.storylens.core.dedup.Linker linker) {
    this(linker, LanguageLayer.shared());
  }

  /**
   * An analyzer with {@code linker} and {@code language} (e.g. both backed by the store: the
   * persisted link index and the annotation cache).
   */
  public Analyzer(io.storylens.core.dedup.Linker linker, LanguageLayer language) {
    this(linker, language, Optional.empty());
  }

  private Analyzer(
      io.storylens.core.dedup.Linker linker, LanguageLayer language, Optional<Clock> clock) {
    this.clock = clock;
    this.linker = Objects.requireNonNull(linker, "linker");
    this.language = Objects.requireNonNull(language, "language");
  }

  /**
   * Analyzes {@code articles} (an id given twice counts once, the first time): the same as giving
   * them all to a fresh {@link #incremental()} analyzer.
   */
  public Report analyze(List<Article> articles) {
    return incremental().update(articles);
  }

  /**
   * An analyzer with these stages that keeps its state between calls, so that new articles cost
   * only the work they cause (see {@link IncrementalAnalyzer} for how its output may differ from a
   * full analysis).
   */
  public IncrementalAnalyzer incremental() {
    return new IncrementalAnalyzer(this);
  }

  LanguageLayer language() {
    return language;
  }

  io.storylens.core.dedup.Linker linker() {
    return linker;
  }

  /** The clock that places undated articles: the injected one, else {@link #latestDate}. */
  Clock clockFor(List<Article> dated) {
    return clock.orElseGet(() -> latestDate(dated));
  }

  /** {@code a} placed at its effective date (the date the language layer trusts). */
  static Article atEffectiveDate(Article a, Optional<LocalDate> effective) {
    if (effective.isEmpty() || effective.equals(a.publishedDate())) {
      return a;
    }
    return a.withPublished(Sourced.of(effective.get(), Provenance.INFERRED, 0.7));
  }

  /** A fixed clock at the end of the latest date among {@code articles} (UTC). */
  private static Clock latestDate(List<Article> articles) {
    LocalDate latest =
        articles.stream()
            .map(Article::publishedDate)
            .flatMap(Optional::stream)
            .max(Comparator.naturalOrder())
            .orElse(LocalDate.of(2000, 1, 1));
    return Clock.fixed(latest.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  }
}
