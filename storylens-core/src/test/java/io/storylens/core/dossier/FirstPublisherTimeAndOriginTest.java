// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.text.PublicationTimes;
import io.storylens.model.Article;
import io.storylens.model.FirstPublisher;
import io.storylens.model.Provenance;
import io.storylens.model.Sourced;
import io.storylens.testkit.NeedsSharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The first publisher by time of day and by evidence of origin, never by name: seeds 000 and 003
 * are both dated 2021-12-28, and the dossier development articles carry real wire credits.
 */
class FirstPublisherTimeAndOriginTest {
  private final List<Article> seeds = SeedArticles.load();
  private final Article s000 = SeedArticles.seed(seeds, "000");
  private final Article s003 = SeedArticles.seed(seeds, "003");
  private final FirstPublisherFinder finder = new FirstPublisherFinder();

  private static Article with(Article a, String url, String time) {
    Map<String, String> meta = new HashMap<>(a.metadata());
    if (time != null) {
      meta.put(PublicationTimes.TIME_FIELD, time);
    }
    Article out = a.withMetadata(meta);
    return url == null ? out : out.withUrl(Sourced.of(url, Provenance.HEADER));
  }

  @Test
  void theTimeOfDayDecidesBetweenArticlesOfOneDay() {
    FirstPublisher early003 =
        finder
            .find(List.of(with(s000, null, "14:05"), with(s003, null, "09:30")), List.of())
            .orElseThrow();
    assertThat(early003.article()).isEqualTo(s003.id());
    assertThat(early003.evidence().get(0)).contains("2021-12-28 at 09:30");
    FirstPublisher early000 =
        finder
            .find(List.of(with(s000, null, "08:00"), with(s003, null, "09:30")), List.of())
            .orElseThrow();
    assertThat(early000.article()).isEqualTo(s000.id());
    assertThat(early000.confidence()).isEqualTo(FirstPublisherFinder.SOLE_EARLIEST);
  }

  @Test
  void aTieIsBrokenByTheAgencysOwnArticleWhicheverItIs() {
    String agency = "https://www.reuters.com/world/us-russia-talks-2021-12-28/";
    FirstPublisher a =
        finder.find(List.of(s000, with(s003, agency, null)), List.of()).orElseThrow();
    assertThat(a.article()).isEqualTo(s003.id());
    assertThat(a.evidence()).anyMatch(e -> e.contains("Reuters's own article"));
    FirstPublisher b =
        finder.find(List.of(with(s000, agency, null), s003), List.of()).orElseThrow();
    assertThat(b.article()).isEqualTo(s000.id());
    assertThat(a.confidence()).isEqualTo(FirstPublisherFinder.TIE_BROKEN);
  }

  @Test
  void aTieWithoutEvidenceShowsNothing() {
    assertThat(finder.find(List.of(s000, s003), List.of())).isEqualTo(Optional.empty());
  }

  @Test
  void wireCopiesAreLinkedToTheAgencysArticleOrNamedAgency() {
    Article copy = with(s000, "https://www.dailymail.co.uk/wires/ap/article-1/Talks.html", null);
    Article own = with(s003, "https://apnews.com/article/russia-ukraine-talks", null);
    FirstPublisher fp = finder.find(List.of(copy, own), List.of()).orElseThrow();
    assertThat(fp.article()).isEqualTo(own.id());
    assertThat(fp.evidence())
        .anyMatch(
            e ->
                e.contains("wire copy " + copy.id()) && e.contains("agency's article " + own.id()));
    // Without the agency's article, the copy is traced to the agency its credit names.
    FirstPublisher alone =
        finder.find(List.of(copy, with(s003, null, "23:00")), List.of()).orElseThrow();
    assertThat(alone.evidence())
        .anyMatch(
            e ->
                e.contains(copy.id() + " credits AP (url: /ap/)")
                    || e.contains("wire copy " + copy.id()));
  }

  /** The dossier development articles by the first six characters of their gold id. */
  private static Map<String, Article> devArticles() throws Exception {
    Path data = io.storylens.testkit.Fixtures.sharedData("dossier-gold");
    Path file = data.resolve("articles.jsonl");
    Map<String, Article> byId = new HashMap<>();
    for (Article a :
        new Ingestor(IngestOptions.defaults())
            .read(file.toString(), Files.readAllBytes(file))
            .articles()) {
      byId.put(a.metadata().get("id").substring(0, 6), a);
    }
    return byId;
  }

  @Test
  @NeedsSharedData
  void devClustersFirstByTimeOfDayWithWireCopiesNamed() throws Exception {
    Map<String, Article> dev = devArticles();
    // Broadcom's raised offer: four articles of 2018-02-05; Bloomberg's at 03:30 is first.
    List<Article> broadcom =
        List.of(
            dev.get("60fdb7"),
            dev.get("fa9878"),
            dev.get("ee7a61"),
            dev.get("7b6688"),
            dev.get("eb8d1d"));
    FirstPublisher fp = finder.find(broadcom, List.of()).orElseThrow();
    assertThat(fp.article()).isEqualTo(dev.get("ee7a61").id());
    assertThat(fp.evidence().get(0)).contains("2018-02-05 at 03:30");
    // Without the times of day the four tie and nothing breaks the tie: nothing is shown.
    List<Article> untimed =
        broadcom.stream()
            .filter(a -> a.publishedDate().get().toString().equals("2018-02-05"))
            .map(FirstPublisherTimeAndOriginTest::withoutTime)
            .toList();
    assertThat(finder.find(untimed, List.of())).isEmpty();
    // Berlin's safe zone: The Sun at 16:02 before the Reuters copy at 17:33, which is named.
    FirstPublisher berlin =
        finder.find(List.of(dev.get("b50e2a"), dev.get("ebbce5")), List.of()).orElseThrow();
    assertThat(berlin.article()).isEqualTo(dev.get("ebbce5").id());
    assertThat(berlin.evidence())
        .anyMatch(e -> e.contains("wire copy " + dev.get("b50e2a").id()) && e.contains("Reuters"));
  }

  private static Article withoutTime(Article a) {
    Map<String, String> meta = new HashMap<>(a.metadata());
    meta.remove(PublicationTimes.TIME_FIELD);
    return a.withMetadata(meta);
  }

  @Test
  @NeedsSharedData
  void creditsOfDevelopmentArticles() throws Exception {
    Map<String, Article> byId = devArticles();
    // "NEW YORK (AP) -" on a newspaper's wire page
    assertThat(WireCredits.of(byId.get("fbac44")))
        .hasValueSatisfying(c -> assertThat(c.agency()).isEqualTo("AP"));
    // Reuters copy on a newspaper's site, and Reuters' own article
    assertThat(WireCredits.of(byId.get("a15612")))
        .hasValueSatisfying(
            c -> {
              assertThat(c.agency()).isEqualTo("Reuters");
              assertThat(c.own()).isFalse();
            });
    assertThat(WireCredits.of(byId.get("eb8d1d")))
        .hasValueSatisfying(c -> assertThat(c.own()).isTrue());
    assertThat(WireCredits.of(byId.get("480f08"))).isEmpty();
    // The JSON Lines timestamp keeps its time of day.
    assertThat(PublicationTimes.time(byId.get("eb8d1d"))).hasValue(LocalTime.of(3, 15, 53));
    assertThat(PublicationTimes.time(byId.get("480f08"))).isEmpty();
  }
}
