// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import io.storylens.model.Provenance;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonLinesParserTest {
  @NeedsSharedData
  @Test
  void readsTheDevCorpusKeepingUnknownFieldsAsMetadata() {
    Path dev = Fixtures.sharedData("news-clusters").resolve("dev.jsonl");
    Ingestor.Result r =
        new Ingestor(IngestOptions.defaults()).read(new InputFile("dev.jsonl", dev));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).hasSize(198);
    Article first = r.articles().get(0);
    assertThat(first.source()).isEqualTo("dev.jsonl#1");
    assertThat(first.title().value())
        .contains("Israel Approves Additional Funding for Settlements in West Bank");
    assertThat(first.outlet().value()).contains("www.nytimes.com");
    assertThat(first.outlet().from()).isEqualTo(Provenance.JSON);
    assertThat(first.published().value()).contains(LocalDate.of(2016, 6, 19));
    assertThat(first.metadata())
        .containsKeys("event_id", "event_name", "category", "id", "description");
    assertThat(r.articles()).extracting(Article::id).doesNotHaveDuplicates();
  }
}
