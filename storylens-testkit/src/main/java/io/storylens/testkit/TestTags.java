// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.testkit;

/**
 * The JUnit tags of tests that the fast unit run leaves out; usable with Surefire's {@code
 * -Dgroups} and {@code -DexcludedGroups} too.
 */
public final class TestTags {
  private TestTags() {}

  /** Loads the CoreNLP models ({@link NeedsModels}). */
  public static final String MODELS = "models";

  /** Reads {@code ../shared/data} ({@link NeedsSharedData}). */
  public static final String SHARED_DATA = "shared-data";

  /** Starts a browser, a Spark context or child JVMs ({@link SlowTest}). */
  public static final String SLOW = "slow";

  /**
   * The system property that the {@code fast} Maven profile sets to {@code true}: tests carrying
   * one of the tags above are then skipped with the reason, and a test that reaches the models or
   * the shared data without its tag fails, naming the tag it lacks.
   */
  public static final String FAST_PROPERTY = "storylens.test.fast";

  /** Whether this JVM runs the fast unit run. */
  public static boolean fastRun() {
    return Boolean.getBoolean(FAST_PROPERTY);
  }
}
