// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads gold attributions in the PolNeAR layout: {@code text/NAME.txt} beside {@code
 * attributions/NAME_ANNOTATOR.ann} (brat standoff). Discontinuous spans are read as their envelope.
 * When several annotators' files exist, the first in name order is used.
 */
public final class BratAttributions {
  private BratAttributions() {}

  /** A character span. */
  public record Span(int start, int end) {
    public Span {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad span " + start + ".." + end);
      }
    }

    boolean overlaps(int s, int e) {
      return s < end && start < e;
    }

    int overlap(int s, int e) {
      return Math.max(0, Math.min(end, e) - Math.max(start, s));
    }
  }

  /** One gold attribution relation; the source may be absent. */
  public record Gold(Span content, Optional<Span> cue, Optional<Span> source) {}

  /** One article: its text and gold attributions. */
  public record Doc(String name, String text, List<Gold> gold) {
    public Doc {
      gold = List.copyOf(gold);
    }
  }

  /** Every article under {@code root}, recursively, sorted by path. */
  public static List<Path> textFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".txt"))
          .filter(
              p -> p.getParent() != null && p.getParent().getFileName().toString().equals("text"))
          .filter(p -> Files.isDirectory(p.getParent().resolveSibling("attributions")))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  /** The article of {@code textFile} with the first annotator's attributions, if any. */
  public static Optional<Doc> read(Path textFile) {
    String name = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
    Path dir = textFile.getParent().resolveSibling("attributions");
    try (Stream<Path> anns = Files.list(dir)) {
      Optional<Path> ann =
          anns.filter(p -> p.getFileName().toString().startsWith(name + "_"))
              .filter(p -> p.getFileName().toString().endsWith(".ann"))
              .filter(
                  p ->
                      p.getFileName()
                          .toString()
                          .substring(name.length() + 1)
                          .matches("[^_]+\\.ann"))
              .sorted()
              .findFirst();
      if (ann.isEmpty()) {
        return Optional.empty();
      }
      String text = Files.readString(textFile, StandardCharsets.UTF_8);
      return Optional.of(
          new Doc(name, text, parse(Files.readAllLines(ann.get(), StandardCharsets.UTF_8))));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + textFile, e);
    }
  }

  /** Parses brat standoff lines into attribution relations. */
  static List<Gold> parse(List<String> lines) {
    Map<String, Span> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    for (String line : lines) {
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        continue;
      }
      if (cols[0].startsWith("T")) {
        String[] head = cols[1].split(" ", 2);
        if (head.length < 2) {
          continue;
        }
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (String part : head[1].split(";")) {
          String[] se = part.trim().split(" ");
          lo = Math.min(lo, Integer.parseInt(se[0]));
          hi = Math.max(hi, Integer.parseInt(se[1]));
        }
        spans.put(cols[0], new Span(lo, hi));
      } else if (cols[0].startsWith("E")) {
        events.add(cols[1].trim().split(" "));
      }
    }
    List<Gold> out = new ArrayList<>();
    for (String[] roles : events) {
      Span content = null;
      Span cue = null;
      Span source = null;
      for (String role : roles) {
        String[] kv = role.split(":");
        if (kv.length != 2) {
          continue;
        }
        Span s = spans.get(kv[1]);
        switch (kv[0].replaceAll("\\d+$", "")) {
          case "Content" -> content = s;
          case "Cue" -> cue = s;
          case "Source" -> source = s;
          default -> {}
        }
      }
      if (content != null) {
        out.add(new Gold(content, Optional.ofNullable(cue), Optional.ofNullable(source)));
      }
    }
    return out;
  }
}
