// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.testkit.NeedsModels;
import io.storylens.testkit.SlowTest;
import java.io.IOException;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web reader in a real browser ({@link Chromium}) on the seeds with a fixed analysis: each part
 * of the page shows what the dossier holds, and untrusted text stays text.
 */
@SlowTest
@NeedsModels
class BrowserTest {
  @TempDir static Path dir;
  static TestServer ts;
  static WebDriver driver;

  @BeforeAll
  static void start() throws IOException {
    Chromium.requirePresent();
    ts = new TestServer(dir.resolve("server")).loadSeeds();
    driver = Chromium.start(dir.resolve("profile"), 1280);
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
    assertThat(story.getText())
        .contains("28 Dec 2021 – 18 Jan 2022")
        .contains("Daily Caller")
        .contains("washingtontimes.com");
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
            .filter(s -> text(s.findElement(By.cssSelector(".speaker-name"))).equals("Joe Biden"))
            .findFirst()
            .orElseThrow();
    assertThat(text(biden)).contains("moral obligation").contains("Daily Caller");
    assertThat(text(biden.findElement(By.cssSelector(".variant.meaning"))))
        .contains("defend Afghanistan")
        .contains("changes the meaning");
    WebElement timeline = driver.findElement(By.id("timeline"));
    assertThat(texts(timeline, ".tl-date"))
        .containsExactly("7 Dec 2021", "10 Jan 2022", "12 Jan 2022", "13 Jan 2022");
    assertThat(timeline.findElements(By.cssSelector("svg circle.dot"))).hasSize(4);
    assertThat(text(driver.findElement(By.id("claims")))).contains("tens of thousands");
    WebElement dis = driver.findElement(By.cssSelector("#disagreements .disagreement"));
    assertThat(texts(dis, ".value")).containsExactly("Afghanistan", "Ukraine");
    WebElement graph = driver.findElement(By.cssSelector("#graph svg"));
    assertThat(graph.findElements(By.cssSelector("g.node"))).hasSize(6);
    assertThat(graph.findElements(By.cssSelector("path.edge"))).hasSize(1);
    assertThat(text(graph.findElement(By.cssSelector(".edge-group text")))).isEqualTo("rewrite");
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
  void theStoryPageWorksFromTheKeyboard() {
    open("#/story/" + FixtureStage.STORYLINE);
    JavascriptExecutor js = (JavascriptExecutor) driver;
    Actions keys = new Actions(driver);
    js.executeScript("document.querySelector('main a').focus()");
    // Tab from the back link until the summary section's heading has focus.
    boolean reached = false;
    for (int i = 0; i < 10 && !reached; i++) {
      keys.sendKeys(Keys.TAB).perform();
      reached =
          (Boolean)
              js.executeScript(
                  "return document.activeElement === document.querySelector('#summary > details >"
                      + " summary')");
    }
    assertThat(reached).as("the summary heading is reachable with Tab").isTrue();
    WebElement fold = driver.findElement(By.cssSelector("#summary > details"));
    keys.sendKeys(Keys.ENTER).perform();
    assertThat(fold.getAttribute("open")).as("Enter folds the section").isNull();
    keys.sendKeys(Keys.ENTER).perform();
    assertThat(fold.getAttribute("open")).as("Enter unfolds it again").isNotNull();
    // The next Tab reaches the first summary sentence; Enter shows its sources.
    keys.sendKeys(Keys.TAB).perform();
    assertThat((String) js.executeScript("return document.activeElement.getAttribute('class')"))
        .contains("sent");
    keys.sendKeys(Keys.ENTER).perform();
    assertThat(driver.findElement(By.id("sources")).isDisplayed()).isTrue();
  }

  @Test
  void entityFacetFiltersTheArticleList() {
    open("#/story/" + FixtureStage.STORYLINE);
    // Past the top fifteen, facets are folded behind "more".
    driver.findElements(By.cssSelector("#more-entities > summary")).forEach(WebElement::click);
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
    assertThat(text(driver.findElement(By.id("quotes"))))
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
      assertThat(text(driver.findElement(By.id("graph")))).contains("Showing 300 of 1000");
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
    Chromium.open(driver, ts.base(), hash);
    assertThat(driver.findElements(By.id("error"))).as("page error").isEmpty();
  }

  /** Text of the matches, folded sections included (getText is empty for what is folded). */
  private static List<String> texts(WebElement root, String css) {
    return root.findElements(By.cssSelector(css)).stream().map(BrowserTest::text).toList();
  }

  private static String text(WebElement e) {
    return e.getAttribute("textContent").strip().replaceAll("\\s+", " ");
  }

  private static void shot(String name) {
    Chromium.shot(driver, name);
  }
}
