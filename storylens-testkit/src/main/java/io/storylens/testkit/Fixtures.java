// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates the repository, the demo corpus and the shared development data. */
public final class Fixtures {
  private Fixtures() {}

  /**
   * The repository root: the {@code storylens.repo.root} system property set by Surefire, else the
   * nearest ancestor of the working directory holding {@code examples/seeds}.
   */
  public static Path repoRoot() {
    String prop = System.getProperty("storylens.repo.root");
    if (prop != null && Files.isDirectory(Paths.get(prop, "examples", "seeds"))) {
      return Paths.get(prop).toAbsolutePath().normalize();
    }
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("examples").resolve("seeds"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "cannot find the repository root (no examples/seeds above cwd)");
  }

  /** The five seed articles of the demo corpus, {@code examples/seeds}. */
  public static Path seeds() {
    return repoRoot().resolve("examples").resolve("seeds");
  }

  /** One seed file by its name prefix, e.g. {@code "002"}. */
  public static Path seed(String prefix) {
    try (var files = Files.list(seeds())) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no seed starting with " + prefix));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A folder of {@code ../shared/data} (beside the repository), or the test is skipped with a clear
   * message when the folder is absent.
   *
   * @throws IllegalStateException in the fast unit run, where only tests marked {@link
   *     NeedsSharedData} (which that run skips) may read the shared data
   */
  public static Path sharedData(String name) {
    if (TestTags.fastRun()) {
      throw new IllegalStateException(
          "this test reads ../shared/data/"
              + name
              + " but is not marked @NeedsSharedData, so the fast unit run cannot skip it");
    }
    Path data = repoRoot().resolveSibling("shared").resolve("data");
    Path dir = data.resolve(name);
    assumeTrue(
        Files.exists(dir),
        () -> "skipped: shared data folder " + dir + " is absent (it sits beside the repository)");
    return dir;
  }
}
