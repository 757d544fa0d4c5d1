// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsModels;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storylens analyze} stores links; {@code storylens links} prints them from the store. */
@NeedsModels
class LinksCommandTest {
  @TempDir Path dir;

  @Test
  void analyzeThenLinksAsTextAndDot() {
    String db = dir.resolve("s.db").toString();
    String seeds = Fixtures.seeds().toString();
    assertThat(CliRun.ok("analyze", seeds, "--db", db, "--out", dir.resolve("out").toString()))
        .contains("1 link(s)");

    String text = CliRun.ok("links", "--db", db);
    assertThat(text.lines().toList()).hasSize(2);
    assertThat(text).contains("Daily Caller").contains("└─ rewrite");
    assertThat(text.lines().findFirst().orElseThrow()).contains("2021-12-28");

    String dot = CliRun.ok("links", "--db", db, "--dot");
    assertThat(dot).startsWith("digraph derivation {").contains("->").contains("rewrite");

    String first = text.substring(0, text.indexOf(' '));
    assertThat(CliRun.ok("links", first.substring(0, 6), "--db", db)).isEqualTo(text);
    assertThat(CliRun.ok("links", "--db", db, "--update")).isEqualTo(text);
  }
}
