// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.storylens.model.Sourced;
import io.storylens.model.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Metadata (with provenance) and main text of small hand-written pages, compared with golden files
 * under {@code src/test/resources/golden/html/}. Rewrite them with {@code
 * -Dstorylens.updateGolden=true} after a deliberate change, and review the diff.
 */
class HtmlParserGoldenTest {
  @ParameterizedTest
  @ValueSource(strings = {"jsonld-news", "opengraph-blog", "plain-page"})
  void matchesGolden(String name) throws IOException {
    RawArticle a = parse(name);
    io.storylens.testkit.Golden.assertMatches("html/" + name + ".json", render(a));
  }

  static RawArticle parse(String name) throws IOException {
    try (InputStream in =
        HtmlParserGoldenTest.class.getResourceAsStream("/html/" + name + ".html")) {
      assertThat(in).as("fixture %s", name).isNotNull();
      String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      ParseResult r = new HtmlParser().parse(name + ".html", html);
      assertThat(r.problems()).isEmpty();
      assertThat(r.articles()).hasSize(1);
      return r.articles().get(0);
    }
  }

  static String render(RawArticle a) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", field(a.title()));
    m.put("outlet", field(a.outlet()));
    m.put("url", field(a.url()));
    m.put("published", field(a.published()));
    m.put("author", field(a.author()));
    m.put("metadata", a.metadata());
    m.put("paragraphs", a.body().split("\n"));
    return Json.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m)
        + "\n";
  }

  private static Map<String, Object> field(Sourced<?> s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", s.value().map(Object::toString).orElse(null));
    m.put("from", s.from().label());
    m.put("confidence", s.confidence());
    return m;
  }
}
