// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.testkit.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storylens stories}: groups stored articles once, and later ones join incrementally. */
class StoriesCommandTest {
  @TempDir Path dir;

  @Test
  void listsStorylinesEventsAndArticlesAndGroupsOnlyNewArticlesLater() throws Exception {
    Path db = dir.resolve("s.db");
    assertThat(
            Main.execute(
                "ingest",
                "--db",
                db.toString(),
                Fixtures.seed("000").toString(),
                Fixtures.seed("002").toString(),
                Fixtures.seed("004").toString()))
        .isZero();
    String out1 = CliRun.ok("stories", "--db", db.toString());
    assertThat(out1).contains("(3 newly grouped)", "storyline sl-", "event ev-", "Daily Caller");

    assertThat(Main.execute("ingest", "--db", db.toString(), Fixtures.seeds().toString())).isZero();
    String out2 = CliRun.ok("stories", "--db", db.toString());
    assertThat(out2).contains("5 article(s) (2 newly grouped)");
    // Ids seen before survive the update.
    String firstStoryline =
        out1.lines()
            .filter(l -> l.startsWith("storyline "))
            .findFirst()
            .orElseThrow()
            .split("\\s+")[1];
    assertThat(out2).contains(firstStoryline);

    // 004's header (18 Jan 2022) is a stale republication of a December preview: flagged, and its
    // event listed first, before the Jan 10 talks (first reported Dec 28) and the Dec 30 call.
    String stale = out2.lines().filter(l -> l.contains("2022-01-18")).findFirst().orElseThrow();
    assertThat(stale).contains("(header date 43 days after the day its lead reports, 2021-12-06)");
    List<String> events = out2.lines().filter(l -> l.startsWith("  event ")).toList();
    assertThat(events.get(0)).contains("Putin are set to hold");
    assertThat(events.get(2)).contains("Biden Putin to speak");
    assertThat(out2.lines().filter(l -> l.contains("(header date")).count()).isEqualTo(1);

    String out3 = CliRun.ok("stories", "--db", db.toString());
    assertThat(out3).contains("(0 newly grouped)");
  }
}
