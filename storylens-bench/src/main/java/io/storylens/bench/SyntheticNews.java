// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storylens.model.json.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A synthetic news corpus of any size grown from real articles (the news-clusters dev set). The
 * corpus is divided into cycles of about {@code 4 × base size} articles; each cycle replays every
 * base event some weeks later, so events stay small while the corpus grows. Inside a cycle an
 * article is an exact copy of a base article under another outlet (15%), an edited rewrite
 * (paragraphs dropped and reordered, numbers changed, words swapped: 55%) or a new article mixing
 * paragraphs of two base articles of the same event (30%). Dates shift by 0–3 days around the
 * cycle's date. Deterministic: article {@code i} depends only on the seed and {@code i}.
 */
public final class SyntheticNews {
  private static final ObjectMapper JSON = Json.mapper();
  private static final String[][] SWAPS = {
    {"said", "stated"},
    {"officials", "authorities"},
    {"announced", "confirmed"},
    {"government", "administration"},
    {"people", "residents"},
    {"told", "informed"},
    {"Monday", "Tuesday"},
    {"week", "weekend"},
    {"police", "officers"},
    {"country", "nation"}
  };

  private final List<JsonNode> base;
  private final List<List<Integer>> byEvent;
  private final long seed;

  /**
   * @param base real articles with {@code text}, {@code title}, {@code date_publish}, {@code
   *     event_id}, {@code source_domain}
   */
  public SyntheticNews(List<JsonNode> base, long seed) {
    if (base.isEmpty()) {
      throw new IllegalArgumentException("base corpus is empty");
    }
    this.base = List.copyOf(base);
    this.seed = seed;
    int maxEvent = base.stream().mapToInt(n -> n.path("event_id").asInt(0)).max().orElse(0);
    List<List<Integer>> groups = new ArrayList<>();
    for (int e = 0; e <= maxEvent; e++) {
      groups.add(new ArrayList<>());
    }
    for (int i = 0; i < base.size(); i++) {
      groups.get(Math.max(0, base.get(i).path("event_id").asInt(0))).add(i);
    }
    this.byEvent = groups;
  }

  /** Reads the base corpus from a JSON Lines file. */
  public static SyntheticNews fromJsonLines(Path jsonl, long seed) {
    try {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          nodes.add(JSON.readTree(line));
        }
      }
      return new SyntheticNews(nodes, seed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Size of one cycle: how many articles replay the base events once. */
  public int cycleSize() {
    return base.size() * 4;
  }

  /** The synthetic event of article {@code i}: base event and cycle, e.g. {@code "12@3"}. */
  public String eventOf(long i) {
    return event(i).path("event_id").asInt(0) + "@" + i / cycleSize();
  }

  private JsonNode event(long i) {
    return base.get((int) (rng(i).nextInt(base.size())));
  }

  private SplittableRandom rng(long i) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
  }

  /** Article {@code i} as one JSON object. */
  public ObjectNode article(long i) {
    SplittableRandom r = rng(i);
    int baseIndex = r.nextInt(base.size());
    JsonNode b = base.get(baseIndex);
    long cycle = i / cycleSize();
    int kind = r.nextInt(100);
    String text;
    String outlet;
    if (kind < 15) {
      text = b.path("text").asText();
      outlet = "copy" + r.nextInt(40) + ".example";
    } else if (kind < 70) {
      text = edit(b.path("text").asText(), r);
      outlet = "rewrite" + r.nextInt(200) + ".example";
    } else {
      List<Integer> siblings = byEvent.get(Math.max(0, b.path("event_id").asInt(0)));
      JsonNode other = base.get(siblings.get(r.nextInt(siblings.size())));
      text = mix(b.path("text").asText(), other.path("text").asText(), r);
      outlet = b.path("source_domain").asText("news.example");
    }
    LocalDate date = baseDate(b).plusWeeks(cycle * 3).plusDays(r.nextInt(4));
    ObjectNode o = JSON.createObjectNode();
    o.put("title", b.path("title").asText("Untitled") + (kind < 15 ? "" : " (" + i % 97 + ")"));
    o.put("text", text);
    o.put("url", "https://" + outlet + "/" + date + "/article-" + i);
    o.put("date_publish", date.toString());
    o.put("source_domain", outlet);
    o.put("synthetic_event", b.path("event_id").asInt(0) + "@" + cycle);
    o.put("synthetic_base", b.path("id").asText(String.valueOf(baseIndex)));
    return o;
  }

  private static LocalDate baseDate(JsonNode b) {
    String d = b.path("date_publish").asText("");
    try {
      return LocalDate.parse(d.length() >= 10 ? d.substring(0, 10) : d);
    } catch (DateTimeParseException e) {
      return LocalDate.of(2017, 1, 1);
    }
  }

  /** Drops and reorders paragraphs, changes numbers, swaps some words. */
  static String edit(String text, SplittableRandom r) {
    List<String> paras = new ArrayList<>(List.of(text.split("\n")));
    int drops = paras.size() > 3 ? r.nextInt(3) : 0;
    for (int d = 0; d < drops; d++) {
      paras.remove(r.nextInt(paras.size()));
    }
    if (paras.size() > 2 && r.nextBoolean()) {
      int a = 1 + r.nextInt(paras.size() - 1);
      Collections.swap(paras, a, a - 1);
    }
    String out = String.join("\n", paras);
    String[] swap = SWAPS[r.nextInt(SWAPS.length)];
    out = out.replace(" " + swap[0] + " ", " " + swap[1] + " ");
    if (r.nextInt(4) == 0) {
      out = out.replaceFirst("\\b(\\d{2,})\\b", String.valueOf(10 + r.nextInt(990)));
    }
    return out;
  }

  /** The first half of one article's paragraphs followed by the second half of another's. */
  static String mix(String a, String b, SplittableRandom r) {
    String[] pa = a.split("\n");
    String[] pb = b.split("\n");
    List<String> out = new ArrayList<>();
    for (int k = 0; k < Math.max(1, pa.length / 2); k++) {
      out.add(pa[k]);
    }
    for (int k = pb.length / 2; k < pb.length; k++) {
      out.add(pb[k]);
    }
    if (r.nextBoolean() && out.size() > 2) {
      Collections.swap(out, out.size() - 1, out.size() - 2);
    }
    return String.join("\n", out);
  }

  /**
   * Writes articles {@code [0, n)} as JSON Lines files of {@code perFile} lines into {@code dir}.
   *
   * @return the files written, in order
   */
  public List<Path> write(Path dir, long n, int perFile) {
    Objects.requireNonNull(dir, "dir");
    if (n < 0 || perFile < 1) {
      throw new IllegalArgumentException("n >= 0 and perFile >= 1 required: " + n + ", " + perFile);
    }
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (long start = 0; start < n; start += perFile) {
        Path f = dir.resolve(String.format(Locale.ROOT, "synthetic-%07d.jsonl", start / perFile));
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
          for (long i = start; i < Math.min(n, start + perFile); i++) {
            w.write(JSON.writeValueAsString(article(i)));
            w.write('\n');
          }
        }
        files.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
