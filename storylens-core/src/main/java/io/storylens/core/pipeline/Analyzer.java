// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.core.claims.ClaimExtractor;
import io.storylens.core.dedup.DerivationLinker;
import io.storylens.core.dedup.Linker;
import io.storylens.core.nlp.LanguageLayer;
import io.storylens.core.quotes.LanguageHints;
import io.storylens.core.quotes.QuoteExtractor;
import io.storylens.core.quotes.RuleQuoteExtractor;
import io.storylens.core.summarize.ConceptSummarizer;
import io.storylens.core.summarize.Summarizer;
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
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs the analysis stages over a set of articles and assembles the {@link Report}. Every stage is
 * chosen through {@link #builder()} (link, language layer, quotes, clusterer, claims, summarizer);
 * the incremental analyzer is made from the same choices. Output is deterministic: articles are
 * sorted by publication date, then source, then id. The stages themselves run in {@link
 * IncrementalAnalyzer}; a full analysis is an incremental one that starts from nothing, so both
 * paths share every line.
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

  /**
   * Clock for articles without a usable date (the clusterer places them "now"); empty means "the
   * latest effective date among the analyzed articles", which keeps output independent of when the
   * analysis runs.
   */
  private final Optional<Clock> clock;

  private final LanguageLayer language;

  private final Linker linker;

  private final QuoteStage quotes;

  /** The quote extractor without language hints, for articles the language layer did not see. */
  private final QuoteExtractor plainQuotes;

  private final ClusterStage clusters;

  private final Function<QuoteExtractor, ClaimExtractor> claims;

  private final Supplier<Summarizer> summarizer;

  /**
   * An analyzer with the default stages, the same as {@code builder().build()}: in-memory link
   * index, the process-wide language layer (CoreNLP, in-memory annotation cache), rule quotes, the
   * standard online clusterer, rule claims, concept summaries.
   */
  public Analyzer() {
    this(builder());
  }

  private Analyzer(Builder b) {
    this.clock = b.clock;
    this.linker = b.linker.orElseGet(DerivationLinker::new);
    // The shared layer loads CoreNLP lazily: an analyzer given its own layer never touches it.
    this.language = b.language.orElseGet(LanguageLayer::shared);
    this.quotes = b.quotes;
    this.plainQuotes = quotes.extractor(a -> LanguageHints.NONE);
    this.clusters = b.clusters;
    this.claims = b.claims;
    this.summarizer = b.summarizer;
  }

  /** A builder of an analyzer, every stage at its default until chosen. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Chooses the stages of an {@link Analyzer}; each stage not chosen keeps its default. Not
   * thread-safe; the analyzers it builds are independent of it.
   */
  public static final class Builder {
    private Optional<Clock> clock = Optional.empty();
    private Optional<Linker> linker = Optional.empty();
    private Optional<LanguageLayer> language = Optional.empty();
    private QuoteStage quotes = RuleQuoteExtractor::new;
    private ClusterStage clusters = ClusterStage.STANDARD;
    private Function<QuoteExtractor, ClaimExtractor> claims = ClaimExtractor::new;
    private Supplier<Summarizer> summarizer = ConceptSummarizer::new;

    private Builder() {}

    /**
     * Places undated articles at {@code clock}'s time; by default at the end of the latest date
     * among the analyzed articles, so that output does not depend on when the analysis runs.
     */
    public Builder clock(Clock clock) {
      this.clock = Optional.of(Objects.requireNonNull(clock, "clock"));
      return this;
    }

    /** The link stage (default: {@link DerivationLinker} with an in-memory index). */
    public Builder linker(Linker linker) {
      this.linker = Optional.of(Objects.requireNonNull(linker, "linker"));
      return this;
    }

    /**
     * The language layer: annotations, time expressions and date checks (default: {@link
     * LanguageLayer#shared()}).
     */
    public Builder language(LanguageLayer language) {
      this.language = Optional.of(Objects.requireNonNull(language, "language"));
      return this;
    }

    /** How quotes are found and attributed (default: {@link RuleQuoteExtractor}). */
    public Builder quotes(QuoteStage quotes) {
      this.quotes = Objects.requireNonNull(quotes, "quotes");
      return this;
    }

    /**
     * How articles are grouped into events and storylines, fresh or resumed (default: {@link
     * ClusterStage#STANDARD}).
     */
    public Builder clusters(ClusterStage clusters) {
      this.clusters = Objects.requireNonNull(clusters, "clusters");
      return this;
    }

    /**
     * How claims are found, given the quote extractor whose quotes a claim must not repeat
     * (default: {@link ClaimExtractor}).
     */
    public Builder claims(Function<QuoteExtractor, ClaimExtractor> claims) {
      this.claims = Objects.requireNonNull(claims, "claims");
      return this;
    }

    /**
     * The summarizer of every dossier, made once per analyzer run (default: {@link
     * ConceptSummarizer}).
     */
    public Builder summarizer(Supplier<Summarizer> summarizer) {
      this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
      return this;
    }

    public Analyzer build() {
      return new Analyzer(this);
    }
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

  Linker linker() {
    return linker;
  }

  QuoteStage quotes() {
    return quotes;
  }

  /** The quote extractor without language hints, shared by every run of this analyzer. */
  QuoteExtractor plainQuotes() {
    return plainQuotes;
  }

  ClusterStage clusters() {
    return clusters;
  }

  ClaimExtractor claims() {
    return claims.apply(plainQuotes);
  }

  Summarizer summarizer() {
    return summarizer.get();
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
