// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.storylens.core.dossier.SeedArticles;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.Report;
import io.storylens.model.Article;
import io.storylens.model.Dossier;
import io.storylens.model.Provenance;
import io.storylens.model.Quote;
import io.storylens.model.Sourced;
import io.storylens.model.SpeakerEvidence;
import io.storylens.model.StorylensException;
import io.storylens.model.json.Json;
import io.storylens.testkit.Golden;
import io.storylens.testkit.NeedsModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@NeedsModels
class ExportTest {
  private static final String SCRIPT = "<script>alert('x')</script>";

  @Test
  void seedStorylineDossierMatchesTheGoldenFilesInEveryFormat() {
    List<Article> seeds = SeedArticles.load();
    Dossier storyline = storylineDossier(new Analyzer().analyze(seeds));
    DossierPage page = new DossierPage(storyline, seeds);
    for (ExportFormat f : ExportFormat.values()) {
      Golden.assertMatches("seed-dossier" + f.suffix(), f.exporter().export(page));
    }
  }

  @Test
  void everyFormatEscapesUntrustedText() throws Exception {
    List<Article> seeds = new ArrayList<>(SeedArticles.load());
    Article a = seeds.get(0);
    Article evil =
        new Article(
            a.id(),
            a.source(),
            a.format(),
            Sourced.of(SCRIPT + " & \"title\"", Provenance.HEADER),
            Sourced.of("<b>outlet</b>", Provenance.HEADER),
            Sourced.of("javascript:alert(1)", Provenance.HEADER),
            a.published(),
            a.author(),
            a.dateWarnings(),
            a.removed(),
            a.flags(),
            SCRIPT + " was the headline of the story. " + a.text(),
            a.metadata());
    seeds.set(0, evil);
    Dossier d = storylineDossier(new Analyzer().analyze(seeds));
    Quote q =
        new Quote(
            SCRIPT,
            "named",
            "said",
            "<img src=x onerror=alert(1)>",
            true,
            List.of(a.id()),
            List.of("<b>outlet</b>"),
            List.of(),
            List.of(),
            0.9,
            new SpeakerEvidence(
                SCRIPT, "named", 0, true, 1, 0, "cue", 0, false, "person", false, 0));
    Dossier withQuote =
        new Dossier(
            d.id(),
            d.kind(),
            SCRIPT,
            d.start(),
            d.end(),
            d.outlets(),
            d.articles(),
            d.firstPublisher(),
            d.summary(),
            d.entities(),
            d.timeline(),
            List.of(q),
            d.claims(),
            d.disagreements(),
            d.links());
    DossierPage page = new DossierPage(withQuote, seeds);

    String html = ExportFormat.HTML.exporter().export(page);
    assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>");
    assertThat(html).doesNotContain("javascript:");
    assertThat(html).contains("&lt;script&gt;alert('x')&lt;/script&gt;");
    assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;");
    // standalone: nothing is loaded from elsewhere, and nothing runs
    assertThat(org.jsoup.Jsoup.parse(html).select("[src], link, script, iframe, object")).isEmpty();
    assertThat(org.jsoup.Jsoup.parse(html).select("a[href]"))
        .allSatisfy(l -> assertThat(l.attr("href")).startsWith("https://"));

    String md = ExportFormat.MARKDOWN.exporter().export(page);
    assertThat(md).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>");
    assertThat(md).contains("&lt;script&gt;");

    String tl = ExportFormat.TIMELINEJS.exporter().export(page);
    JsonNode root = Json.mapper().readTree(tl);
    assertThat(root.path("title").path("text").path("headline").asText())
        .startsWith("&lt;script&gt;alert(")
        .doesNotContain("<", ">", "'");
    assertThat(tl).doesNotContain("<script").doesNotContain("<b>");
    assertThat(root.path("events")).isNotEmpty();
    // The earliest event is the story's earliest dated happening ("in 2014", from the timeline).
    assertThat(root.path("events").get(0).path("start_date").path("year").asText())
        .isEqualTo(d.timeline().isEmpty() ? "2021" : d.timeline().get(0).date().substring(0, 4));

    String json = ExportFormat.JSON.exporter().export(page);
    assertThat(Json.mapper().readTree(json).path("title").asText()).isEqualTo(SCRIPT);
  }

  @Test
  void writesEveryFormatPerStoryline(@TempDir Path dir) {
    List<Article> seeds = SeedArticles.load();
    var report = new Analyzer().analyze(seeds);
    List<Path> files = DossierFiles.writeStorylines(report.dossiers(), seeds, dir);
    String id = report.storylines().get(0).id();
    assertThat(files)
        .containsExactly(
            dir.resolve(id + ".json"),
            dir.resolve(id + ".md"),
            dir.resolve(id + ".html"),
            dir.resolve(id + ".timeline.json"));
    assertThat(files).allMatch(Files::isRegularFile);
  }

  @Test
  void rejectsUnknownFormatsAndNeutralizesUnsafeIds(@TempDir Path dir) {
    assertThatThrownBy(() -> ExportFormat.of("pdf"))
        .isInstanceOf(StorylensException.class)
        .hasMessageContaining("unknown export format 'pdf'")
        .hasMessageContaining("timelinejs");
    assertThat(ExportFormat.of("MD")).isEqualTo(ExportFormat.MARKDOWN);
    List<Article> seeds = SeedArticles.load();
    Dossier d = storylineDossier(new Analyzer().analyze(seeds));
    Dossier bad =
        new Dossier(
            "../evil",
            d.kind(),
            d.title(),
            d.start(),
            d.end(),
            d.outlets(),
            d.articles(),
            d.firstPublisher(),
            d.summary(),
            d.entities(),
            d.timeline(),
            d.quotes(),
            d.claims(),
            d.disagreements(),
            d.links());
    List<Path> written = DossierFiles.write(new DossierPage(bad, seeds), dir.resolve("sub"));
    assertThat(written).allSatisfy(p -> assertThat(p.getParent()).isEqualTo(dir.resolve("sub")));
    assertThat(written.get(0).getFileName().toString()).isEqualTo("_evil.json");
    assertThat(DossierFiles.fileName("...")).isEqualTo("dossier");
  }

  /** The seeds' one storyline dossier (it follows the event dossiers). */
  private static Dossier storylineDossier(Report r) {
    return r.dossiers().stream()
        .filter(d -> d.kind().equals("storyline"))
        .findFirst()
        .orElseThrow();
  }
}
