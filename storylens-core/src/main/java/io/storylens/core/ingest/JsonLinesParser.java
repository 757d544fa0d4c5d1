// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylens.core.text.PublicationTimes;
import io.storylens.model.ErrorCode;
import io.storylens.model.Provenance;
import io.storylens.model.Sourced;
import io.storylens.model.json.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON Lines, one article per line with {@code title}, {@code text}, {@code url}, {@code
 * date_publish}, {@code source_domain} (aliases accepted); unknown fields are kept as metadata. A
 * bad line is a problem naming its line number; the other lines still count.
 */
public final class JsonLinesParser implements DocumentParser {
  private static final ObjectMapper JSON = Json.mapper();

  /**
   * The fields read as article metadata or text (aliases included); others are kept as metadata.
   */
  public static final List<String> FIELDS =
      List.of(
          "title",
          "text",
          "body",
          "maintext",
          "url",
          "date_publish",
          "date",
          "published",
          "source_domain",
          "outlet",
          "source",
          "author",
          "authors");

  private static final Set<String> KNOWN = Set.copyOf(FIELDS);

  @Override
  public ParseResult parse(String source, String text) {
    List<RawArticle> articles = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    String[] lines = FormatDetector.stripBom(text).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      parseLine(source, i + 1, lines[i], articles, problems);
    }
    return new ParseResult(articles, problems);
  }

  /**
   * Parses one line of a JSON Lines input, as {@link #parse} does for each of its lines; lets a
   * distributed reader split a large file by lines and still name articles {@code source#line}.
   *
   * @param lineNo the 1-based line number in the whole input
   */
  public ParseResult parseLine(String source, int lineNo, String line) {
    List<RawArticle> articles = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    parseLine(
        source, lineNo, lineNo == 1 ? FormatDetector.stripBom(line) : line, articles, problems);
    return new ParseResult(articles, problems);
  }

  private static void parseLine(
      String source,
      int lineNo,
      String rawLine,
      List<RawArticle> articles,
      List<IngestProblem> problems) {
    String line = rawLine.strip();
    if (line.isEmpty()) {
      return;
    }
    try {
      JsonNode node = JSON.readTree(line);
      if (node == null || !node.isObject()) {
        problems.add(problem(source, lineNo, "line is not a JSON object"));
        return;
      }
      String body = field(node, "text", "body", "maintext").orElse("");
      if (body.isBlank()) {
        problems.add(problem(source, lineNo, "no \"text\" field with article text"));
        return;
      }
      articles.add(toArticle(source + "#" + lineNo, node, body));
    } catch (JsonProcessingException e) {
      problems.add(problem(source, lineNo, "malformed JSON: " + e.getOriginalMessage()));
    }
  }

  private static final Pattern TIME_OF_DAY =
      Pattern.compile("^\\d{4}-\\d{2}-\\d{2}[T ](\\d{2}:\\d{2}(?::\\d{2})?)");

  private static RawArticle toArticle(String source, JsonNode node, String body) {
    Sourced<String> url = sourced(field(node, "url"));
    Sourced<String> outlet = sourced(field(node, "source_domain", "outlet", "source"));
    if (outlet.value().isEmpty()) {
      outlet = url.value().map(Outlets::fromUrl).orElse(Sourced.none());
    }
    Optional<LocalDate> date =
        field(node, "date_publish", "date", "published").flatMap(DateParsing::parse);
    Map<String, String> extra = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!KNOWN.contains(e.getKey()) && !e.getValue().isNull()) {
        extra.put(
            e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString());
      }
    }
    // The time of day orders articles of one day (first publisher, updates of a figure).
    field(node, "date_publish", "date", "published")
        .map(TIME_OF_DAY::matcher)
        .filter(Matcher::find)
        .ifPresent(m -> extra.put(PublicationTimes.TIME_FIELD, m.group(1)));
    return new RawArticle(
        source,
        Format.JSONL,
        sourced(field(node, "title")),
        outlet,
        url,
        TextParsers.dated(date, Provenance.JSON),
        sourced(field(node, "author", "authors")),
        body,
        extra,
        List.of());
  }

  private static Optional<String> field(JsonNode node, String... names) {
    for (String n : names) {
      JsonNode v = node.get(n);
      if (v == null || v.isNull()) {
        continue;
      }
      String s = v.isArray() ? joinArray(v) : v.asText("");
      if (!s.isBlank()) {
        return Optional.of(s.strip());
      }
    }
    return Optional.empty();
  }

  private static String joinArray(JsonNode array) {
    List<String> parts = new ArrayList<>();
    array.forEach(x -> parts.add(x.asText("")));
    return String.join(", ", parts);
  }

  private static Sourced<String> sourced(Optional<String> v) {
    return v.map(s -> Sourced.of(s, Provenance.JSON)).orElse(Sourced.none());
  }

  private static IngestProblem problem(String source, int line, String reason) {
    return new IngestProblem(source, Optional.of(line), ErrorCode.INVALID_INPUT, reason);
  }
}
