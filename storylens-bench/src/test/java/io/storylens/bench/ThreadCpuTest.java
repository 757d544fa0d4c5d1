// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The split of the process CPU by kind of thread that the analysis benchmark prints. */
class ThreadCpuTest {
  @Test
  void theRestOfTheProcessTimeIsTheWork() {
    Map<String, Double> before = Map.of("jit", 1.0, "gc", 0.5, "other", 3.0);
    Map<String, Double> after = Map.of("jit", 4.0, "gc", 1.5, "other", 3.2);
    Map<String, Double> d = ThreadCpu.since(before, after, 10.0);
    assertThat(d.get("jit")).isCloseTo(3.0, within(1e-9));
    assertThat(d.get("gc")).isCloseTo(1.0, within(1e-9));
    // The analysis threads ended before the second reading: their time is the remainder.
    assertThat(d.get("work")).isCloseTo(6.0, within(1e-9));
    assertThat(ThreadCpu.format(d)).isEqualTo("gc 1.0, jit 3.0, work 6.0");
    assertThat(ThreadCpu.since(before, Map.of(), 10.0)).isEmpty();
    assertThat(ThreadCpu.format(Map.of())).isEqualTo("unknown");
  }

  @Test
  void readsTheCompilerThreadsOfThisJvmOnLinux() {
    Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
    Map<String, Double> now = ThreadCpu.byKind();
    // Every JVM has its compiler threads and a main thread; their times are never negative.
    assertThat(now).containsKeys("jit", "other");
    assertThat(now.values()).allSatisfy(v -> assertThat(v).isGreaterThanOrEqualTo(0.0));
  }
}
