// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file assertions. A golden file is rewritten only when the build runs with {@code
 * -Dstorylens.updateGolden=true}; otherwise a missing or different file fails the test.
 */
public final class Golden {
  /** The system property that allows rewriting golden files. */
  public static final String UPDATE_PROPERTY = "storylens.updateGolden";

  private Golden() {}

  /**
   * Asserts that {@code actual} equals the golden file at {@code src/test/resources/golden/NAME} of
   * the module under test.
   */
  public static void assertMatches(String name, String actual) {
    Path file = Path.of("src", "test", "resources", "golden").resolve(name);
    String normalized = actual.replace("\r\n", "\n");
    try {
      if (Boolean.getBoolean(UPDATE_PROPERTY)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, normalized, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file)
          .as("golden file %s is missing; run with -D%s=true to create it", file, UPDATE_PROPERTY)
          .exists();
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(normalized)
          .as("output differs from golden file %s (-D%s=true rewrites it)", file, UPDATE_PROPERTY)
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
