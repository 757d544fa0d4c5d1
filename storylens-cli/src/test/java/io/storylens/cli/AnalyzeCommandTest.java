// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.storylens.core.cluster.LinkModel;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.StoredAnalysis;
import io.storylens.model.json.Json;
import io.storylens.store.Database;
import io.storylens.store.EmbeddingTable;
import io.storylens.store.SqliteAnalysisStore;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsModels;
import io.storylens.testkit.OutputSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command ({@code ./storylens analyze examples/seeds --out out/}), end to end on
 * the demo corpus with a real SQLite file.
 */
@NeedsModels
class AnalyzeCommandTest {
  @TempDir Path dir;

  private CliRun analyze(String... inputs) {
    List<String> args = new ArrayList<>(List.of("analyze"));
    args.addAll(List.of(inputs));
    args.addAll(
        List.of("--out", dir.resolve("out").toString(), "--db", dir.resolve("s.db").toString()));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void analyzeWritesAValidReportForTheFiveSeeds() throws Exception {
    CliRun run = analyze(Fixtures.seeds().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("5 new article(s), 0 already stored, 0 rejected");
    String json = Files.readString(dir.resolve("out/storylens.json"));
    assertThat(OutputSchema.violations(json)).isEmpty();
    JsonNode root = Json.mapper().readTree(json);
    assertThat(root.get("articles")).hasSize(5);
    JsonNode wt = find(root, "002_");
    assertThat(wt.get("title").asText())
        .isEqualTo("Biden Putin to speak as tensions over Ukraine threaten to boil over");
    assertThat(wt.get("outlet").asText()).isEqualTo("washingtontimes.com");
    assertThat(wt.get("published").asText()).isEqualTo("2021-12-29");
    assertThat(wt.get("published_from").asText()).isEqualTo("header");
    assertThat(find(root, "004_").get("removed").toString()).contains("republication-note");
  }

  @Test
  void theGroupingPathIsChosenAndKeptWithTheAnalysis() throws Exception {
    String seeds = Fixtures.seeds().toString();
    // The cheap path tells the seeds' three dated happenings apart; the embedding path, whose
    // learned model weighs content over reported days, groups them as one (docs/stages).
    assertThat(analyze(seeds).out()).contains("3 event(s), 1 storyline(s) (cheap grouping)");
    CliRun embedding = analyze(seeds, "--all", "--grouping", "embedding");
    assertThat(embedding.exitCode()).as(embedding.err()).isZero();
    assertThat(embedding.out()).contains("1 storyline(s) (embedding grouping)");
    try (Database db = Database.open(dir.resolve("s.db"))) {
      assertThat(new EmbeddingTable(db).count(LinkModel.shipped().embedder())).isEqualTo(5);
      assertThat(
              new StoredAnalysis(new Analyzer(), new SqliteAnalysisStore(db)).publishedGrouping())
          .contains("embedding");
    }
    JsonNode root = Json.mapper().readTree(Files.readString(dir.resolve("out/storylens.json")));
    assertThat(root.get("storylines")).hasSize(1);
    CliRun bad = analyze(seeds, "--grouping", "vectors");
    assertThat(bad.exitCode()).isEqualTo(Main.USAGE);
    assertThat(bad.err()).contains("--grouping must be one of cheap, embedding");
  }

  @Test
  void reIngestingTheSameInputStoresNothingNew() {
    assertThat(analyze(Fixtures.seeds().toString()).exitCode()).isZero();
    CliRun again = analyze(Fixtures.seeds().toString());
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("0 new article(s), 5 already stored");
    CliRun list = CliRun.of("list", "--db", dir.resolve("s.db").toString());
    assertThat(list.out().lines()).hasSize(5);
  }

  @Test
  void badInputsAreRejectedOneByOneAndTheRestIsStored() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.copy(Fixtures.seed("000"), in.resolve("good.txt"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff});
    CliRun run = analyze(in.toString(), dir.resolve("missing.txt").toString());
    assertThat(run.exitCode()).isEqualTo(Main.SOME_REJECTED);
    assertThat(run.err())
        .contains("empty.txt: empty input")
        .contains("binary.txt: binary content")
        .contains("missing.txt: no such file");
    assertThat(run.out()).contains("1 new article(s)");
    assertThat(Files.exists(dir.resolve("out/storylens.json"))).isTrue();
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(CliRun.of("analyze").exitCode()).isEqualTo(Main.USAGE);
    assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(Main.USAGE);
    CliRun eval = CliRun.of("eval", "no-such-task", "--data", dir.toString());
    assertThat(eval.exitCode()).isEqualTo(Main.USAGE);
    assertThat(eval.err()).contains("unknown eval task");
  }

  @Test
  void searchAndShowFindStoredArticles() {
    assertThat(analyze(Fixtures.seeds().toString()).exitCode()).isZero();
    String db = dir.resolve("s.db").toString();
    CliRun search = CliRun.of("search", "Bucharest", "Nine", "--db", db);
    assertThat(search.out()).contains("[Bucharest] [Nine]").contains("1 hit(s)");
    String id = search.out().substring(0, 16);
    CliRun show = CliRun.of("show", id.substring(0, 8), "--db", db);
    assertThat(show.exitCode()).isZero();
    assertThat(show.out()).contains("\"outlet\" : \"washingtontimes.com\"");
    assertThat(CliRun.of("show", "nope", "--db", db).exitCode()).isEqualTo(Main.SOME_REJECTED);
  }

  @Test
  void terminalOutputNeutralizesControlCharacters() {
    assertThat(Terminal.safe("evil\u001b[2Jtitle\nnext")).isEqualTo("evil\\u001b[2Jtitle next");
  }

  private static JsonNode find(JsonNode root, String sourcePart) {
    for (JsonNode a : root.get("articles")) {
      if (a.get("source").asText().contains(sourcePart)) {
        return a;
      }
    }
    throw new AssertionError("no article from " + sourcePart);
  }
}
