// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storylens.testkit.NeedsModels;
import io.storylens.testkit.SlowTest;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web reader in a real browser: Debian's chromium driven by chromium-driver through Selenium.
 * Skips with a message when chromium is not installed, except in CI (CI=true), where it fails:
 * {@code .ci/install-deps} installs it there. Screenshots go to {@code target/screenshots}.
 */
@SlowTest
@NeedsModels
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  static TestServer ts;
  static WebDriver driver;

  @BeforeAll
  static void start() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(
          "CI=true but "
              + CHROMIUM
              + " or "
              + CHROMEDRIVER
              + " is missing: .ci/install-deps must install chromium and chromium-driver");
    }
    assumeTrue(
        present,
        "skipped: browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    ts = new TestServer(dir.resolve("server")).loadSeeds();
    Files.createDirectories(SHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // Flags this machine needs: no sandbox as root, and no background connections (the network
    // is closed and refused connections slow start-up).
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,2000",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (ts != null) {
      ts.close();
    }
  }

  @Test
  void homeListsTheStorylineWithOutletsAndTimeSpan() {
    open("#/");
    WebElement story = driver.findElement(By.cssSelector("#storylines .story-item"));
    assertThat(story.findElement(By.cssSelector(".story-title")).getText())
        .isEqualTo(FixtureStage.TITLE);
    assertThat(story.findElement(By.cssSelector(".span")).getText())
        .isEqualTo("2021-12-28 – 2022-01-18");
    assertThat(texts(story, ".chip.outlet")).contains("Daily Caller", "washingtontimes.com");
    assertThat(texts(driver.findElement(By.id("articles")), "li a")).hasSize(6);
    shot("home");
  }

  @Test
  void storyPageShowsEveryDossierPart() {
    open("#/story/" + FixtureStage.STORYLINE);
    assertThat(driver.findElement(By.id("story-title")).getText()).isEqualTo(FixtureStage.TITLE);
    WebElement quotes = driver.findElement(By.id("quotes"));
    List<String> speakers = texts(quotes, ".speaker-name");
    assertThat(speakers).contains("Joe Biden", "White House spokesperson");
    WebElement biden =
        quotes.findElements(By.cssSelector(".speaker")).stream()
            .filter(
                s -> s.findElement(By.cssSelector(".speaker-name")).getText().equals("Joe Biden"))
            .findFirst()
            .orElseThrow();
    assertThat(biden.getText()).contains("moral obligation").contains("Daily Caller");
    assertThat(biden.findElement(By.cssSelector(".variant.meaning")).getText())
        .contains("defend Afghanistan")
        .contains("changes the meaning");
    WebElement timeline = driver.findElement(By.id("timeline"));
    assertThat(texts(timeline, ".tl-date"))
        .containsExactly("2021-12-07", "2022-01-10", "2022-01-12", "2022-01-13");
    assertThat(timeline.findElements(By.cssSelector("svg circle.dot"))).hasSize(4);
    assertThat(driver.findElement(By.id("claims")).getText()).contains("tens of thousands");
    WebElement dis = driver.findElement(By.cssSelector("#disagreements .disagreement"));
    assertThat(texts(dis, ".value")).containsExactly("Afghanistan", "Ukraine");
    WebElement graph = driver.findElement(By.cssSelector("#graph svg"));
    assertThat(graph.findElements(By.cssSelector("g.node"))).hasSize(6);
    assertThat(graph.findElements(By.cssSelector("path.edge"))).hasSize(1);
    assertThat(graph.findElement(By.cssSelector(".edge-group text")).getText())
        .isEqualTo("rewrite");
    assertThat(texts(driver.findElement(By.id("entities")), "button.chip"))
        .anyMatch(t -> t.startsWith("NATO ("));
    assertThat(driver.findElement(By.id("first-publisher")).getText()).contains("Daily Caller");
    shot("story");
  }

  @Test
  void clickingASummarySentenceShowsItsSources() {
    open("#/story/" + FixtureStage.STORYLINE);
    WebElement sources = driver.findElement(By.id("sources"));
    assertThat(sources.isDisplayed()).isFalse();
    WebElement first = driver.findElement(By.cssSelector("#summary .sent"));
    first.click();
    assertThat(sources.isDisplayed()).isTrue();
    List<WebElement> items = sources.findElements(By.cssSelector("li.source"));
    assertThat(items).hasSizeGreaterThanOrEqualTo(2);
    for (WebElement item : items) {
      assertThat(item.findElement(By.tagName("blockquote")).getText()).contains("January 10");
    }
    assertThat(sources.getText()).contains("Daily Caller");
    assertThat(first.getAttribute("class")).contains("selected");
    shot("story-sources");
    // Keyboard users get the same: focus the disputed sentence and press Enter.
    WebElement disputed = driver.findElement(By.cssSelector("#summary .sent.disputed"));
    disputed.sendKeys(Keys.ENTER);
    assertThat(sources.getText()).contains("defend");
  }

  @Test
  void entityFacetFiltersTheArticleList() {
    open("#/story/" + FixtureStage.STORYLINE);
    WebElement ryabkov =
        driver.findElements(By.cssSelector("#entities button.chip")).stream()
            .filter(b -> b.getText().startsWith("Sergei Ryabkov"))
            .findFirst()
            .orElseThrow();
    ryabkov.click();
    long visible =
        driver.findElements(By.cssSelector("#story-articles .article-item")).stream()
            .filter(WebElement::isDisplayed)
            .count();
    assertThat(visible).isEqualTo(2);
    ryabkov.click();
    assertThat(
            driver.findElements(By.cssSelector("#story-articles .article-item")).stream()
                .filter(WebElement::isDisplayed)
                .count())
        .isEqualTo(6);
  }

  @Test
  void searchBoxFindsArticles() {
    open("#/");
    WebElement box = driver.findElement(By.id("search-input"));
    box.sendKeys("Ryabkov", Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d ->
                "#/search?q=Ryabkov"
                    .equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    List<WebElement> hits = driver.findElements(By.cssSelector("#hits .hit"));
    assertThat(hits).hasSizeGreaterThanOrEqualTo(2);
    assertThat(hits.get(0).getText()).contains("[Ryabkov]");
    shot("search");
  }

  @Test
  void hostileTitlesQuotesAndUrlsRenderAsInertText() {
    open("#/");
    assertThat(texts(driver.findElement(By.id("articles")), "li a"))
        .contains(TestServer.HOSTILE_TITLE);
    assertInert();
    open("#/story/" + FixtureStage.STORYLINE);
    assertThat(texts(driver.findElement(By.id("quotes")), ".speaker-name"))
        .contains(FixtureStage.HOSTILE_SPEAKER);
    assertThat(driver.findElement(By.id("quotes")).getText())
        .contains("<script>window.__xss=4</script>");
    assertInert();
    shot("xss-story");
    open("#/article/" + ts.hostileId);
    assertThat(driver.findElement(By.id("article-title")).getText())
        .isEqualTo(TestServer.HOSTILE_TITLE);
    assertThat(driver.findElement(By.cssSelector(".article-text")).getText()).contains("<iframe");
    assertThat(driver.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("<b>evil</b>.example");
    assertInert();
    shot("xss-article");
  }

  @Test
  void aStoryOfAThousandArticlesRenders() {
    StringBuilder batch = new StringBuilder("[");
    for (int i = 0; i < 1000; i++) {
      batch
          .append(i == 0 ? "" : ",")
          .append("{\"title\":\"Report ")
          .append(i)
          .append("\",\"text\":\"Outlet ")
          .append(i % 40)
          .append(" reports item ")
          .append(i)
          .append(" on the talks. Officials met again.\",\"url\":\"https://o")
          .append(i % 40)
          .append(".example/")
          .append(i)
          .append("\",\"date_publish\":\"2022-0")
          .append(1 + i % 9)
          .append("-1")
          .append(i % 10)
          .append("\",\"source_domain\":\"o")
          .append(i % 40)
          .append(".example\"}");
    }
    batch.append("]");
    try (TestServer big = new TestServer(dir.resolve("big"))) {
      var r = big.post("/api/articles", batch.toString(), "application/json", TestServer.TOKEN);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      String hash = "#/story/" + FixtureStage.STORYLINE;
      driver.get("about:blank");
      driver.get(big.base() + "/" + hash);
      new WebDriverWait(driver, Duration.ofSeconds(60))
          .until(d -> hash.equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
      assertThat(driver.findElements(By.cssSelector("#story-articles .article-item")))
          .hasSize(1000);
      // The graph draws at most 300 articles and says so.
      assertThat(driver.findElements(By.cssSelector("#graph g.node"))).hasSize(300);
      assertThat(driver.findElement(By.id("graph")).getText()).contains("Showing 300 of 1000");
      shot("story-1000");
    }
  }

  /** No element came from data, no script ran. */
  private static void assertInert() {
    assertThat(
            driver.findElements(
                By.cssSelector("#app script, #app img, #app iframe, #app b, #app i")))
        .isEmpty();
    assertThat(((JavascriptExecutor) driver).executeScript("return window.__xss === undefined"))
        .isEqualTo(true);
  }

  private static void open(String hash) {
    driver.get("about:blank");
    driver.get(ts.base() + "/" + hash);
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> hash.equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    assertThat(driver.findElements(By.id("error"))).as("page error").isEmpty();
  }

  private static List<String> texts(WebElement root, String css) {
    return root.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  private static void shot(String name) {
    try {
      File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(
          f.toPath(),
          SHOTS.resolve(name + ".png"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
