// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.ingest.InputFile;
import io.storylens.core.ingest.Inputs;
import io.storylens.model.Article;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles of a gold folder (the {@code dossier-gold} layout): {@code DIR/articles.jsonl}, or
 * the files and folders that {@code DIR/articles-from.txt} names, one per line relative to {@code
 * DIR} ({@code #} starts a comment), so that annotations of a shared corpus point to it instead of
 * copying it: one JSON Lines file, or documents of any ingest format (DUC's newswire files, a
 * folder of them). Articles are mapped to the gold by their metadata {@code id} (a JSON Lines
 * {@code id}, a newswire DOCNO).
 */
final class GoldArticles {
  private GoldArticles() {}

  /** The inputs of {@code dir}: its {@code articles.jsonl}, or what its pointer file names. */
  static List<Path> inputs(Path dir) {
    Path file = dir.resolve("articles.jsonl");
    Path pointer = dir.resolve("articles-from.txt");
    if (Files.exists(file) || !Files.exists(pointer)) {
      return List.of(file);
    }
    List<Path> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(pointer)) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          out.add(dir.resolve(l).normalize());
        }
      }
    } catch (IOException e) {
      throw new StorylensException(ErrorCode.INVALID_INPUT, "cannot read " + pointer + ": " + e, e);
    }
    if (out.isEmpty()) {
      throw new StorylensException(ErrorCode.INVALID_INPUT, pointer + ": names no articles");
    }
    return out;
  }

  /**
   * Every article of {@code dir}'s inputs, in order; input problems are printed to {@code out}. A
   * named input that does not exist is an error: the gold would be scored on missing articles.
   */
  static List<Article> read(Path dir, PrintStream out) {
    Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    List<Article> articles = new ArrayList<>();
    for (Path input : inputs(dir)) {
      if (!Files.exists(input)) {
        throw new StorylensException(
            ErrorCode.INVALID_INPUT, "cannot read " + input + " (articles of " + dir + ")");
      }
      Inputs.Expansion files = Inputs.expand(List.of(input.toString()));
      files.problems().forEach(p -> out.println("input problem: " + p));
      for (InputFile f : files.files()) {
        Ingestor.Result r = ingestor.read(f);
        r.problems().forEach(p -> out.println("input problem: " + p));
        articles.addAll(r.articles());
      }
    }
    return articles;
  }

  /** The first article of {@code dir} with each {@code id}. */
  static Map<String, Article> byId(Path dir, PrintStream out) {
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : read(dir, out)) {
      String id = a.metadata().get("id");
      if (id != null) {
        byId.putIfAbsent(id, a);
      }
    }
    return byId;
  }
}
