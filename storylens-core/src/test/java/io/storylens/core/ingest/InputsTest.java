// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.storylens.model.ErrorCode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
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

  /**
   * A walker that finds every directory named {@code locked} unreadable, as the JDK reports a
   * directory without read permission (tests run as root, where permissions do not bite).
   */
  private static final Inputs.Walker LOCKED_UNREADABLE =
      (root, visitor) ->
          Files.walkFileTree(
              root,
              new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a)
                    throws IOException {
                  if (d.getFileName().toString().equals("locked")) {
                    visitor.visitFileFailed(d, new AccessDeniedException(d.toString()));
                    return FileVisitResult.SKIP_SUBTREE;
                  }
                  return visitor.preVisitDirectory(d, a);
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                  return visitor.visitFile(f, a);
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
                  return visitor.visitFileFailed(f, e);
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e)
                    throws IOException {
                  return visitor.postVisitDirectory(d, e);
                }
              });

  private void unreadableTree() throws IOException {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("locked"));
    Files.createDirectories(dir.resolve("z/locked"));
    Files.writeString(dir.resolve("a/1.txt"), "x");
    Files.writeString(dir.resolve("locked/secret.txt"), "x");
    Files.writeString(dir.resolve("z/locked/secret.txt"), "x");
    Files.writeString(dir.resolve("z/2.txt"), "x");
  }

  @Test
  void anUnreadableSubdirectoryIsOneProblemAndTheRestIsStillListed() throws Exception {
    unreadableTree();
    var e = Inputs.expand(List.of(dir.toString()), LOCKED_UNREADABLE);
    assertThat(e.files())
        .extracting(InputFile::name)
        .containsExactly(dir + "/a/1.txt", dir + "/z/2.txt");
    assertThat(e.problems())
        .extracting(IngestProblem::toString)
        .containsExactly(
            dir + "/locked: cannot read: permission denied [INVALID_INPUT]",
            dir + "/z/locked: cannot read: permission denied [INVALID_INPUT]");
  }

  @Test
  void aGlobThroughAnUnreadableSubdirectoryKeepsItsOtherMatches() throws Exception {
    unreadableTree();
    var e = Inputs.expand(List.of(dir + "/**.txt"), LOCKED_UNREADABLE);
    assertThat(e.files())
        .extracting(InputFile::name)
        .containsExactly(dir + "/a/1.txt", dir + "/z/2.txt");
    assertThat(e.problems())
        .extracting(IngestProblem::reason)
        .containsExactly("cannot read: permission denied", "cannot read: permission denied");
  }

  @Test
  void anUnreadableInputDirectoryItselfIsAProblemNamedAsGiven() throws Exception {
    Files.createDirectories(dir.resolve("locked"));
    Files.writeString(dir.resolve("ok.txt"), "x");
    String locked = dir.resolve("locked").toString();
    var e = Inputs.expand(List.of(locked, dir + "/ok.txt"), LOCKED_UNREADABLE);
    assertThat(e.files()).extracting(InputFile::name).containsExactly(dir + "/ok.txt");
    assertThat(e.problems())
        .extracting(IngestProblem::toString)
        .containsExactly(locked + ": cannot read: permission denied [INVALID_INPUT]");
  }

  @Test
  void aDirectoryWithoutReadPermissionIsReportedByTheRealFileSystem() throws Exception {
    Path locked = Files.createDirectories(dir.resolve("sub/locked"));
    Files.writeString(locked.resolve("secret.txt"), "x");
    Files.writeString(dir.resolve("sub/ok.txt"), "x");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "permissions do not apply to this user (root)");
      var e = Inputs.expand(List.of(dir.toString()));
      assertThat(e.files()).extracting(InputFile::name).containsExactly(dir + "/sub/ok.txt");
      assertThat(e.problems())
          .extracting(IngestProblem::toString)
          .containsExactly(locked + ": cannot read: permission denied [INVALID_INPUT]");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aFifoOrDeviceIsNotARegularFileRatherThanMissing() throws Exception {
    Path fifo = dir.resolve("pipe.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    var e = Inputs.expand(List.of(fifo.toString(), "/dev/null", dir + "/missing.txt"));
    assertThat(e.files()).isEmpty();
    assertThat(e.problems())
        .extracting(IngestProblem::toString)
        .containsExactly(
            fifo + ": not a regular file (a FIFO) [INVALID_INPUT]",
            "/dev/null: not a regular file (a character device) [INVALID_INPUT]",
            dir + "/missing.txt: no such file or directory [NOT_FOUND]");
  }

  @Test
  void aBrokenSymbolicLinkSaysWhereItPoints() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("gone.txt"));
    var e = Inputs.expand(List.of(link.toString()));
    assertThat(e.problems())
        .extracting(IngestProblem::toString)
        .containsExactly(link + ": broken symbolic link to " + dir + "/gone.txt [NOT_FOUND]");
  }
}
