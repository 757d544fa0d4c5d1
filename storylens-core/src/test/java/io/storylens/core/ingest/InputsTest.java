// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir Path dir;

  @Test
  void directoriesAreWalkedRecursivelyInSortedOrderSkippingHiddenFiles() throws Exception {
    Files.createDirectories(dir.resolve("b/c"));
    Files.writeString(dir.resolve("b/c/2.txt"), "x");
    Files.writeString(dir.resolve("a.txt"), "x");
    Files.writeString(dir.resolve(".hidden"), "x");
    var e = Inputs.expand(List.of(dir.toString()));
    assertThat(e.problems()).isEmpty();
    assertThat(e.files())
        .extracting(InputFile::name)
        .containsExactly(dir + "/a.txt", dir + "/b/c/2.txt");
  }

  @Test
  void globsMatchAndMissingInputsAreProblems() throws Exception {
    Files.writeString(dir.resolve("one.jsonl"), "x");
    Files.writeString(dir.resolve("two.txt"), "x");
    var e = Inputs.expand(List.of(dir + "/*.jsonl", dir + "/missing.txt", dir + "/*.xml"));
    assertThat(e.files()).extracting(InputFile::name).containsExactly(dir + "/one.jsonl");
    assertThat(e.problems())
        .extracting(IngestProblem::code)
        .containsExactly(ErrorCode.NOT_FOUND, ErrorCode.NOT_FOUND);
  }
}
