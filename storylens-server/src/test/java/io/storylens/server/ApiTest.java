// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import static io.storylens.server.TestServer.TOKEN;
import static io.storylens.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.storylens.model.StorylensException;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsModels;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over HTTP, on the seeds loaded through the API itself. */
@NeedsModels
class ApiTest {
  @TempDir static Path dir;
  static TestServer ts;

  @BeforeAll
  static void start() {
    ts = new TestServer(dir).loadSeeds();
  }

  @AfterAll
  static void stop() {
    ts.close();
  }

  @Test
  void healthCountsTheLoadedArticles() {
    JsonNode h = json(ts.get("/api/health"));
    assertThat(h.path("articles").asInt()).isEqualTo(6);
    assertThat(h.path("storylines").asInt()).isEqualTo(1);
  }

  @Test
  void storylinesListOutletsAndSpan() {
    JsonNode page = json(ts.get("/api/storylines"));
    assertThat(page.path("total").asInt()).isEqualTo(1);
    JsonNode s = page.path("items").path(0);
    assertThat(s.path("id").asText()).isEqualTo(FixtureStage.STORYLINE);
    assertThat(s.path("start").asText()).isEqualTo("2021-12-28");
    assertThat(s.path("end").asText()).isEqualTo("2022-01-18");
    assertThat(texts(s.path("outlets"))).contains("Daily Caller");
    assertThat(s.path("article_count").asInt()).isEqualTo(6);
    assertThat(s.path("events").path(0).asText()).isEqualTo(FixtureStage.EVENT);
  }

  @Test
  void storylineFiltersByDateOutletAndEntity() {
    assertThat(total("/api/storylines?from=2022-01-18")).isEqualTo(1);
    assertThat(total("/api/storylines?from=2022-01-19")).isZero();
    assertThat(total("/api/storylines?to=2021-12-27")).isZero();
    assertThat(total("/api/storylines?outlet=daily%20caller")).isEqualTo(1);
    assertThat(total("/api/storylines?outlet=nobody")).isZero();
    assertThat(total("/api/storylines?entity=nato")).isEqualTo(1);
    assertThat(total("/api/storylines?entity=Nobody")).isZero();
    assertThat(total("/api/events?outlet=washingtontimes.com")).isEqualTo(1);
  }

  @Test
  void articlesPageAndFilter() {
    JsonNode page = json(ts.get("/api/articles?limit=2&offset=1"));
    assertThat(page.path("total").asInt()).isEqualTo(6);
    assertThat(page.path("items")).hasSize(2);
    assertThat(total("/api/articles?from=2022-01-01&to=2022-01-31")).isEqualTo(2);
    assertThat(total("/api/articles?outlet=Daily%20Caller")).isPositive();
  }

  @Test
  void badQueryParametersAreInvalidInput() {
    for (String q :
        List.of(
            "/api/storylines?limit=0",
            "/api/storylines?limit=501",
            "/api/storylines?offset=-1",
            "/api/events?from=yesterday",
            "/api/articles?from=2022-02-01&to=2022-01-01",
            "/api/search",
            "/api/search?q=" + "x".repeat(201))) {
      HttpResponse<String> r = ts.get(q);
      assertThat(r.statusCode()).as(q).isEqualTo(400);
      assertThat(json(r).path("error").path("code").asText()).as(q).isEqualTo("INVALID_INPUT");
    }
  }

  @Test
  void dossierResolvesEverySourceSentence() {
    JsonNode v = json(ts.get("/api/dossiers/" + FixtureStage.STORYLINE));
    JsonNode d = v.path("dossier");
    assertThat(d.path("title").asText()).isEqualTo(FixtureStage.TITLE);
    assertThat(d.path("summary").size()).isGreaterThanOrEqualTo(3);
    JsonNode first = d.path("summary").path(0);
    assertThat(first.path("sources").size()).isGreaterThanOrEqualTo(2);
    for (JsonNode ref : first.path("sources")) {
      String key = ref.path("article").asText() + "#" + ref.path("sentence").asInt();
      assertThat(v.path("sentences").path(key).asText()).contains("January 10");
    }
    assertThat(v.path("articles")).hasSize(6);
  }

  @Test
  void unknownIdsAreNotFound() {
    for (String p :
        List.of(
            "/api/dossiers/nope",
            "/api/dossiers/nope/graph",
            "/api/dossiers/nope/timeline",
            "/api/dossiers/nope/quotes",
            "/api/articles/nope",
            "/api/no-such-endpoint")) {
      HttpResponse<String> r = ts.get(p);
      assertThat(r.statusCode()).as(p).isEqualTo(404);
      assertThat(json(r).path("error").path("code").asText()).isEqualTo("NOT_FOUND");
    }
  }

  @Test
  void articleCarriesSentencesLinksAndMemberships() {
    String original = ts.seedIds.get(0); // 000, which 001 rewrites
    JsonNode a = json(ts.get("/api/articles/" + original));
    assertThat(a.path("article").path("id").asText()).isEqualTo(original);
    assertThat(a.path("sentences").size()).isGreaterThan(5);
    assertThat(a.path("links_out").path(0).path("to").asText()).isEqualTo(ts.seedIds.get(1));
    assertThat(a.path("links_out").path(0).path("kind").asText()).isEqualTo("rewrite");
    assertThat(texts(a.path("storylines"))).containsExactly(FixtureStage.STORYLINE);
    JsonNode copy = json(ts.get("/api/articles/" + ts.seedIds.get(1)));
    assertThat(copy.path("links_in").path(0).path("from").asText()).isEqualTo(original);
  }

  @Test
  void graphTimelineAndQuotes() {
    String id = FixtureStage.STORYLINE;
    JsonNode g = json(ts.get("/api/dossiers/" + id + "/graph"));
    assertThat(g.path("nodes")).hasSize(6);
    assertThat(g.path("edges")).hasSize(1);
    JsonNode t = json(ts.get("/api/dossiers/" + id + "/timeline"));
    assertThat(t.path("entries").findValuesAsText("date"))
        .containsExactly("2021-12-07", "2022-01-10", "2022-01-12", "2022-01-13");
    JsonNode q = json(ts.get("/api/dossiers/" + id + "/quotes"));
    List<String> speakers = q.path("speakers").findValuesAsText("speaker");
    assertThat(speakers).contains("Joe Biden", "White House spokesperson");
    JsonNode biden = json(ts.get("/api/quotes?speaker=joe%20biden"));
    assertThat(biden.path("speakers")).hasSize(1);
    assertThat(biden.path("speakers").path(0).path("quotes").size()).isEqualTo(2);
  }

  @Test
  void searchFindsWordsInStoredText() {
    JsonNode r = json(ts.get("/api/search?q=Ryabkov"));
    assertThat(r.path("hits").size()).isGreaterThanOrEqualTo(2);
    assertThat(r.path("hits").path(0).path("snippet").asText()).contains("[Ryabkov]");
    assertThat(json(ts.get("/api/search?q=zzqxv")).path("hits")).isEmpty();
  }

  @Test
  void writesNeedTheToken() {
    String body = "{\"text\": \"Some text about talks.\", \"title\": \"t\"}";
    HttpResponse<String> none = ts.post("/api/articles", body, "application/json", null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    HttpResponse<String> wrong = ts.post("/api/articles", body, "application/json", TOKEN + "x");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(json(wrong).path("error").path("code").asText()).isEqualTo("UNAUTHORIZED");
    assertThat(json(ts.get("/api/health")).path("articles").asInt()).isEqualTo(6);
  }

  @Test
  void ingestIsIdempotentAndSaysWhereArticlesLanded() throws Exception {
    String seed = Files.readString(Fixtures.seed("003"));
    HttpResponse<String> again =
        ts.post(
            "/api/articles?name=" + Fixtures.seed("003").getFileName(), seed, "text/plain", TOKEN);
    assertThat(again.statusCode()).isEqualTo(200);
    JsonNode r = json(again);
    assertThat(r.path("added")).isEmpty();
    assertThat(texts(r.path("existing"))).containsExactly(ts.seedIds.get(3));
    assertThat(texts(r.path("placements").path(0).path("storylines")))
        .containsExactly(FixtureStage.STORYLINE);
  }

  @Test
  void ingestsBatchesAndReportsBadItems(@TempDir Path other) {
    try (TestServer own = new TestServer(other)) {
      ingestBatch(own);
    }
  }

  private static void ingestBatch(TestServer ts) {
    String batch =
        "{\"articles\": [{\"title\": \"Talks resume\", \"text\": \"Negotiators from both sides met"
            + " in Geneva on Monday to resume talks.\", \"url\": \"https://a.example/1\","
            + " \"date_publish\": \"2022-01-10\", \"source_domain\": \"a.example\"},"
            + " {\"title\": \"no text\"}]}";
    HttpResponse<String> r = ts.post("/api/articles", batch, "application/json", TOKEN);
    assertThat(r.statusCode()).isEqualTo(201);
    JsonNode body = json(r);
    assertThat(body.path("added")).hasSize(1);
    assertThat(body.path("problems")).hasSize(1);
    assertThat(body.path("problems").path(0).path("code").asText()).isEqualTo("INVALID_INPUT");
    String id = body.path("added").path(0).asText();
    assertThat(texts(body.path("placements").path(0).path("storylines")))
        .containsExactly(FixtureStage.STORYLINE);
    assertThat(ts.get("/api/articles/" + id).statusCode()).isEqualTo(200);
  }

  @Test
  void ingestsARawHtmlPage(@TempDir Path other) {
    String html =
        "<!DOCTYPE html><html><head><title>Envoys meet in Geneva</title>"
            + "<meta property=\"og:site_name\" content=\"Example News\">"
            + "<meta property=\"article:published_time\" content=\"2022-01-10T08:00:00Z\">"
            + "</head><body><nav>Home | World</nav><article><h1>Envoys meet in Geneva</h1>"
            + "<p>Envoys from the United States and Russia met in Geneva on Monday for talks on"
            + " European security.</p><p>The talks lasted nearly eight hours, officials said.</p>"
            + "</article></body></html>";
    try (TestServer own = new TestServer(other)) {
      HttpResponse<String> r = own.post("/api/articles?name=geneva.html", html, "text/html", TOKEN);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      String id = json(r).path("added").path(0).asText();
      JsonNode a = json(own.get("/api/articles/" + id)).path("article");
      assertThat(a.path("title").asText()).isEqualTo("Envoys meet in Geneva");
      assertThat(a.path("format").asText()).isEqualTo("html");
      assertThat(a.path("text").asText()).contains("eight hours").doesNotContain("Home | World");
    }
  }

  @Test
  void theReaderNeverParsesDataAsHtml() throws Exception {
    String js =
        new String(
            Api.class.getResourceAsStream("/io/storylens/server/web/app.js").readAllBytes(),
            StandardCharsets.UTF_8);
    assertThat(js)
        .doesNotContain("innerHTML")
        .doesNotContain("outerHTML")
        .doesNotContain("insertAdjacentHTML")
        .doesNotContain("document.write")
        .doesNotContain("eval(");
  }

  @Test
  void badBodiesGetStableErrors() {
    record Case(String body, String type, int status, String code) {}
    List<Case> cases =
        List.of(
            new Case("", "text/plain", 400, "INVALID_INPUT"),
            new Case("{bad json", "application/json", 400, "INVALID_INPUT"),
            new Case("[]", "application/json", 400, "INVALID_INPUT"),
            new Case("42", "application/json", 400, "INVALID_INPUT"),
            new Case("[{\"title\": \"x\"}]", "application/json", 400, "INVALID_INPUT"),
            new Case(
                "x".repeat((int) ServerConfig.DEFAULT_MAX_BODY_BYTES + 10),
                "text/plain",
                413,
                "TOO_LARGE"));
    for (Case c : cases) {
      HttpResponse<String> r = ts.post("/api/articles", c.body(), c.type(), TOKEN);
      String what = c.body().length() > 40 ? c.body().substring(0, 40) : c.body();
      assertThat(r.statusCode()).as(what).isEqualTo(c.status());
      JsonNode e = json(r).path("error");
      assertThat(e.path("code").asText()).as(what).isEqualTo(c.code());
      assertThat(e.path("status").asInt()).isEqualTo(c.status());
      assertThat(r.body())
          .doesNotContain("Exception")
          .doesNotContain("\tat ")
          .doesNotContain("at io.");
    }
  }

  @Test
  void tooManyArticlesInOneRequestIsTooLarge() {
    List<String> items = new ArrayList<>();
    for (int i = 0; i <= IngestEndpoint.MAX_ARTICLES; i++) {
      items.add("{\"text\":\"t" + i + "\"}");
    }
    HttpResponse<String> r =
        ts.post("/api/articles", "[" + String.join(",", items) + "]", "application/json", TOKEN);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(json(r).path("error").path("code").asText()).isEqualTo("TOO_LARGE");
  }

  @Test
  void noCorsHeadersByDefaultAndSecurityHeadersAlways() {
    HttpResponse<String> r = ts.get("/api/storylines", Map.of("Origin", "https://evil.example"));
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(r.headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("script-src 'self'");
    HttpResponse<String> page = ts.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void refusesToBindBeyondLoopbackWithoutAToken() {
    ServerConfig open =
        new ServerConfig(
            "0.0.0.0",
            0,
            Optional.empty(),
            false,
            ServerConfig.DEFAULT_MAX_BODY_BYTES,
            Optional.empty());
    assertThatThrownBy(open::checkSafe)
        .isInstanceOf(StorylensException.class)
        .hasMessageContaining("beyond loopback");
    ServerConfig readOnly =
        new ServerConfig(
            "0.0.0.0",
            0,
            Optional.empty(),
            true,
            ServerConfig.DEFAULT_MAX_BODY_BYTES,
            Optional.empty());
    readOnly.checkSafe();
    assertThat(readOnly.writesEnabled()).isFalse();
    new ServerConfig(
            "127.0.0.1",
            0,
            Optional.empty(),
            false,
            ServerConfig.DEFAULT_MAX_BODY_BYTES,
            Optional.empty())
        .checkSafe();
    assertThatThrownBy(
            () ->
                new ServerConfig(
                    "127.0.0.1", 0, Optional.of("short"), false, 4096, Optional.empty()))
        .hasMessageContaining("16 characters");
  }

  @Test
  void withoutATokenWritesAreDisabled(@TempDir Path other) {
    ServerConfig cfg =
        new ServerConfig(
            "127.0.0.1",
            0,
            Optional.empty(),
            false,
            ServerConfig.DEFAULT_MAX_BODY_BYTES,
            Optional.empty());
    try (TestServer s = new TestServer(other, cfg)) {
      HttpResponse<String> r =
          s.post(
              "/api/articles", "{\"text\":\"x y z\"}", "application/json", "anything-at-all-here");
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(json(r).path("error").path("message").asText()).contains("writes are disabled");
    }
  }

  @Test
  void corsForTheConfiguredOriginOnly(@TempDir Path other) {
    ServerConfig cfg =
        new ServerConfig(
            "127.0.0.1",
            0,
            Optional.of(TOKEN),
            false,
            ServerConfig.DEFAULT_MAX_BODY_BYTES,
            Optional.of("https://reader.example"));
    try (TestServer s = new TestServer(other, cfg)) {
      assertThat(
              s.get("/api/health", Map.of("Origin", "https://reader.example"))
                  .headers()
                  .firstValue("Access-Control-Allow-Origin"))
          .contains("https://reader.example");
      assertThat(
              s.get("/api/health", Map.of("Origin", "https://evil.example"))
                  .headers()
                  .firstValue("Access-Control-Allow-Origin"))
          .isEmpty();
    }
  }

  private static int total(String path) {
    HttpResponse<String> r = ts.get(path);
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    return json(r).path("total").asInt();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
