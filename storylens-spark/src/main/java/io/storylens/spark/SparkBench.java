// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.Report;
import io.storylens.model.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Times the Spark pipeline in {@code local[1]} and {@code local[2]} in one process, on {@code
 * --copies} edited copies of a JSON Lines corpus (default: the news-clusters dev set):
 *
 * <pre>
 * java --add-opens=… -cp storylens-spark/target/storylens-spark-jar-with-dependencies.jar \
 *     io.storylens.spark.SparkBench --data ../shared/data/news-clusters/dev.jsonl [--copies 10]
 * </pre>
 *
 * Each mode runs once to warm up and then is timed; context start-up is not counted. The last line
 * is a JSON object with both timings and their ratio.
 */
public final class SparkBench {
  private SparkBench() {}

  public static void main(String[] args) throws IOException {
    Path data = Paths.get("../shared/data/news-clusters/dev.jsonl");
    int copies = 10;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Paths.get(args[++i]);
        case "--copies" -> copies = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    Path dir = Files.createTempDirectory("storylens-spark-bench");
    List<String> lines = Files.readAllLines(data, StandardCharsets.UTF_8);
    for (int k = 0; k < copies; k++) {
      StringBuilder b = new StringBuilder();
      for (String line : lines) {
        if (line.isBlank()) {
          continue;
        }
        ObjectNode o = (ObjectNode) Json.mapper().readTree(line);
        o.put("text", o.path("text").asText() + "\nEdited copy " + k + ".");
        b.append(Json.mapper().writeValueAsString(o)).append('\n');
      }
      Files.writeString(dir.resolve("copy-" + k + ".jsonl"), b.toString());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    double one = time("local[1]", dir, out);
    double two = time("local[2]", dir, out);
    out.put("speedup_local2_vs_local1", Math.round(one / two * 100) / 100.0);
    out.put("cores", Runtime.getRuntime().availableProcessors());
    System.out.println(Json.mapper().writeValueAsString(out));
  }

  private static double time(String master, Path input, Map<String, Object> out) {
    try (JavaSparkContext spark =
        new JavaSparkContext(LocalSpark.conf(master, "storylens-bench"))) {
      SparkPipeline pipeline =
          new SparkPipeline(spark, IngestOptions.defaults(), Analyzer.builder().build());
      pipeline.run(List.of(input.toString())); // warm-up
      long t0 = System.nanoTime();
      Report r = pipeline.run(List.of(input.toString()));
      double seconds = (System.nanoTime() - t0) / 1e9;
      out.put(master + "_articles", r.articles().size());
      out.put(master + "_seconds", Math.round(seconds * 100) / 100.0);
      System.err.printf(
          Locale.ROOT, "%s: %d articles in %.2f s%n", master, r.articles().size(), seconds);
      return seconds;
    }
  }
}
