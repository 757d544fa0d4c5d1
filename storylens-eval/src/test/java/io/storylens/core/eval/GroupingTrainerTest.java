// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.storylens.core.cluster.ClusterDoc;
import io.storylens.core.cluster.GroupingSettings;
import io.storylens.core.cluster.GroupingSignals;
import io.storylens.core.cluster.LinkModel;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * How the trainer measures the event span bound and which pairs it trains on, and that it
 * reproduces the shipped link model.
 */
class GroupingTrainerTest {
  private static final long DAY = 86_400;

  /** Signals from the document alone: a fixed direction per gold event, headline words. */
  private static GroupingSignals.Signals signals(ClusterDoc d) {
    float[] dense = d.title().contains("Panama") ? new float[] {1, 0} : new float[] {0, 1};
    return new GroupingSignals.Signals(
        d.id(),
        d.title(),
        d.time().getEpochSecond(),
        d.flags().isEmpty(),
        dense,
        Map.of(d.title().split(" ")[0].toLowerCase(Locale.ROOT), 1f),
        Map.of(),
        Set.of(),
        new int[0]);
  }

  private static ClustersEval.Item item(String id, String title, String day, String gold) {
    return new ClustersEval.Item(
        ClusterDoc.of(id, title, "", "outlet", Instant.parse(day + "T12:00:00Z")), gold);
  }

  @Test
  void theSpanBoundIsTheLongestGoldEventRoundedUpAndPairsBeyondItAreLeftOut() {
    List<ClustersEval.Item> items =
        List.of(
            item("a", "Panama Papers leak", "2016-04-04", "panama"),
            item("b", "Harambe shot at zoo", "2016-05-29", "harambe"),
            item("c", "Harambe zoo inquiry", "2016-06-01", "harambe"),
            item("d", "Panama Papers arrests", "2017-11-30", "panama"));
    GroupingTrainer t =
        new GroupingTrainer(GroupingSettings.defaults(), GroupingTrainerTest::signals, "test");
    // Panama: 2016-04-04 to 2017-11-30, 605 days; Harambe: 3 days.
    assertThat(t.eventSpanDays(items)).isEqualTo(605.0);
    assertThat(t.eventSpanDays(items.subList(1, 3))).isEqualTo(3.0);

    List<Double> labels = new ArrayList<>();
    assertThat(t.pairs(items, 605, labels)).hasSize(1 + 2 + 2);
    // b against Panama; c against Panama and Harambe; d against Panama (its own) and Harambe.
    assertThat(labels).containsExactly(0.0, 0.0, 1.0, 1.0, 0.0);
    // With a bound shorter than the Panama Papers' span, its last article is paired with neither
    // event: Harambe's span would reach back to May 2016 too.
    List<Double> shorter = new ArrayList<>();
    assertThat(t.pairs(items, 365, shorter)).hasSize(1 + 2);
    assertThat(shorter).containsExactly(0.0, 0.0, 1.0);
  }

  @Test
  @NeedsSharedData
  void refittingOnTheDevelopmentClustersReproducesTheShippedModel() throws Exception {
    Path dev = Fixtures.sharedData("news-clusters").resolve("dev.jsonl");
    String refit =
        GroupingTrainer.resource(
            ClustersEval.read(dev), "dev.jsonl", new PrintStream(OutputStream.nullOutputStream()));
    String shipped;
    try (var in = LinkModel.class.getResourceAsStream(LinkModel.RESOURCE)) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertSameModel(refit, shipped);
  }

  private static final Pattern NUMBER = Pattern.compile("-?\\d+\\.\\d+");

  /**
   * Line by line, the words exact and the decimal numbers within a small tolerance: ONNX Runtime's
   * kernels differ by processor (vector width, fused multiply-add), so the embeddings, and the
   * means, scales and weights fitted on them, move in their fourth or fifth digit from one machine
   * to another. Feature names, the span bound and every grid choice must still be the same.
   */
  private static void assertSameModel(String refit, String shipped) {
    List<String> a = refit.lines().toList();
    List<String> b = shipped.lines().toList();
    assertThat(a).hasSameSizeAs(b);
    for (int i = 0; i < a.size(); i++) {
      assertThat(NUMBER.matcher(a.get(i)).replaceAll("#"))
          .as("line %d", i + 1)
          .isEqualTo(NUMBER.matcher(b.get(i)).replaceAll("#"));
      Matcher x = NUMBER.matcher(a.get(i));
      Matcher y = NUMBER.matcher(b.get(i));
      while (x.find() && y.find()) {
        double want = Double.parseDouble(y.group());
        assertThat(Double.parseDouble(x.group()))
            .as("line %d: %s", i + 1, b.get(i))
            .isCloseTo(want, within(2e-3 + 5e-3 * Math.abs(want)));
      }
    }
  }
}
