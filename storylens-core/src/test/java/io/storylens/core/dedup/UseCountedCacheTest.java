// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A value lives from its first use to its last announced use, and is computed once meanwhile. */
class UseCountedCacheTest {
  @Test
  void aValueIsComputedOnceAndDroppedAfterItsLastAnnouncedUse() {
    List<String> computed = new ArrayList<>();
    UseCountedCache<String, SentenceSimilarity.Prepared> cache =
        new UseCountedCache<>(
            s -> {
              computed.add(s);
              return SentenceSimilarity.prepare(s);
            });
    String a = "The council approved the budget on Tuesday.";
    String b = "On Tuesday the council passed the budget.";
    cache.expect(a);
    cache.expect(a);
    cache.expect(b);
    SentenceSimilarity.Prepared first = cache.use(a);
    cache.use(b);
    cache.release(b);
    assertThat(cache.held()).isEqualTo(1);
    cache.release(a);
    assertThat(cache.use(a)).isSameAs(first);
    cache.release(a);
    assertThat(cache.held()).isZero();
    assertThat(cache.peak()).isEqualTo(2);
    assertThat(computed).containsExactly(a, b);
  }
}
