// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/** Locates {@code ../shared/data} for benchmarks. */
public final class BenchData {
  private BenchData() {}

  /**
   * The folder {@code name} of the shared data, searched beside the working directory and its
   * parents; system property {@code storylens.data} overrides.
   */
  public static Path shared(String name) {
    String prop = System.getProperty("storylens.data");
    if (prop != null) {
      return Paths.get(prop).resolve(name);
    }
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolveSibling("shared").resolve("data").resolve(name);
      if (Files.exists(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "shared data folder '" + name + "' not found beside the repository; set -Dstorylens.data");
  }

  /**
   * The machine a run measures on, for the first line of a bench's output: processors, garbage
   * collectors and load average (the machine may be shared).
   */
  static String machine() {
    return String.format(
        Locale.ROOT,
        "%d available processors, collectors %s, load average %.2f",
        Runtime.getRuntime().availableProcessors(),
        collectors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /**
   * The garbage collectors of this JVM ("PS Scavenge, PS MarkSweep" for the parallel collector, "G1
   * Young Generation, …" for G1): throughput figures depend on it, so benches print it.
   */
  static String collectors() {
    return String.join(
        ", ",
        java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(java.lang.management.GarbageCollectorMXBean::getName)
            .toList());
  }

  /** CPU time of the whole process (also garbage collection and compilation), or 0 if unknown. */
  static long processCpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  /** Total collection time the collectors report so far. */
  static long gcMillis() {
    long sum = 0;
    for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }
}
