// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.dedup.DerivationLinker;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.ingest.InputFile;
import io.storylens.core.ingest.Inputs;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.Report;
import io.storylens.core.pipeline.ReportWriter;
import io.storylens.model.Article;
import io.storylens.model.Event;
import io.storylens.model.Link;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import io.storylens.testkit.WarcFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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

@NeedsSharedData
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

  /** The single-machine ingest: the CLI's Ingestor over the same inputs, sorted by id. */
  static List<Article> singleMachineArticles(List<String> inputs) {
    Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    List<Article> articles = new ArrayList<>();
    for (InputFile f : Inputs.expand(inputs).files()) {
      articles.addAll(ingestor.read(f).articles());
    }
    articles.sort(Comparator.comparing(Article::id));
    return articles;
  }

  @Test
  void devCorpusGivesTheSameArticlesAndLinksAsOneMachine() {
    Path dev = Fixtures.sharedData("news-clusters").resolve("dev.jsonl");
    List<String> inputs = List.of(dev.toString());

    List<Article> local = singleMachineArticles(inputs);
    SparkPipeline.Ingested distributed =
        new SparkPipeline(spark, IngestOptions.defaults(), new Analyzer()).ingest(inputs);

    // The file was split across partitions, and still every article is the same, id and all.
    assertThat(local).hasSize(198);
    assertThat(distributed.problems()).isEmpty();
    assertThat(distributed.articles()).isEqualTo(local);
    // The Analyzer's link stage over both: same duplicate and rewrite links, same groups.
    List<Article> ordered = local.stream().sorted(Analyzer.ORDER).toList();
    List<Link> localLinks = new DerivationLinker().link(ordered);
    List<Link> sparkLinks =
        new DerivationLinker()
            .link(distributed.articles().stream().sorted(Analyzer.ORDER).toList());
    assertThat(localLinks).isNotEmpty();
    assertThat(sparkLinks).isEqualTo(localLinks);
    assertThat(bcubedF1(components(ordered, sparkLinks), components(ordered, localLinks)))
        .isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void wholeReportOnADevSubsetIsIdenticalToOneMachine() throws IOException {
    Path dev = Fixtures.sharedData("news-clusters").resolve("dev.jsonl");
    // The full analysis (dossiers over one fallback story) is slow on all 198 articles; 24 keep
    // this test short while still covering links, events and dossiers.
    Path subset = dir.resolve("subset.jsonl");
    Files.write(subset, Files.readAllLines(dev).subList(0, 24));
    List<String> inputs = List.of(subset.toString());

    Report local = new Analyzer().analyze(singleMachineArticles(inputs));
    Report distributed =
        new SparkPipeline(spark, IngestOptions.defaults(), new Analyzer()).run(inputs);

    assertThat(distributed.articles()).hasSize(24);
    assertThat(distributed.links()).isEqualTo(local.links());
    assertThat(bcubedF1(clusters(distributed), clusters(local))).isGreaterThanOrEqualTo(0.99);
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

    assertThat(ingested.articles()).isEqualTo(singleMachineArticles(inputs));
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

  /** B³ F1 of clustering {@code a} against {@code b}: article id to the ids of its cluster. */
  static double bcubedF1(Map<String, Set<String>> ca, Map<String, Set<String>> cb) {
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

  /** Events of a report as clusters; an article in no event is a cluster of its own. */
  static Map<String, Set<String>> clusters(Report report) {
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

  /** Connected components of the link graph as clusters. */
  static Map<String, Set<String>> components(List<Article> articles, List<Link> links) {
    Map<String, Set<String>> byArticle = new HashMap<>();
    articles.forEach(a -> byArticle.put(a.id(), new HashSet<>(Set.of(a.id()))));
    for (Link l : links) {
      Set<String> a = byArticle.get(l.from());
      Set<String> b = byArticle.get(l.to());
      if (a != b) {
        a.addAll(b);
        for (String id : b) {
          byArticle.put(id, a);
        }
      }
    }
    return byArticle;
  }
}
