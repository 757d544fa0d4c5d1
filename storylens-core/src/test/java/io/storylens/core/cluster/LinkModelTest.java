// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storylens.core.text.Tokens;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkModelTest {
  @Test
  void theShippedModelRoundTripsAndWeighsSimilarityUpAndTimeGapsDown() {
    LinkModel m = LinkModel.shipped();
    LinkModel back = LinkModel.parse(m.write(List.of("copy")), "copy");
    assertThat(back.weights()).containsExactly(m.weights());
    assertThat(back.threshold()).isEqualTo(m.threshold());
    assertThat(back.eventSpanDays()).isEqualTo(m.eventSpanDays());
    // The span bound is the longest gold event of the training data: news-clusters has topical
    // events running well over a year (the Panama Papers, April 2016 to November 2017).
    assertThat(m.eventSpanDays()).isBetween(365.0, 730.0);
    assertThat(m.storylineThreshold()).isLessThan(m.threshold());
    int dense = LinkFeatures.NAMES.indexOf("dense_centroid");
    int gap = LinkFeatures.NAMES.indexOf("log_gap_days");
    assertThat(m.weights()[dense]).isPositive();
    assertThat(m.weights()[gap]).isNegative();
  }

  @Test
  void aPreviewAndTheTalksItAnnouncesConflictInDateButAFollowUpInTheSameWordsDoesNot() {
    DocumentFrequencies df = new DocumentFrequencies();
    GroupingSignals.Signals talks =
        signals("a", "US and Russia agree to hold talks on January 10", "2022-01-10");
    GroupingSignals.Signals preview =
        signals("b", "Biden and Putin to speak by phone as tensions rise", "2021-12-30");
    GroupingSignals.Signals followUp =
        signals("c", "US and Russia talks on January 10 confirmed", "2022-01-12");
    for (GroupingSignals.Signals s : List.of(talks, preview, followUp)) {
      df.add(s.title().keySet());
    }
    EventProfile event = new EventProfile(2);
    event.add(talks);
    assertThat(LinkFeatures.dateConflict(preview, event, df)).isEqualTo(1.0);
    assertThat(LinkFeatures.dateConflict(followUp, event, df)).isEqualTo(0.0);
    assertThat(event.dayGap(preview.days())).isEqualTo(11);
  }

  private static GroupingSignals.Signals signals(String id, String headline, String day) {
    Map<String, Float> title = new HashMap<>();
    for (String w : Tokens.contentWords(headline)) {
      title.put(Featurizer.stem(w), 1f);
    }
    return new GroupingSignals.Signals(
        id,
        headline,
        LocalDate.parse(day).toEpochDay() * 86_400,
        true,
        new float[] {1, 0},
        title,
        Map.of(),
        Set.of(),
        new int[] {(int) LocalDate.parse(day).toEpochDay()});
  }

  @Test
  void aFileForOtherFeaturesOrWithoutALineIsRefusedByName() {
    String text = LinkModel.shipped().write(List.of());
    assertThatThrownBy(() -> LinkModel.parse(text.replace("log_size", "size"), "old.model"))
        .hasMessageContaining("old.model")
        .hasMessageContaining("run the trainer again");
    assertThatThrownBy(() -> LinkModel.parse(text.replaceAll("(?m)^threshold.*$", ""), "cut.model"))
        .hasMessageContaining("cut.model")
        .hasMessageContaining("threshold");
    assertThatThrownBy(
            () -> LinkModel.parse(text.replaceAll("(?m)^event_span_days.*$", ""), "old.model"))
        .hasMessageContaining("old.model")
        .hasMessageContaining("event_span_days");
  }
}
