// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.spark;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.Report;
import io.storylens.core.pipeline.ReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * {@code spark-submit --class io.storylens.spark.StorylensSparkJob storylens-spark.jar [--max-bytes
 * N] --out DIR INPUT…}: runs the pipeline over Hadoop paths and writes {@code DIR/storylens.json}
 * (any Hadoop file system) in the single-machine layout. Problems go to stderr, one line each; exit
 * code 1 when there were any, as {@code storylens ingest}.
 */
public final class StorylensSparkJob {
  private StorylensSparkJob() {}

  public static void main(String[] args) throws IOException {
    List<String> inputs = new ArrayList<>();
    String out = null;
    long maxBytes = IngestOptions.DEFAULT_MAX_BYTES;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = args[++i];
        case "--max-bytes" -> maxBytes = Long.parseLong(args[++i]);
        default -> inputs.add(args[i]);
      }
    }
    if (out == null || inputs.isEmpty()) {
      System.err.println("usage: StorylensSparkJob [--max-bytes N] --out DIR INPUT...");
      System.exit(2);
    }
    SparkConf conf = new SparkConf().setAppName("storylens");
    if (!conf.contains("spark.master")) {
      conf = LocalSpark.conf("local[*]", "storylens");
    }
    try (JavaSparkContext spark = new JavaSparkContext(conf)) {
      SparkPipeline pipeline =
          new SparkPipeline(spark, new IngestOptions(maxBytes), Analyzer.builder().build());
      SparkPipeline.Ingested ingested = pipeline.ingest(inputs);
      ingested.problems().forEach(p -> System.err.println("rejected: " + p));
      Report report = Analyzer.builder().build().analyze(ingested.articles());
      Path target = new Path(out, ReportWriter.FILE_NAME);
      write(spark, target, ReportWriter.toJson(report));
      System.out.printf(
          Locale.ROOT,
          "analyzed %d article(s), %d rejected; wrote %s%n",
          report.articles().size(),
          ingested.problems().size(),
          target);
      if (!ingested.problems().isEmpty()) {
        System.exit(1);
      }
    }
  }

  /** Writes to a temporary name, then renames, so readers never see half a file. */
  static void write(JavaSparkContext spark, Path target, String json) throws IOException {
    FileSystem fs = target.getFileSystem(spark.hadoopConfiguration());
    Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp");
    try (OutputStream o = fs.create(tmp, true)) {
      o.write(json.getBytes(StandardCharsets.UTF_8));
    }
    fs.delete(target, false);
    if (!fs.rename(tmp, target)) {
      throw new IOException("cannot rename " + tmp + " to " + target);
    }
  }
}
