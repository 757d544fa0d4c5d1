// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import io.storylens.model.ErrorCode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Expands input arguments (files, directories recursively, globs) into a sorted file list.
 *
 * <p>An input that cannot be read (a directory without permission, a FIFO) is one problem among the
 * expanded files, never a failure of the whole expansion: the other inputs are still stored.
 */
public final class Inputs {
  private Inputs() {}

  /** The result of expansion: files to read, and arguments that named nothing. */
  public record Expansion(List<InputFile> files, List<IngestProblem> problems) {
    public Expansion {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
    }
  }

  /** Walks a file tree: {@link Files#walkFileTree(Path, FileVisitor)}, or a test's stand-in. */
  @FunctionalInterface
  interface Walker {
    void walk(Path root, FileVisitor<Path> visitor) throws IOException;
  }

  /** Expands {@code args}; hidden files (dot files) inside directories are skipped. */
  public static Expansion expand(List<String> args) {
    return expand(args, Files::walkFileTree);
  }

  /** As {@link #expand(List)}, walking directories with {@code walker}. */
  static Expansion expand(List<String> args, Walker walker) {
    List<InputFile> files = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    for (String arg : args) {
      Path p;
      try {
        p = Paths.get(arg);
      } catch (InvalidPathException e) {
        problems.add(IngestProblem.of(arg, ErrorCode.INVALID_INPUT, "not a valid path: " + e));
        continue;
      }
      if (Files.isRegularFile(p)) {
        files.add(new InputFile(arg, p));
      } else if (Files.isDirectory(p)) {
        walk(walker, p, arg, path -> true, files, problems);
      } else if (Files.exists(p)) {
        problems.add(
            IngestProblem.of(arg, ErrorCode.INVALID_INPUT, "not a regular file (" + kind(p) + ")"));
      } else if (arg.contains("*") || arg.contains("?") || arg.contains("[")) {
        int before = files.size();
        int problemsBefore = problems.size();
        glob(walker, arg, files, problems);
        if (files.size() == before && problems.size() == problemsBefore) {
          problems.add(IngestProblem.of(arg, ErrorCode.NOT_FOUND, "glob matches no file"));
        }
      } else if (Files.isSymbolicLink(p)) {
        problems.add(
            IngestProblem.of(arg, ErrorCode.NOT_FOUND, "broken symbolic link to " + linkTarget(p)));
      } else {
        problems.add(IngestProblem.of(arg, ErrorCode.NOT_FOUND, "no such file or directory"));
      }
    }
    return new Expansion(files, problems);
  }

  /** What kind of file {@code p} is, for a message: "a FIFO", "a character device", … */
  static String kind(Path p) {
    try {
      int type = (Integer) Files.getAttribute(p, "unix:mode") & 0170000;
      return switch (type) {
        case 0010000 -> "a FIFO";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0140000 -> "a socket";
        default -> "a special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file";
    }
  }

  private static String linkTarget(Path p) {
    try {
      return Files.readSymbolicLink(p).toString();
    } catch (IOException e) {
      return "a missing file";
    }
  }

  private static void glob(
      Walker walker, String pattern, List<InputFile> files, List<IngestProblem> problems) {
    // The fixed prefix before the first wildcard is the directory to walk.
    int wild = firstWildcard(pattern);
    int slash = pattern.lastIndexOf('/', wild);
    String base = slash < 0 ? "." : pattern.substring(0, Math.max(slash, 1));
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    Path root = Paths.get(base);
    if (!Files.isDirectory(root)) {
      return;
    }
    walk(
        walker,
        root,
        base,
        path -> matcher.matches(slash < 0 ? root.relativize(path) : path),
        files,
        problems);
  }

  private static int firstWildcard(String s) {
    int best = s.length();
    for (char c : new char[] {'*', '?', '['}) {
      int i = s.indexOf(c);
      if (i >= 0) {
        best = Math.min(best, i);
      }
    }
    return best;
  }

  /**
   * Adds the regular files under {@code root} that {@code keep} accepts, sorted; a directory or
   * file that cannot be read is a problem of its own and the walk goes on with the rest.
   */
  private static void walk(
      Walker walker,
      Path root,
      String shownRoot,
      Predicate<Path> keep,
      List<InputFile> files,
      List<IngestProblem> problems) {
    List<Path> found = new ArrayList<>();
    FileVisitor<Path> visitor =
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            // A hidden directory right under the root is skipped whole (its files would be).
            return !d.equals(root) && hidden(root.relativize(d))
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
            // Links are listed, not followed by the walk: a link to a regular file is an input.
            boolean regular =
                attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(f));
            Path rel = root.relativize(f);
            if (regular && !hidden(rel) && !hidden(f.getFileName()) && keep.test(f)) {
              found.add(f);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path f, IOException e) {
            if (f.equals(root) || !hidden(root.relativize(f))) {
              problems.add(
                  IngestProblem.of(
                      display(root, shownRoot, f), ErrorCode.INVALID_INPUT, cannotRead(e)));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) {
            if (e != null) { // listing stopped half way: what it listed is kept
              problems.add(
                  IngestProblem.of(
                      display(root, shownRoot, d), ErrorCode.INVALID_INPUT, cannotRead(e)));
            }
            return FileVisitResult.CONTINUE;
          }
        };
    try {
      walker.walk(root, visitor);
    } catch (IOException e) {
      problems.add(IngestProblem.of(shownRoot, ErrorCode.INVALID_INPUT, cannotRead(e)));
    }
    found.stream()
        .sorted()
        .map(path -> new InputFile(display(root, shownRoot, path), path))
        .forEach(files::add);
  }

  private static boolean hidden(Path relative) {
    return relative.toString().startsWith(".");
  }

  /** Why a file or directory cannot be read, in words (the exception's message is just a path). */
  static String cannotRead(IOException e) {
    String why;
    if (e instanceof AccessDeniedException) {
      why = "permission denied";
    } else if (e instanceof NoSuchFileException) {
      why = "it disappeared while being read";
    } else if (e instanceof FileSystemLoopException) {
      why = "symbolic links form a loop";
    } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
      why = fse.getReason();
    } else {
      why = String.valueOf(e.getMessage());
    }
    return "cannot read: " + why;
  }

  private static String display(Path root, String shownRoot, Path path) {
    if (path.equals(root)) {
      return shownRoot;
    }
    if (shownRoot.equals(".")) {
      return root.relativize(path).toString();
    }
    String prefix = shownRoot.endsWith("/") ? shownRoot : shownRoot + "/";
    return prefix + root.relativize(path);
  }
}
