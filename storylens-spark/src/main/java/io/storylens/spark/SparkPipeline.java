// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylens.core.ingest.Decoding;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.IngestProblem;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.ingest.WarcParser;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.Report;
import io.storylens.model.Article;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import io.storylens.model.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;

/**
 * The batch pipeline on Spark. Two seams:
 *
 * <ol>
 *   <li><b>ingest + clean in executors</b>: JSON Lines files ({@code .jsonl}, {@code .ndjson}) are
 *       split by lines across partitions and each line goes through {@link Ingestor#readJsonLine};
 *       every other file (WARC, WARC.gz, HTML, text, gzip) is read whole by one task through {@link
 *       Ingestor#read(String, byte[])}, WARC archives streamed record by record. Articles travel as
 *       JSON (the model records are not {@code Serializable}).
 *   <li><b>analysis</b>: the core {@link Analyzer} runs over the cleaned articles, so every stage
 *       (near-duplicate links, events, storylines, dossiers) is the single-machine code. Stages
 *       that grow quadratic work should do their candidate generation (MinHash bands, time-window
 *       blocks) as a keyed step before this seam (see docs/spark.md).
 * </ol>
 *
 * Articles are named as {@code storylens ingest} names them (the argument as given, plus the path
 * below it for directories, plus {@code #line}), so ids equal the single-machine ids.
 */
public final class SparkPipeline {
  private final JavaSparkContext spark;
  private final IngestOptions options;
  private final Analyzer analyzer;

  public SparkPipeline(JavaSparkContext spark, IngestOptions options, Analyzer analyzer) {
    this.spark = Objects.requireNonNull(spark, "spark");
    this.options = Objects.requireNonNull(options, "options");
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  /** What ingest produced: articles and problems (as printed lines). */
  public record Ingested(List<Article> articles, List<String> problems) {
    public Ingested {
      articles = List.copyOf(articles);
      problems = List.copyOf(problems);
    }
  }

  /** Ingests and analyzes {@code inputs} (any Hadoop paths: files or directories). */
  public Report run(List<String> inputs) {
    return analyzer.analyze(ingest(inputs).articles());
  }

  /** Ingests and cleans {@code inputs} in the executors; returns articles sorted by id. */
  public Ingested ingest(List<String> inputs) {
    InputListing listing = InputListing.list(spark.hadoopConfiguration(), inputs);
    List<JavaRDD<String>> parts = new ArrayList<>();
    long maxBytes = options.maxBytes();
    if (!listing.lineSplit().isEmpty()) {
      for (Map.Entry<String, String> e : listing.lineSplit().entrySet()) {
        String name = e.getValue();
        parts.add(
            spark
                .textFile(e.getKey(), spark.defaultParallelism())
                .zipWithIndex()
                .mapPartitions(new LineTask(maxBytes, name)));
      }
    }
    if (!listing.whole().isEmpty()) {
      Map<String, String> names = listing.whole();
      parts.add(
          spark
              .binaryFiles(String.join(",", names.keySet()), spark.defaultParallelism())
              .mapPartitions(new FileTask(maxBytes, names)));
    }
    List<String> encoded =
        parts.isEmpty() ? List.of() : spark.union(parts.toArray(JavaRDD[]::new)).collect();
    List<Article> articles = new ArrayList<>();
    List<String> problems = new ArrayList<>(listing.problems());
    ObjectMapper json = Json.mapper();
    for (String e : encoded) {
      if (e.startsWith(PROBLEM)) {
        problems.add(e.substring(PROBLEM.length()));
      } else {
        try {
          articles.add(json.readValue(e, Article.class));
        } catch (JsonProcessingException ex) {
          throw new StorylensException(ErrorCode.INTERNAL, "bad article from executor: " + ex, ex);
        }
      }
    }
    articles.sort(Comparator.comparing(Article::id));
    problems.sort(null);
    return new Ingested(articles, problems);
  }

  /** Prefix of a problem line in the executors' output (an article is a JSON object). */
  static final String PROBLEM = "!";

  private static void emit(Ingestor.Result r, List<String> out) {
    ObjectMapper json = Json.mapper();
    for (Article a : r.articles()) {
      try {
        out.add(json.writeValueAsString(a));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (IngestProblem p : r.problems()) {
      out.add(PROBLEM + p);
    }
  }

  /** Ingests the lines of one JSON Lines file in a partition. */
  private record LineTask(long maxBytes, String name)
      implements org.apache.spark.api.java.function.FlatMapFunction<
              Iterator<Tuple2<String, Long>>, String>,
          Serializable {
    @Override
    public Iterator<String> call(Iterator<Tuple2<String, Long>> lines) {
      Ingestor ingestor = new Ingestor(new IngestOptions(maxBytes));
      List<String> out = new ArrayList<>();
      while (lines.hasNext()) {
        Tuple2<String, Long> t = lines.next();
        emit(ingestor.readJsonLine(name, Math.toIntExact(t._2() + 1), t._1()), out);
      }
      return out.iterator();
    }
  }

  /** Ingests whole files in a partition. */
  private record FileTask(long maxBytes, Map<String, String> names)
      implements org.apache.spark.api.java.function.FlatMapFunction<
              Iterator<Tuple2<String, PortableDataStream>>, String>,
          Serializable {
    @Override
    public Iterator<String> call(Iterator<Tuple2<String, PortableDataStream>> files)
        throws IOException {
      Ingestor ingestor = new Ingestor(new IngestOptions(maxBytes));
      List<String> out = new ArrayList<>();
      while (files.hasNext()) {
        Tuple2<String, PortableDataStream> f = files.next();
        String name = names.getOrDefault(f._1(), f._1());
        emit(read(ingestor, name, f._2()), out);
      }
      return out.iterator();
    }

    private Ingestor.Result read(Ingestor ingestor, String name, PortableDataStream data)
        throws IOException {
      byte[] head;
      try (InputStream in = data.open()) {
        head = in.readNBytes(512);
      }
      if (WarcParser.isWarc(head)) {
        try (InputStream in = new java.io.BufferedInputStream(data.open())) {
          return ingestor.readWarc(name, in);
        }
      }
      try (InputStream in = data.open()) {
        return ingestor.read(name, Decoding.readLimited(in, maxBytes, "file size"));
      } catch (StorylensException e) {
        return new Ingestor.Result(
            List.of(), List.of(IngestProblem.of(name, e.code(), e.getMessage())));
      }
    }
  }
}
