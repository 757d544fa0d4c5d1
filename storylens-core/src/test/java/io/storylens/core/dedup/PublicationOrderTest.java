// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.text.PublicationTimes;
import io.storylens.model.Article;
import io.storylens.model.Provenance;
import io.storylens.model.Sourced;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A derivation never runs from a later article to an earlier one. */
class PublicationOrderTest {
  private static Article article(String id, String day, String time, Provenance from) {
    Article a = Article.ofText(id, id + ".txt", "Some text of " + id + ".");
    return new Article(
        a.id(),
        a.source(),
        a.format(),
        a.title(),
        a.outlet(),
        a.url(),
        Sourced.of(LocalDate.parse(day), from),
        a.author(),
        List.of(),
        List.of(),
        List.of(),
        a.text(),
        time == null ? Map.of() : Map.of(PublicationTimes.TIME_FIELD, time));
  }

  @Test
  void earlierDayOrTimeComesFirstWhenTheInputSaysSo() {
    Article mon = article("a", "2016-11-10", null, Provenance.JSON);
    Article tue = article("b", "2016-11-11", null, Provenance.JSON);
    assertThat(DirectionJudge.publicationOrder(mon, tue)).isEqualTo(-1);
    assertThat(DirectionJudge.publicationOrder(tue, mon)).isEqualTo(1);
    Article morning = article("c", "2016-11-11", "01:11:34", Provenance.JSON);
    Article noon = article("d", "2016-11-11", "11:02:27", Provenance.JSON);
    assertThat(DirectionJudge.publicationOrder(noon, morning)).isEqualTo(1);
    // unknown time of day on one day, or a date read from the text: no order
    assertThat(DirectionJudge.publicationOrder(tue, noon)).isZero();
    Article inferred = article("e", "2016-11-09", null, Provenance.INFERRED);
    assertThat(DirectionJudge.publicationOrder(inferred, tue)).isZero();
  }
}
