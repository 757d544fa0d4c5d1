// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.ingest.InputFile;
import io.storylens.core.ingest.Inputs;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.Report;
import io.storylens.core.pipeline.ReportWriter;
import io.storylens.model.Article;
import io.storylens.model.Event;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.WarcFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkPipelineTest {
  private static JavaSparkContext spark;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark = new JavaSparkContext(LocalSpark.conf("local[2]", "storylens-test"));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** The single-machine run: the CLI's Ingestor over the same inputs, then the Analyzer. */
  static Report singleMachine(List<String> inputs) {
    Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    List<Article> articles = new ArrayList<>();
    for (InputFile f : Inputs.expand(inputs).files()) {
      articles.addAll(ingestor.read(f).articles());
    }
    return new Analyzer().analyze(articles);
  }

  @Test
  void devCorpusGivesTheSameReportAsOneMachine() {
    Path dev = Fixtures.sharedData("news-clusters").resolve("dev.jsonl");
    List<String> inputs = List.of(dev.toString());

    Report local = singleMachine(inputs);
    SparkPipeline pipeline = new SparkPipeline(spark, IngestOptions.defaults(), new Analyzer());
    SparkPipeline.Ingested ingested = pipeline.ingest(inputs);
    Report distributed = new Analyzer().analyze(ingested.articles());

    assertThat(local.articles()).hasSize(198);
    // The file was split across partitions, and still every article is the same, id and all.
    assertThat(distributed.articles()).isEqualTo(local.articles());
    assertThat(distributed.links()).isEqualTo(local.links());
    assertThat(bcubedF1(distributed, local)).isGreaterThanOrEqualTo(0.99);
    assertThat(ReportWriter.toJson(distributed)).isEqualTo(ReportWriter.toJson(local));
  }

  @Test
  void warcAndTextInputsInADirectoryAreReadLikeTheCli() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Fixtures.seed("000"), in.resolve("000.txt"));
    Files.copy(Fixtures.seed("004"), in.resolve("004.txt"));
    Files.writeString(in.resolve("bad.jsonl"), "{\"title\": \"x\"}\nnot json\n");
    WarcFixtures.writeWithNoise(
        in.resolve("crawl.warc.gz"),
        List.of(
            new WarcFixtures.Page(
                "https://example.org/a",
                Instant.parse("2022-01-19T08:00:00Z"),
                WarcFixtures.html(
                    "Talks",
                    List.of(
                        "U.S. and Russian officials will hold security talks on January 10"
                            + " amid mounting tensions over Ukraine.")))),
        true);
    List<String> inputs = List.of(in.toString());

    SparkPipeline.Ingested ingested =
        new SparkPipeline(spark, IngestOptions.defaults(), new Analyzer()).ingest(inputs);

    assertThat(new Analyzer().analyze(ingested.articles()).articles())
        .isEqualTo(singleMachine(inputs).articles());
    assertThat(ingested.articles())
        .extracting(Article::source)
        .containsExactlyInAnyOrder(in + "/000.txt", in + "/004.txt", in + "/crawl.warc.gz#2");
    assertThat(ingested.problems())
        .containsExactly(
            in + "/bad.jsonl:1: no \"text\" field with article text [INVALID_INPUT]",
            in
                + "/bad.jsonl:2: malformed JSON: Unrecognized token 'not': was expecting (JSON"
                + " String, Number, Array, Object or token 'null', 'true' or 'false')"
                + " [INVALID_INPUT]",
            in
                + "/crawl.warc.gz: skipped 3 of 5 WARC records: 1 non-HTML response, 1 non-2xx"
                + " response, 1 revisit [UNSUPPORTED_FORMAT]");
  }

  @Test
  void missingInputIsAProblemNotAFailure() {
    SparkPipeline.Ingested ingested =
        new SparkPipeline(spark, IngestOptions.defaults(), new Analyzer())
            .ingest(List.of(dir.resolve("nope").toString()));
    assertThat(ingested.articles()).isEmpty();
    assertThat(ingested.problems()).singleElement().asString().contains("[NOT_FOUND]");
  }

  /**
   * B³ F1 of the event assignment of {@code a} against {@code b}; an article in no event is a
   * cluster of its own.
   */
  static double bcubedF1(Report a, Report b) {
    Map<String, Set<String>> ca = clusters(a);
    Map<String, Set<String>> cb = clusters(b);
    double p = 0;
    double r = 0;
    for (String id : ca.keySet()) {
      Set<String> x = ca.get(id);
      Set<String> y = cb.getOrDefault(id, Set.of(id));
      Set<String> both = new HashSet<>(x);
      both.retainAll(y);
      p += (double) both.size() / x.size();
      r += (double) both.size() / y.size();
    }
    int n = ca.size();
    if (n == 0) {
      return 1.0;
    }
    p /= n;
    r /= n;
    return 2 * p * r / (p + r);
  }

  private static Map<String, Set<String>> clusters(Report report) {
    Map<String, Set<String>> byArticle = new HashMap<>();
    report.articles().forEach(v -> byArticle.put(v.id(), new HashSet<>(Set.of(v.id()))));
    for (Event e : report.events()) {
      Set<String> members = new HashSet<>(e.articles());
      for (String id : members) {
        byArticle.put(id, members);
      }
    }
    return byArticle;
  }
}
