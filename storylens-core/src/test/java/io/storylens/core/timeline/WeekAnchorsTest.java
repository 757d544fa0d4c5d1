// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.nlp.LanguageLayer;
import io.storylens.model.Article;
import io.storylens.model.TimelineEntry;
import io.storylens.testkit.NeedsModels;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An article whose header date is weeks off, found by the other articles of its story: real
 * sentences of the Costa Rica plane crash of Sunday 2017-12-31, one of them (RT's) under a header
 * of 2018-01-14.
 */
@NeedsModels
class WeekAnchorsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ArticleTimes times(String id, String published, String text) {
    return timesAt(id, published + " 12:00:00", text);
  }

  private static ArticleTimes timesAt(String id, String published, String text) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", id);
    n.put("title", "Plane crash in Costa Rica");
    n.put("text", text);
    n.put("date_publish", published);
    n.put("source_domain", id + ".example.com");
    Article a =
        new Ingestor(IngestOptions.defaults()).readJsonLine(id, 1, n.toString()).articles().get(0);
    return ArticleTimes.of(a, LanguageLayer.shared().annotateAll(List.of(a)).get(a.id()));
  }

  private static final String HUFFPOST =
      "A plane carrying 10 American tourists, including a family of five from New York and a"
          + " family of four from Florida, as well as two Costa Rican pilots crashed in northwestern"
          + " Costa Rica on Sunday, killing everyone on board, officials said.";
  private static final String DENVER =
      "A New York couple and their three sons were among 12 people killed when a small plane"
          + " crashed in Costa Rica on Sunday, according to a statement from a rabbi in Scarsdale.";

  /** A photo caption, as the article opens. */
  private static final String CHINA_DAILY =
      "The burned fuselage of the small plane that crashed, in Guanacaste, Costa Rica, on Sunday.";

  private static final String RT =
      "On Sunday, a small aircraft operated by two local pilots crashed in the mountainous region"
          + " of Punta Islit, in Guanacaste, Costa Rica with 10 Americans on board.";

  private static List<String> dates(List<TimelineEntry> entries, ArticleTimes article) {
    String id = article.article().id();
    return entries.stream()
        .filter(e -> e.articles().contains(id))
        .map(TimelineEntry::date)
        .toList();
  }

  private static List<ArticleTimes> story() {
    List<ArticleTimes> out = new ArrayList<>();
    out.add(times("huffpost", "2017-12-31", HUFFPOST));
    out.add(times("denver", "2018-01-01", DENVER));
    out.add(times("chinadaily", "2018-01-02", CHINA_DAILY));
    return out;
  }

  @Test
  void aWeekdayTheStoryDatesOtherwiseMovesToTheStorysWeek() {
    List<ArticleTimes> all = story();
    ArticleTimes rt = times("rt", "2018-01-14", RT);
    all.add(rt);
    List<TimelineEntry> entries = TimelineBuilder.fromTimes(all);
    assertThat(dates(entries, all.get(0))).containsExactly("2017-12-31");
    assertThat(dates(entries, rt)).containsExactly("2017-12-31");
  }

  @Test
  void aWeekdayOfAnotherHappeningStays() {
    List<ArticleTimes> all = story();
    ArticleTimes rt =
        times(
            "rt",
            "2018-01-14",
            "Investigators said on Sunday that the pilots had reported no mechanical problems"
                + " before takeoff.");
    all.add(rt);
    assertThat(dates(TimelineBuilder.fromTimes(all), rt)).containsExactly("2018-01-14");
  }

  /** The Washington Post's AP story, under a header of the crash day without a time of day. */
  private static final String WAPO =
      "SAN JOSE, Costa Rica — Costa Rican investigators said Monday that strong winds or"
          + " mechanical problems most likely caused a charter aircraft to crash in woods, killing"
          + " two crewmembers and 10 U.S. citizens, including families from New York and Florida.";

  @ParameterizedTest(name = "header {0}, later article {1}: {2}")
  @CsvSource({
    "2017-12-31 00:00:00, true, 2018-01-01",
    "2017-12-31 18:40:00, true, 2017-12-25",
    "2017-12-31 00:00:00, false, 2017-12-25"
  })
  void aWeekdaySixDaysBackIsTheNextDayUnderADateOnlyHeaderOfAStoryThatWentOn(
      String header, boolean later, String expected) {
    List<ArticleTimes> all = new ArrayList<>();
    ArticleTimes wapo = timesAt("wapo", header, WAPO);
    all.add(wapo);
    all.add(times("huffpost", "2017-12-31", HUFFPOST));
    if (later) {
      all.add(times("denver", "2018-01-01", DENVER));
    }
    assertThat(dates(TimelineBuilder.fromTimes(all), wapo)).containsExactly(expected);
  }
}
