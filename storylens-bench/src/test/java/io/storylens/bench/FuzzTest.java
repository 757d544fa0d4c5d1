// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.testkit.Fixtures;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A short run of the fuzzer; {@link FuzzBench} does the long one. */
class FuzzTest {
  @Test
  void mutatedInputsOfEveryFormatGiveClearProblemsAndNoCrashOrHang() {
    List<byte[]> seeds = FuzzSeeds.from(Fixtures.seeds());
    assertThat(seeds).hasSize(5 * 2 + 4);

    Fuzzer.Stats s = new Fuzzer(seeds, 10_000).run(1000, 20260101);

    assertThat(s.findings()).isEmpty();
    assertThat(s.inputs()).isEqualTo(1000);
    // The mutants reach both outcomes: some still parse, many are rejected, several ways.
    assertThat(s.articles()).isGreaterThan(100);
    assertThat(s.rejections()).containsKeys("INVALID_INPUT", "UNSUPPORTED_FORMAT");
  }

  @Test
  void mutationIsDeterministicForASeed() {
    Fuzzer f = new Fuzzer(FuzzSeeds.from(Fixtures.seeds()), 10_000);
    for (long i = 0; i < 50; i++) {
      assertThat(f.mutate(new SplittableRandom(i))).isEqualTo(f.mutate(new SplittableRandom(i)));
    }
  }
}
