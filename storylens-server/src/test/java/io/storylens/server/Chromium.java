// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium driven by chromium-driver through Selenium, for the browser tests. Skips with a
 * message when chromium is not installed, except in CI (CI=true), where it fails: {@code
 * .ci/install-deps} installs it there. Screenshots go to {@code target/screenshots}.
 */
final class Chromium {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");

  private Chromium() {}

  /** Fails in CI and skips elsewhere when chromium or its driver is missing. */
  static void requirePresent() {
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
        "skipped: browser tests need Debian's chromium and chromium-driver (apt-get install"
            + " chromium chromium-driver)");
  }

  /** A headless browser with a fresh profile in {@code profile}, {@code width} × 2000 pixels. */
  static WebDriver start(Path profile, int width) throws IOException {
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
        "--window-size=" + width + ",2000",
        "--user-data-dir=" + Files.createDirectories(profile));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  /** Loads {@code base/hash} and waits until the reader says it rendered that route. */
  static void open(WebDriver driver, String base, String hash) {
    driver.get("about:blank");
    driver.get(base + "/" + hash);
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(d -> hash.equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  /** Saves a screenshot of the viewport as {@code target/screenshots/NAME.png}. */
  static void shot(WebDriver driver, String name) {
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
