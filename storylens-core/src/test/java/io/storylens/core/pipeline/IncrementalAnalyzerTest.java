// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storylens.core.dedup.DerivationLinker;
import io.storylens.core.dossier.SeedArticles;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.nlp.AnnotationCache;
import io.storylens.core.nlp.LanguageLayer;
import io.storylens.core.nlp.NlpMode;
import io.storylens.model.Article;
import io.storylens.model.Dossier;
import io.storylens.model.Event;
import io.storylens.model.json.Json;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsModels;
import io.storylens.testkit.NeedsSharedData;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Incremental analysis against full analysis: fed in publication order, an update must give the
 * full run's report wherever the online clusterer gives the same grouping (see {@link
 * IncrementalAnalyzer} for what may differ and why).
 */
@NeedsModels
class IncrementalAnalyzerTest {
  private static List<Article> seedsInOrder() {
    return SeedArticles.load().stream().sorted(Analyzer.ORDER).toList();
  }

  /**
   * Every split of the seeds gives the full report up to the ids and titles of events and
   * storylines: the clusterer consolidates at the end of each update, a merge keeps the larger
   * side's id, and a centroid (whose closest member gives the title) is trimmed as members arrive,
   * so an event may be named and titled after another of its articles than in the full run. The
   * grouping and everything else in every dossier and the report are the same.
   */
  @Test
  void seedsAddedInTwoBatchesGiveTheFullReport() throws Exception {
    List<Article> seeds = seedsInOrder();
    Report full = new Analyzer().analyze(seeds);
    for (int k = 1; k < seeds.size(); k++) {
      IncrementalAnalyzer inc = new Analyzer().incremental();
      inc.update(seeds.subList(0, k));
      Report r = inc.update(seeds.subList(k, seeds.size()));
      assertThat(withIdsOf(r, full)).as("first %d seeds, then the rest", k).isEqualTo(json(full));
    }
  }

  @Test
  void seedsAddedOneByOneGiveTheFullReport() throws Exception {
    List<Article> seeds = seedsInOrder();
    IncrementalAnalyzer inc = new Analyzer().incremental();
    Report r = null;
    for (int i = 1; i <= seeds.size(); i++) {
      r = inc.analyze(seeds.subList(0, i));
    }
    Report full = new Analyzer().analyze(seeds);
    assertThat(withIdsOf(r, full)).isEqualTo(json(full));
  }

  /**
   * {@code r}'s JSON with each event and storyline renamed after the full run's one with the same
   * articles (lists re-sorted by id as the analyzer sorts them); unmatched ones keep their id, so a
   * different grouping still shows as a difference.
   */
  private static String withIdsOf(Report r, Report full) throws Exception {
    Map<List<String>, String> fullEvents = new HashMap<>();
    Map<List<String>, String> fullLines = new HashMap<>();
    Map<String, String> titles = new HashMap<>();
    full.events().forEach(e -> fullEvents.put(e.articles(), e.id()));
    full.storylines().forEach(s -> fullLines.put(s.articles(), s.id()));
    full.events().forEach(e -> titles.put(e.id(), e.title()));
    full.storylines().forEach(s -> titles.put(s.id(), s.title()));
    Map<String, String> rename = new HashMap<>();
    r.events().forEach(e -> rename.put(e.id(), fullEvents.getOrDefault(e.articles(), e.id())));
    r.storylines().forEach(s -> rename.put(s.id(), fullLines.getOrDefault(s.articles(), s.id())));
    ObjectMapper json = Json.mapper();
    ObjectNode root = (ObjectNode) json.readTree(ReportWriter.toJson(r));
    for (String list : List.of("events", "storylines", "dossiers")) {
      List<ObjectNode> items = new ArrayList<>();
      root.get(list).forEach(n -> items.add((ObjectNode) n));
      for (ObjectNode n : items) {
        String id = rename.get(n.get("id").asText());
        n.put("id", id);
        if (titles.containsKey(id)) {
          n.put("title", titles.get(id));
        }
        if (n.has("storyline")) {
          n.put("storyline", rename.get(n.get("storyline").asText()));
        }
        if (list.equals("storylines")) {
          List<String> evs = new ArrayList<>();
          n.get("events").forEach(e -> evs.add(rename.get(e.asText())));
          evs.sort(null);
          ArrayNode a = n.putArray("events");
          evs.forEach(a::add);
        }
      }
      // Dossiers: events first, then storylines, each by id (as DossierBuilder orders them).
      items.sort(
          Comparator.comparing((ObjectNode n) -> n.path("kind").asText().equals("event") ? 0 : 1)
              .thenComparing(n -> n.get("id").asText()));
      ArrayNode sorted = root.putArray(list);
      items.forEach(sorted::add);
    }
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  /** {@code r}'s JSON in the form {@link #withIdsOf} gives. */
  private static String json(Report r) throws Exception {
    ObjectMapper json = Json.mapper();
    return json.writerWithDefaultPrettyPrinter()
        .writeValueAsString(json.readTree(ReportWriter.toJson(r)));
  }

  @Test
  void knownArticlesAreNoNewWorkAndUnchangedStoriesKeepTheirDossier() {
    List<Article> seeds = seedsInOrder();
    IncrementalAnalyzer inc = new Analyzer().incremental();
    Report first = inc.update(seeds);
    assertThat(inc.update(seeds)).isSameAs(first);
    assertThat(inc.analyze(seeds)).isSameAs(first);

    // An unrelated article founds its own event and storyline: every other dossier is reused.
    Article unrelated =
        new Ingestor(IngestOptions.defaults())
            .read(
                "unrelated.txt",
                ("Harvest festival opens in Lyon\n2022-01-20\n\nFarmers from the Rhone valley"
                        + " brought pumpkins, chestnuts and cider to the annual harvest festival,"
                        + " which drew thousands of visitors to the old town on Thursday.")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .articles()
            .get(0);
    Report second = inc.update(List.of(unrelated));
    Map<String, Dossier> before = byId(first.dossiers());
    int reused = 0;
    for (Dossier d : second.dossiers()) {
      if (!d.articles().contains(unrelated.id())) {
        assertThat(d).isSameAs(before.get(d.id()));
        reused++;
      }
    }
    assertThat(reused).isEqualTo(first.dossiers().size());
    List<Article> all = new ArrayList<>(seeds);
    all.add(unrelated);
    assertThat(ReportWriter.toJson(second))
        .isEqualTo(ReportWriter.toJson(new Analyzer().analyze(all)));
  }

  @Test
  void aChangedOrMissingArticleRestartsFromScratch() {
    List<Article> seeds = seedsInOrder();
    IncrementalAnalyzer inc = new Analyzer().incremental();
    inc.analyze(seeds);
    List<Article> changed = new ArrayList<>(seeds);
    changed.set(0, seeds.get(0).withText(seeds.get(0).text() + "\n\nA correction was appended."));
    assertThat(ReportWriter.toJson(inc.analyze(changed)))
        .isEqualTo(ReportWriter.toJson(new Analyzer().analyze(changed)));
    List<Article> fewer = seeds.subList(1, seeds.size());
    assertThat(ReportWriter.toJson(inc.analyze(fewer)))
        .isEqualTo(ReportWriter.toJson(new Analyzer().analyze(fewer)));
  }

  /**
   * A larger case on news-clusters (first 40 dev articles by date, added in batches of 20, 10, 10;
   * the cheap NLP mode). Everything that does not depend on the grouping must equal the full run;
   * every story the two runs group alike must have the same dossier; and nearly all stories must be
   * alike.
   */
  @NeedsSharedData
  @Test
  void newsClustersInBatchesMatchTheFullRunWhereTheGroupingAgrees() throws Exception {
    var dev = Fixtures.sharedData("news-clusters").resolve("dev.jsonl");
    List<Article> articles =
        new Ingestor(IngestOptions.defaults())
            .read("dev.jsonl", Files.readAllBytes(dev)).articles().stream()
                .sorted(Analyzer.ORDER)
                .limit(40)
                .toList();
    LanguageLayer language = LanguageLayer.of(NlpMode.TIME, AnnotationCache.inMemory());
    Report full =
        Analyzer.builder()
            .linker(new DerivationLinker())
            .language(language)
            .build()
            .analyze(articles);
    IncrementalAnalyzer inc =
        Analyzer.builder().linker(new DerivationLinker()).language(language).build().incremental();
    Report r = null;
    for (int[] batch : new int[][] {{0, 20}, {20, 30}, {30, 40}}) {
      r = inc.update(articles.subList(batch[0], batch[1]));
    }
    assertThat(r.articles()).isEqualTo(full.articles());
    assertThat(r.entities()).isEqualTo(full.entities());
    assertThat(r.timeline()).isEqualTo(full.timeline());
    assertThat(r.links()).isEqualTo(full.links());

    Set<List<String>> fullEvents =
        full.events().stream().map(Event::articles).collect(Collectors.toSet());
    long sameEvents = r.events().stream().filter(e -> fullEvents.contains(e.articles())).count();
    assertThat(sameEvents).isGreaterThanOrEqualTo(full.events().size() * 8L / 10);
    Map<String, Dossier> fullDossiers = byId(full.dossiers());
    int compared = 0;
    for (Dossier d : r.dossiers()) {
      Dossier f = fullDossiers.get(d.id());
      if (f != null && f.articles().equals(d.articles()) && f.title().equals(d.title())) {
        assertThat(d).as(d.id()).isEqualTo(f);
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(0);
    Set<List<String>> groups = r.events().stream().map(Event::articles).collect(Collectors.toSet());
    if (groups.equals(fullEvents)) {
      assertThat(withIdsOf(r, full)).isEqualTo(json(full));
    }
  }

  private static Map<String, Dossier> byId(List<Dossier> dossiers) {
    Map<String, Dossier> out = new HashMap<>();
    dossiers.forEach(d -> out.put(d.id(), d));
    return out;
  }
}
