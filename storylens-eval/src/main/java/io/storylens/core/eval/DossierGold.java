// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One hand-annotated event of a dossier gold folder ({@code gold/<event_id>.json}, layout in {@code
 * shared/data/dossier-gold/GUIDE.md}). Article ids are the articles' {@code id}s (the JSON {@code
 * id} of {@code articles.jsonl}, a newswire DOCNO; see {@link GoldArticles}).
 */
public record DossierGold(
    String eventId,
    List<String> articles,
    List<Quotation> quotes,
    List<KeyDate> keyDates,
    List<Trap> traps,
    List<Difference> disagreements) {

  public DossierGold {
    articles = List.copyOf(articles);
    quotes = List.copyOf(quotes);
    keyDates = List.copyOf(keyDates);
    traps = List.copyOf(traps);
    disagreements = List.copyOf(disagreements);
  }

  /** A quotation of one article: its opening words and its resolved speaker. */
  public record Quotation(String article, String start, String speaker, String speakerKind) {}

  /** A dated happening ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}). */
  public record KeyDate(String date, String what, List<String> articles) {}

  /** Text of one article that a date tagger could misread as a date. */
  public record Trap(String article, String text) {}

  /** A material difference between outlets: two or more values of one fact. */
  public record Difference(String about, String nature, List<Value> values) {}

  /** One value of a difference and the articles that give it. */
  public record Value(String value, List<String> articles) {}

  /** Reads every {@code *.json} of {@code goldDir}, sorted by file name. */
  public static List<DossierGold> readAll(Path goldDir) {
    if (!Files.isDirectory(goldDir)) {
      throw new StorylensException(
          ErrorCode.INVALID_INPUT, goldDir + ": not a directory (expected gold/<event_id>.json)");
    }
    List<DossierGold> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(goldDir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        all.add(read(f));
      }
    } catch (IOException e) {
      throw new StorylensException(ErrorCode.INVALID_INPUT, "cannot list " + goldDir + ": " + e, e);
    }
    return all;
  }

  /** Reads one gold file; a missing required field is an error naming the file and the field. */
  public static DossierGold read(Path file) {
    JsonNode n;
    try {
      n = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new StorylensException(
          ErrorCode.INVALID_INPUT, file + ": not JSON: " + e.getMessage(), e);
    }
    List<Quotation> quotes = new ArrayList<>();
    for (JsonNode q : n.path("quotes")) {
      quotes.add(
          new Quotation(
              required(file, q, "article"),
              required(file, q, "start"),
              q.path("speaker").asText(""),
              q.path("speaker_kind").asText("unknown")));
    }
    List<KeyDate> dates = new ArrayList<>();
    for (JsonNode d : n.path("key_dates")) {
      dates.add(new KeyDate(required(file, d, "date"), d.path("what").asText(""), texts(d)));
    }
    List<Trap> traps = new ArrayList<>();
    for (JsonNode t : n.path("traps")) {
      traps.add(new Trap(required(file, t, "article"), required(file, t, "text")));
    }
    List<Difference> diffs = new ArrayList<>();
    for (JsonNode d : n.path("disagreements")) {
      List<Value> values = new ArrayList<>();
      for (JsonNode v : d.path("values")) {
        values.add(new Value(required(file, v, "value"), texts(v)));
      }
      diffs.add(new Difference(d.path("about").asText(""), d.path("nature").asText(""), values));
    }
    List<String> articles = new ArrayList<>();
    n.path("articles").forEach(a -> articles.add(a.asText()));
    return new DossierGold(required(file, n, "event_id"), articles, quotes, dates, traps, diffs);
  }

  private static List<String> texts(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.path("articles").forEach(a -> out.add(a.asText()));
    return out;
  }

  private static String required(Path file, JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      throw new StorylensException(
          ErrorCode.INVALID_INPUT, file + ": an entry lacks the field '" + field + "'");
    }
    return v.asText();
  }
}
