// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.storylens.core.eval.ShingleScore;
import io.storylens.model.Article;
import io.storylens.model.Provenance;
import io.storylens.model.json.Json;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Real pages from {@code ../shared/data/article-extraction} through the whole ingest path. */
@NeedsSharedData
class HtmlSharedDataTest {
  private static final int PAGES = 8;

  @Test
  void realPagesGiveMetadataWithProvenanceAndTheArticle() throws IOException {
    Path data = Fixtures.sharedData("article-extraction");
    JsonNode gold = Json.mapper().readTree(data.resolve("ground-truth.json").toFile());
    List<String> ids = new ArrayList<>(new TreeSet<>(names(gold)));
    Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    int urlsMatched = 0;
    int dated = 0;
    int withOutlet = 0;
    for (String id : ids.subList(0, PAGES)) {
      Path page = data.resolve("html").resolve(id + ".html.gz");
      Ingestor.Result r = ingestor.read(page.getFileName().toString(), Files.readAllBytes(page));
      assertThat(r.problems()).as(id).isEmpty();
      Article a = r.articles().get(0);
      assertThat(a.title().value())
          .as("title of %s", id)
          .hasValueSatisfying(t -> assertThat(t).isNotBlank());
      if (a.outlet().value().isPresent()) {
        withOutlet++;
        assertThat(a.outlet().from()).as(id).isNotEqualTo(Provenance.NONE);
      }
      String goldUrl = gold.path(id).path("url").asText();
      if (a.url().value().isPresent() && host(a.url().value().get()).equals(host(goldUrl))) {
        urlsMatched++;
      }
      if (a.published().value().isPresent()) {
        dated++;
        assertThat(a.published().from()).as(id).isNotEqualTo(Provenance.NONE);
      }
      ShingleScore.Counts c =
          ShingleScore.match(gold.path(id).path("articleBody").asText(), a.text());
      assertThat(c.tp() / (c.tp() + c.fn()))
          .as("recall of the article body of %s", id)
          .isGreaterThan(0.8);
    }
    // News pages carry canonical URLs and dates; a few pages in any sample lack one of them.
    assertThat(urlsMatched).isGreaterThanOrEqualTo(PAGES - 2);
    // One page of this sample (entermedia.co.kr) names no URL, site name or publisher at all.
    assertThat(withOutlet).isGreaterThanOrEqualTo(PAGES - 1);
    assertThat(dated).isGreaterThanOrEqualTo(PAGES - 3);
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static String host(String url) {
    String h = URI.create(url.strip().replace(" ", "%20")).getHost();
    return h == null ? "" : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
  }
}
