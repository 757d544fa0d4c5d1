// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@NeedsModels
class ExportCommandTest {
  @Test
  void analyzeWritesDossierFilesAndExportReadsTheStore(@TempDir Path tmp) throws Exception {
    String db = tmp.resolve("s.db").toString();
    Path out = tmp.resolve("out");
    assertThat(
            Main.execute(
                "analyze", Fixtures.seeds().toString(), "--out", out.toString(), "--db", db))
        .isEqualTo(Main.OK);
    Path md;
    try (Stream<Path> files = Files.list(out)) {
      md = files.filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow();
    }
    String id = md.getFileName().toString().replace(".md", "");
    assertThat(out.resolve(id + ".html")).isRegularFile();
    assertThat(out.resolve(id + ".timeline.json")).isRegularFile();

    assertThat(CliRun.ok("export", id.substring(0, 8), "--format", "md", "--db", db))
        .isEqualTo(Files.readString(md));
  }

  @Test
  void unknownFormatOrIdIsAnError(@TempDir Path tmp) {
    String db = tmp.resolve("s.db").toString();
    assertThat(Main.execute("ingest", "--db", db, Fixtures.seed("000").toString()))
        .isEqualTo(Main.OK);
    assertThat(Main.execute("export", "sl-x", "--format", "pdf", "--db", db)).isEqualTo(Main.USAGE);
    assertThat(Main.execute("export", "sl-nothing", "--db", db)).isEqualTo(Main.SOME_REJECTED);
  }
}
