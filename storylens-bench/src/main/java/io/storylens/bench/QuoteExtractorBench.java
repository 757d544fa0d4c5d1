// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import io.storylens.core.claims.ClaimExtractor;
import io.storylens.core.quotes.Attribution;
import io.storylens.core.quotes.RuleQuoteExtractor;
import io.storylens.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Quote extraction and claim extraction on a 1,000-word news article: the PolNeAR dev article
 * closest to 1,000 words (needs {@code ../shared/data/polnear}). Target: well under a second per
 * article, so that quotes never dominate a dossier's cost; CoreNLP's quote attributor takes 10+ s
 * here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QuoteExtractorBench {
  private final RuleQuoteExtractor extractor = new RuleQuoteExtractor();
  private final ClaimExtractor claims = new ClaimExtractor(extractor);
  private Article article;
  private List<Attribution> found;

  @Setup
  public void load() throws IOException {
    Path dev = BenchData.shared("polnear").resolve("dev").resolve("text");
    Path best = null;
    int bestDiff = Integer.MAX_VALUE;
    try (Stream<Path> files = Files.list(dev)) {
      for (Path p : files.sorted().toList()) {
        int words = Files.readString(p, StandardCharsets.UTF_8).split("\\s+").length;
        if (Math.abs(words - 1000) < bestDiff) {
          bestDiff = Math.abs(words - 1000);
          best = p;
        }
      }
    }
    if (best == null) {
      throw new IllegalStateException("no PolNeAR dev articles under " + dev);
    }
    String text = Files.readString(best, StandardCharsets.UTF_8);
    article = Article.ofText("bench", best.getFileName().toString(), text);
    found = extractor.extract(article);
  }

  /** Quotes, speakers and cues of one 1,000-word article. */
  @Benchmark
  public List<Attribution> extractQuotes() {
    return extractor.extract(article);
  }

  /** Numeric claims of the same article, given its quotes. */
  @Benchmark
  public Object extractClaims() {
    return claims.extract(article, found);
  }
}
