// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.pipeline.IngestService;
import io.storylens.model.json.Json;
import io.storylens.store.Database;
import io.storylens.store.SqliteArticleStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Many one-article inputs: ingest with one transaction per input against the default grouped
 * commits, in the same process (each measured on its second run, after a warm-up run), printing
 * wall and process CPU time per mode as a JSON line.
 *
 * <pre>
 * java -cp storylens-bench/target/benchmarks.jar io.storylens.bench.GroupCommitBench [--inputs 3000]
 * </pre>
 */
public final class GroupCommitBench {
  private GroupCommitBench() {}

  @Command(name = "GroupCommitBench")
  static final class Args {
    @Mixin BenchArgs common = new BenchArgs();

    @Option(names = "--inputs", description = "Articles ingested per run (default: 3000).")
    int inputs = 3000;
  }

  public static void main(String[] args) throws IOException {
    int inputs = BenchArgs.parse(new Args(), args).inputs;
    Path dir = Files.createTempDirectory("storylens-group-bench");
    SyntheticNews corpus =
        SyntheticNews.fromJsonLines(BenchData.shared("news-clusters").resolve("dev.jsonl"), 7);
    Path in = dir.resolve("in");
    corpus.write(in, inputs, 1);
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("inputs", inputs);
    int readers = Runtime.getRuntime().availableProcessors();
    for (int run = 0; run < 2; run++) {
      for (int group : new int[] {1, IngestService.GROUP_ARTICLES}) {
        Path db = dir.resolve("g" + group + "-" + run + ".db");
        try (Database d = Database.open(db)) {
          var os =
              (com.sun.management.OperatingSystemMXBean)
                  ManagementFactory.getOperatingSystemMXBean();
          long cpu0 = os.getProcessCpuTime();
          long t0 = System.nanoTime();
          IngestService.Summary s =
              new IngestService(IngestOptions.defaults(), new SqliteArticleStore(d), readers, group)
                  .ingest(List.of(in.toString()), IngestService.Progress.NONE, p -> {});
          double wall = (System.nanoTime() - t0) / 1e9;
          double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
          if (run == 1) {
            String mode = group == 1 ? "per_input" : "grouped";
            f.put(mode + "_added", s.added().size());
            f.put(mode + "_wall_seconds", Math.round(wall * 100) / 100.0);
            f.put(mode + "_cpu_seconds", Math.round(cpu * 100) / 100.0);
          }
        }
      }
    }
    Path load = Path.of("/proc/loadavg");
    f.put("load_average", Files.exists(load) ? Files.readString(load).strip() : "n/a");
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
    System.out.println(Json.mapper().writeValueAsString(f));
  }
}
