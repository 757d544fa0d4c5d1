// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of this process by kind of thread (JIT compilers, garbage collector, the rest), read
 * from Linux's {@code /proc/self/task}: the JVM's compiler and collector threads are hidden from
 * {@link java.lang.management.ThreadMXBean}, and in a cold run they are where much of the process
 * CPU goes. Threads that ended between two readings are lost, so differences of two readings
 * understate short-lived threads; the analysis threads live through the run. Empty where {@code
 * /proc} is not there.
 */
final class ThreadCpu {
  private ThreadCpu() {}

  /**
   * Linux's clock ticks per second for {@code utime} and {@code stime}, fixed on the kernels used.
   */
  private static final double TICKS = 100.0;

  /** CPU-seconds per kind of thread ({@code jit}, {@code gc}, {@code other}), so far. */
  static Map<String, Double> byKind() {
    Map<String, Double> out = new TreeMap<>();
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return out;
    }
    try (Stream<Path> ts = Files.list(tasks)) {
      ts.forEach(
          t -> {
            try {
              String stat = Files.readString(t.resolve("stat"), StandardCharsets.US_ASCII);
              int close = stat.lastIndexOf(')');
              String name = stat.substring(stat.indexOf('(') + 1, close);
              String[] f = stat.substring(close + 2).split(" ");
              // Fields 14 and 15 of stat (user and system ticks), counted after the name.
              double s = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS;
              out.merge(kind(name), s, Double::sum);
            } catch (IOException | RuntimeException e) {
              // The thread ended while being read: its time is lost, as documented.
            }
          });
    } catch (IOException e) {
      return new TreeMap<>();
    }
    return out;
  }

  /**
   * The CPU-seconds of the JIT compilers ({@code jit}) and the collector ({@code gc}) between
   * {@code before} and {@code after}, and the rest of {@code processCpuS} ({@code work}): the
   * analysis threads end with their pool before {@code after} is read, so their time is what the
   * process spent besides compiling and collecting.
   */
  static Map<String, Double> since(
      Map<String, Double> before, Map<String, Double> after, double processCpuS) {
    Map<String, Double> out = new TreeMap<>();
    if (after.isEmpty()) {
      return out;
    }
    double rest = processCpuS;
    for (String k : new String[] {"jit", "gc"}) {
      double d = after.getOrDefault(k, 0.0) - before.getOrDefault(k, 0.0);
      out.put(k, d);
      rest -= d;
    }
    out.put("work", rest);
    return out;
  }

  /** {@code kinds} as "gc 1.2, jit 3.4, other 5.6" (CPU-seconds). */
  static String format(Map<String, Double> kinds) {
    StringBuilder b = new StringBuilder();
    kinds.forEach(
        (k, v) ->
            b.append(b.length() == 0 ? "" : ", ")
                .append(k)
                .append(' ')
                .append(String.format(Locale.ROOT, "%.1f", v)));
    return b.length() == 0 ? "unknown" : b.toString();
  }

  private static String kind(String name) {
    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
      return "jit";
    }
    if (name.startsWith("GC Thread") || name.startsWith("VM Thread") || name.startsWith("G1 ")) {
      return "gc";
    }
    return "other";
  }
}
