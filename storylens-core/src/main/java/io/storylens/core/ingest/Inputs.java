// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import io.storylens.model.ErrorCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands input arguments (files, directories recursively, globs) into a sorted file list. */
public final class Inputs {
  private Inputs() {}

  /** The result of expansion: files to read, and arguments that named nothing. */
  public record Expansion(List<InputFile> files, List<IngestProblem> problems) {
    public Expansion {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
    }
  }

  /** Expands {@code args}; hidden files (dot files) inside directories are skipped. */
  public static Expansion expand(List<String> args) {
    List<InputFile> files = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    for (String arg : args) {
      Path p = Paths.get(arg);
      if (Files.isRegularFile(p)) {
        files.add(new InputFile(arg, p));
      } else if (Files.isDirectory(p)) {
        files.addAll(walk(p, arg, path -> true));
      } else if (arg.contains("*") || arg.contains("?") || arg.contains("[")) {
        List<InputFile> matched = glob(arg);
        if (matched.isEmpty()) {
          problems.add(IngestProblem.of(arg, ErrorCode.NOT_FOUND, "glob matches no file"));
        }
        files.addAll(matched);
      } else {
        problems.add(IngestProblem.of(arg, ErrorCode.NOT_FOUND, "no such file or directory"));
      }
    }
    return new Expansion(files, problems);
  }

  private static List<InputFile> glob(String pattern) {
    // The fixed prefix before the first wildcard is the directory to walk.
    int wild = firstWildcard(pattern);
    int slash = pattern.lastIndexOf('/', wild);
    String base = slash < 0 ? "." : pattern.substring(0, Math.max(slash, 1));
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    Path root = Paths.get(base);
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    return walk(root, base, path -> matcher.matches(slash < 0 ? root.relativize(path) : path));
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

  private static List<InputFile> walk(
      Path root, String shownRoot, java.util.function.Predicate<Path> keep) {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .filter(path -> !root.relativize(path).toString().startsWith("."))
          .filter(path -> !path.getFileName().toString().startsWith("."))
          .filter(keep)
          .sorted()
          .map(path -> new InputFile(display(root, shownRoot, path), path))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String display(Path root, String shownRoot, Path path) {
    if (shownRoot.equals(".")) {
      return root.relativize(path).toString();
    }
    String prefix = shownRoot.endsWith("/") ? shownRoot : shownRoot + "/";
    return prefix + root.relativize(path);
  }
}
