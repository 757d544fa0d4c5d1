// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuoteEvalTest {
  @NeedsSharedData
  @Test
  void scoresTheRuleExtractorOnPolnearDev() {
    Path dev = Fixtures.sharedData("polnear").resolve("dev");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Map<String, Object> figures =
        new QuoteEval(List.of()).run(dev, new PrintStream(buf, true, StandardCharsets.UTF_8));
    assertThat(figures).containsKeys("content_f1", "source_accuracy", "cue_f1", "attributions");
    assertThat((Integer) figures.get("articles")).isEqualTo(84);
    // Held-out articles (not tuned on): the goal is 0.85; the floor leaves room for noise.
    assertThat((Double) figures.get("source_accuracy")).isGreaterThan(0.8);
    assertThat((Double) figures.get("content_f1")).isGreaterThan(0.5);
    assertThat(buf.toString(StandardCharsets.UTF_8)).contains("storylens-rules");
  }

  @Test
  void readsBratStandoffWithDiscontinuousSpans() {
    List<BratAttributions.Gold> gold =
        BratAttributions.parse(
            List.of(
                "T1\tSource 0 5\tBiden",
                "T2\tCue 6 10\tsaid",
                "T3\tContent 11 20;25 30\tx",
                "T4\tAttribution 6 10\tsaid",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
                "E2\tAttribution:T4 Content:T3 Cue:T2"));
    assertThat(gold).hasSize(2);
    assertThat(gold.get(0).content()).isEqualTo(new BratAttributions.Span(11, 30));
    assertThat(gold.get(0).source()).contains(new BratAttributions.Span(0, 5));
    assertThat(gold.get(1).source()).isEmpty();
  }

  /** Opt-in (minutes): {@code -Dstorylens.quotes.corenlp=true [-Dstorylens.quotes.data=DIR]}. */
  @NeedsSharedData
  @Test
  void comparesWithCoreNlpWhenAskedTo() {
    assumeTrue(Boolean.getBoolean("storylens.quotes.corenlp"), "CoreNLP comparison is opt-in");
    String dir = System.getProperty("storylens.quotes.data");
    Path data = dir != null ? Path.of(dir) : Fixtures.sharedData("polnear").resolve("dev");
    Map<String, Object> figures = new QuoteEval().run(data, System.out);
    System.out.println(figures);
    assertThat(figures).containsKey("corenlp_quote_source_accuracy");
  }
}
