// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.pipeline.ArticleView;
import io.storylens.core.pipeline.ReportWriter;
import io.storylens.model.Article;
import io.storylens.model.Provenance;
import io.storylens.model.json.Json;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.Golden;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each seed is one of the text formats; its metadata and cleaned text are pinned by golden files.
 */
class SeedIngestTest {
  private final Ingestor ingestor = new Ingestor(IngestOptions.defaults());

  private Article ingest(String prefix) {
    var file = Fixtures.seed(prefix);
    Ingestor.Result r = ingestor.read(new InputFile("seeds/" + file.getFileName(), file));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).hasSize(1);
    return r.articles().get(0);
  }

  @ParameterizedTest
  @CsvSource({
    "000, date-line",
    "001, plain",
    "002, header-block",
    "003, date-line",
    "004, rfc822-date"
  })
  void eachSeedMatchesItsGoldenFile(String prefix, String format) throws Exception {
    Article a = ingest(prefix);
    assertThat(a.format()).isEqualTo(format);
    String json =
        Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(ArticleView.of(a));
    Golden.assertMatches("seed-" + prefix + ".json", json + "\n");
  }

  @Test
  void dateLineSeedKeepsTheBodyThatStartsOnTheDateLine() {
    Article a = ingest("000");
    assertThat(a.published().value()).contains(LocalDate.of(2021, 12, 28));
    assertThat(a.published().from()).isEqualTo(Provenance.HEADER);
    assertThat(a.text()).startsWith("Officials from the U.S. and Russia have agreed to meet");
  }

  @Test
  void headerBlockSeedHasTitleUrlDateAndOutletFromTheUrl() {
    Article a = ingest("002");
    assertThat(a.title().value())
        .contains("Biden Putin to speak as tensions over Ukraine threaten to boil over");
    assertThat(a.url().value().orElseThrow())
        .startsWith("https://www.washingtontimes.com:443/news/2021/dec/29/");
    assertThat(a.published().value()).contains(LocalDate.of(2021, 12, 29));
    assertThat(a.outlet().value()).contains("washingtontimes.com");
    assertThat(a.outlet().from()).isEqualTo(Provenance.URL);
  }

  @Test
  void rfc822SeedHasItsHeaderDateAndLosesTrailingBoilerplate() {
    Article a = ingest("004");
    assertThat(a.published().value()).contains(LocalDate.of(2022, 1, 18));
    assertThat(a.text()).doesNotContain("Sign up for US News").doesNotContain("SEE ALSO");
    assertThat(a.removed())
        .extracting(r -> r.reason())
        .contains("republication-note", "related-teaser", "newsletter");
    assertThat(a.metadata().get("credits")).contains("Radio Free Europe/Radio Liberty");
  }

  @Test
  void plainSeedHasNoDateAndAnOutletOnlyFromItsText() {
    Article a = ingest("001");
    assertThat(a.published().value()).isEmpty();
    assertThat(a.published().from()).isEqualTo(Provenance.NONE);
    // "told the Daily Caller": the outlet names itself in an interview credit.
    assertThat(a.outlet().value()).contains("Daily Caller");
    assertThat(a.outlet().from()).isEqualTo(Provenance.BODY);
    assertThat(a.outlet().confidence()).isLessThan(1.0);
  }

  @Test
  void wireCreditIsACreditNotTheOutlet() {
    Article a = ingest("003");
    assertThat(a.outlet().value()).isEmpty();
    assertThat(a.metadata().get("credits")).isEqualTo("AFP, Reuters");
    assertThat(a.removed()).anySatisfy(r -> assertThat(r.reason()).isEqualTo("credit"));
  }

  @Test
  void strippedQuoteMarksAreFlagged() {
    assertThat(ingest("002").flags()).contains("quotes-stripped", "apostrophes-stripped");
    assertThat(ingest("003").flags()).doesNotContain("quotes-stripped");
  }

  @Test
  void idsAreStableAndDifferPerArticle() {
    List<String> ids =
        List.of("000", "001", "002", "003", "004").stream().map(p -> ingest(p).id()).toList();
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ingest("000").id()).isEqualTo(ids.get(0));
    assertThat(ReportWriter.FILE_NAME).isEqualTo("storylens.json");
  }
}
