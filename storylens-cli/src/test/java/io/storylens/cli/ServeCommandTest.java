// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storylens serve} refuses unsafe set-ups before it listens. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void refusesToServeBeyondLoopbackWithoutAToken() {
    assumeTrue(System.getenv("STORYLENS_TOKEN") == null, "skipped: STORYLENS_TOKEN is set here");
    PrintStream err = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      int code =
          Main.execute(
              "serve", "--bind", "0.0.0.0", "--port", "0", "--db", dir.resolve("s.db").toString());
      assertThat(code).isEqualTo(Main.USAGE);
    } finally {
      System.setErr(err);
    }
    assertThat(buf.toString(StandardCharsets.UTF_8))
        .contains("beyond loopback")
        .contains("STORYLENS_TOKEN");
  }

  @Test
  void rejectsAShortTokenFile() throws Exception {
    assumeTrue(System.getenv("STORYLENS_TOKEN") == null, "skipped: STORYLENS_TOKEN is set here");
    Path token = java.nio.file.Files.writeString(dir.resolve("token"), "short\n");
    int code =
        Main.execute(
            "serve",
            "--port",
            "0",
            "--token-file",
            token.toString(),
            "--db",
            dir.resolve("s.db").toString());
    assertThat(code).isEqualTo(Main.USAGE);
  }
}
