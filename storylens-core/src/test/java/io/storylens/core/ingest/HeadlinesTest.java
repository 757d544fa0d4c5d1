// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.storylens.model.Article;
import io.storylens.model.Provenance;
import io.storylens.model.json.Json;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Headlines on real titles: the seeds, the development clusters and real HTML pages. */
class HeadlinesTest {
  private final Ingestor ingestor = new Ingestor(IngestOptions.defaults());

  @Test
  void outletSuffixesAndRubricsAreRemoved() {
    assertThat(
            Headlines.clean(
                "Oversupply angst drags oil lower, stocks drift near highs - Reuters", List.of()))
        .contains("Oversupply angst drags oil lower, stocks drift near highs");
    assertThat(
            Headlines.clean(
                "The Guardian view on Hong Kong: a city on the brink | Editorial | Opinion | The"
                    + " Guardian",
                List.of("the Guardian")))
        .contains("The Guardian view on Hong Kong: a city on the brink");
    assertThat(
            Headlines.clean(
                "US service members killed in Afghanistan helicopter crash | Afghanistan News |"
                    + " Al Jazeera",
                List.of()))
        .contains("US service members killed in Afghanistan helicopter crash");
    assertThat(Headlines.clean("Opinion | Republicans Are Following Trump to Nowhere", List.of()))
        .contains("Republicans Are Following Trump to Nowhere");
    assertThat(
            Headlines.clean(
                "Doobie Brothers to reunite with Michael McDonald for Blossom show - cleveland.com",
                List.of("cleveland")))
        .contains("Doobie Brothers to reunite with Michael McDonald for Blossom show");
    assertThat(
            Headlines.clean(
                "Why you can't trust the White House on Donald Trump's health - CNNPolitics",
                List.of("cnn.com")))
        .contains("Why you can't trust the White House on Donald Trump's health");
    // A colon inside the headline is the headline's own.
    assertThat(Headlines.clean("Fact Check: Is An 'Oxygen Bar' In Delhi Real?", List.of()))
        .contains("Fact Check: Is An 'Oxygen Bar' In Delhi Real?");
  }

  @Test
  void aTitleThatOnlyNamesTheOutletIsNoHeadline() {
    assertThat(Headlines.clean("ABC News", List.of("abcnews.go.com"))).isEmpty();
    assertThat(Headlines.clean("World news - RT International", List.of("rt.com"))).isEmpty();
    assertThat(Headlines.clean("NPR Search : NPR", List.of("npr.org"))).isEmpty();
    assertThat(Headlines.clean("Quanta Magazine", List.of("Quanta Magazine"))).isEmpty();
  }

  @Test
  void cutTitlesEndAtTheirLastWholeClauseAndLongOnesLoseAPart() {
    assertThat(
            Headlines.clean(
                "Rihanna mourns cousin's death, calls an end to gun...",
                List.of("dailymail.co.uk")))
        .contains("Rihanna mourns cousin's death");
    assertThat(
            Headlines.clean(
                "Goldman Sachs, citing recent tax overhaul in US, expects to take a $5 billion hit"
                    + " to profits this quarter",
                List.of()))
        .contains("Goldman Sachs expects to take a $5 billion hit to profits this quarter");
    assertThat(
            Headlines.clean(
                "Brazilian Grand Prix thrown into chaos as Kimi Raikkonen accident brings out red"
                    + " flag and Sebastian Vettel fumes over 'stupid' conditions: ",
                List.of()))
        .contains("Brazilian Grand Prix thrown into chaos");
  }

  @Test
  @NeedsSharedData
  void everyDevelopmentClusterArticleGetsAHeadlineWithinTheContract() throws IOException {
    Path dev = Fixtures.sharedData("news-clusters").resolve("dev.jsonl");
    List<String> lines = Files.readAllLines(dev);
    int fromSource = 0;
    for (int i = 0; i < lines.size(); i++) {
      JsonNode n = Json.mapper().readTree(lines.get(i));
      Ingestor.Result r = ingestor.read("dev.jsonl", (lines.get(i) + "\n").getBytes());
      Article a = r.articles().get(0);
      String t = a.title().value().orElseThrow();
      assertWithinContract(t, n.path("source_domain").asText(), "line " + (i + 1));
      if (a.title().from() == Provenance.JSON) {
        fromSource++;
      } else {
        assertThat(a.title().from()).isEqualTo(Provenance.GENERATED);
      }
    }
    // The few titles replaced are the site's search page title and cut titles without a clause.
    assertThat(fromSource).isGreaterThanOrEqualTo(lines.size() - 3);
  }

  @Test
  @NeedsSharedData
  void realPagesGetTheirHeadlineNotTheSiteName() throws IOException {
    Path data = Fixtures.sharedData("article-extraction").resolve("html");
    List<Path> pages;
    try (Stream<Path> s = Files.list(data)) {
      pages = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
    }
    List<String> generated = new ArrayList<>();
    for (Path page : pages) {
      Ingestor.Result r = ingestor.read(page.getFileName().toString(), Files.readAllBytes(page));
      if (r.articles().isEmpty()) {
        continue;
      }
      Article a = r.articles().get(0);
      String t = a.title().value().orElseThrow();
      assertWithinContract(t, a.outletName(), page.getFileName().toString());
      if (a.title().from() == Provenance.GENERATED) {
        generated.add(page.getFileName().toString());
      }
    }
    assertThat(pages).hasSizeGreaterThan(100);
    // Every news page of the benchmark has a headline in its metadata or markup.
    assertThat(generated).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void seedsWithoutATitleGetAGeneratedHeadlineAndUrlsStayAsGiven() {
    for (String prefix : List.of("000", "001", "002", "003", "004")) {
      Path file = Fixtures.seed(prefix);
      Article a =
          ingestor.read(new InputFile("seeds/" + file.getFileName(), file)).articles().get(0);
      assertWithinContract(a.title().value().orElseThrow(), a.outletName(), prefix);
    }
    Path seed0 = Fixtures.seed("000");
    Article a0 = ingestor.read(new InputFile("s", seed0)).articles().get(0);
    assertThat(a0.title().from()).isEqualTo(Provenance.GENERATED);
    // The lead sentence loses its trailing attribution and its "as …" clause to fit.
    assertThat(a0.title().value())
        .contains(
            "Officials from the U.S. and Russia have agreed to meet on January 10 to discuss"
                + " security issues");
    Path seed2 = Fixtures.seed("002");
    Article a2 = ingestor.read(new InputFile("s", seed2)).articles().get(0);
    assertThat(a2.title().from()).isEqualTo(Provenance.HEADER);
    assertThat(a2.url().value())
        .contains(
            "https://www.washingtontimes.com:443/news/2021/dec/29/"
                + "president-joe-biden-russian-president-vladimir-put/");
  }

  private static void assertWithinContract(String t, String outlet, String where) {
    assertThat(t).as(where).isNotBlank().hasSizeLessThanOrEqualTo(Headlines.MAX_LENGTH);
    assertThat(t).as(where).doesNotEndWith("…").doesNotEndWith("...");
    assertThat(Headlines.isOutlet(t, List.of(Headlines.normalize(outlet))))
        .as("%s: %s is an outlet name", where, t)
        .isFalse();
    assertThat(t.toLowerCase()).as(where).doesNotEndWith("- reuters").doesNotEndWith("| cnn");
  }
}
