// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The benchmark mains read the same command lines as before picocli parsed them. */
class BenchArgsTest {
  @Test
  void positionalArgumentsKeepTheirOrderAndDefaults() {
    ClusterThroughput.Args a = BenchArgs.parse(new ClusterThroughput.Args(), new String[] {"500"});
    assertThat(a.articles).isEqualTo(500);
    assertThat(a.rounds).isEqualTo(2);
    assertThat(a.configs).containsExactly(0, 1, 2);
    a = BenchArgs.parse(new ClusterThroughput.Args(), new String[] {"500", "3", "0,2"});
    assertThat(a.rounds).isEqualTo(3);
    assertThat(a.configs).containsExactly(0, 2);
    assertThat(BenchArgs.parse(new ClusterScale.Args(), new String[] {}).sizes)
        .containsExactly(10_000, 100_000);
    assertThat(BenchArgs.parse(new ClusterScale.Args(), new String[] {"5", "7"}).sizes)
        .containsExactly(5, 7);
  }

  @Test
  void optionsTakeDigitSeparatorsAndFlags() {
    IngestBench.Args a =
        BenchArgs.parse(
            new IngestBench.Args(),
            new String[] {"--articles", "1_000_000", "--no-events", "--work", "/tmp/x"});
    assertThat(a.articles).isEqualTo(1_000_000L);
    assertThat(a.noEvents).isTrue();
    assertThat(a.noBaseline).isFalse();
    assertThat(a.work).isEqualTo(Path.of("/tmp/x"));
    assertThat(a.perFile).isEqualTo(2000);
  }
}
