// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize.eval;

import io.storylens.model.Article;
import io.storylens.model.ErrorCode;
import io.storylens.model.Provenance;
import io.storylens.model.Sourced;
import io.storylens.model.StorylensException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the DUC 2005–2007 layout: {@code topics.sgml} ({@code <num>}, {@code <title>}, {@code
 * <narr>}), {@code docs/<topic>/<DOCNO>} TREC-SGML documents and {@code
 * models/<set>.M.250.<x>.<assessor>} human summaries. Hand-written: TREC SGML is not XML (bare
 * ampersand entities, unclosed markup) and a few patterns read it reliably.
 */
public final class DucCorpus {
  /** One topic with its documents and model summaries. */
  public record Topic(
      String id, String title, String narrative, List<Article> documents, List<String> models) {
    public Topic {
      documents = List.copyOf(documents);
      models = List.copyOf(models);
    }

    /** The information need: title and narrative. */
    public String query() {
      return title + ". " + narrative;
    }
  }

  private static final Pattern TOPIC = Pattern.compile("(?s)<topic>(.*?)</topic>");
  private static final Pattern DOCNO = Pattern.compile("(?s)<DOCNO>\\s*(.*?)\\s*</DOCNO>");
  private static final Pattern DATE = Pattern.compile("<DATE_TIME>\\s*(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern HEADLINE = Pattern.compile("(?s)<HEADLINE>(.*?)</HEADLINE>");
  private static final Pattern TEXT = Pattern.compile("(?s)<TEXT>(.*?)</TEXT>");
  private static final Pattern PARA = Pattern.compile("(?s)<P>(.*?)</P>");
  private static final Pattern ENTITY = Pattern.compile("&[A-Za-z0-9]+;");
  // "PINE RIDGE, S.D. (AP) -- ", "MADRID, February 17 (Xinhua) -- ", "PHOENIX _ "
  private static final Pattern DATELINE =
      Pattern.compile(
          "^[A-Z][A-Z .,'-]{1,40}(?:, [A-Za-z.]+(?: \\d{1,2})?)?\\s*(?:\\([^)]{1,30}\\))?\\s*(?:--|_)\\s+");

  private DucCorpus() {}

  /** The topics of {@code dir} that have model summaries, sorted by id. */
  public static List<Topic> read(Path dir) {
    Path topicsFile = dir.resolve("topics.sgml");
    if (!Files.isRegularFile(topicsFile)) {
      throw new StorylensException(
          ErrorCode.INVALID_INPUT, dir + " is not a DUC folder: topics.sgml is missing");
    }
    try {
      Map<String, List<String>> models = models(dir.resolve("models"));
      List<Topic> out = new ArrayList<>();
      Matcher m = TOPIC.matcher(readText(topicsFile));
      while (m.find()) {
        String body = m.group(1);
        String id = field(body, "num");
        String set = id.length() > 5 ? id.substring(0, 5) : id; // D0601A -> D0601
        List<String> ms = models.getOrDefault(set, List.of());
        Path docs = dir.resolve("docs").resolve(id);
        if (ms.isEmpty() || !Files.isDirectory(docs)) {
          continue;
        }
        out.add(new Topic(id, field(body, "title"), field(body, "narr"), documents(docs), ms));
      }
      out.sort(Comparator.comparing(Topic::id));
      return out;
    } catch (IOException e) {
      throw new StorylensException(ErrorCode.INVALID_INPUT, "cannot read " + dir + ": " + e, e);
    }
  }

  private static String field(String body, String tag) {
    Matcher m = Pattern.compile("(?s)<" + tag + ">(.*?)(?:</" + tag + ">|<|$)").matcher(body);
    return m.find() ? m.group(1).replaceAll("\\s+", " ").strip() : "";
  }

  private static Map<String, List<String>> models(Path dir) throws IOException {
    Map<String, List<String>> out = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        int dot = name.indexOf('.');
        if (dot > 0) {
          out.computeIfAbsent(name.substring(0, dot), k -> new ArrayList<>()).add(readText(f));
        }
      }
    }
    return out;
  }

  private static List<Article> documents(Path dir) throws IOException {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        parse(f).ifPresent(out::add);
      }
    }
    return out;
  }

  /** One TREC-SGML document as an article; empty when it has no text. */
  static Optional<Article> parse(Path file) throws IOException {
    String sgml = readText(file);
    Matcher no = DOCNO.matcher(sgml);
    String id = no.find() ? no.group(1) : file.getFileName().toString();
    Matcher t = TEXT.matcher(sgml);
    if (!t.find()) {
      return Optional.empty();
    }
    List<String> paras = new ArrayList<>();
    Matcher p = PARA.matcher(t.group(1));
    while (p.find()) {
      paras.add(clean(p.group(1)));
    }
    if (paras.isEmpty()) {
      paras.add(clean(t.group(1)));
    }
    if (!paras.isEmpty()) {
      paras.set(0, DATELINE.matcher(paras.get(0)).replaceFirst(""));
    }
    String text = String.join("\n\n", paras.stream().filter(s -> !s.isBlank()).toList());
    if (text.isBlank()) {
      return Optional.empty();
    }
    Matcher d = DATE.matcher(sgml);
    Sourced<LocalDate> date = Sourced.none();
    if (d.find()) {
      try {
        date = Sourced.of(LocalDate.parse(d.group(1)), Provenance.HEADER);
      } catch (DateTimeException e) {
        // e.g. "1998-30-06" in DUC 2006: an impossible date counts as undated
      }
    }
    Matcher h = HEADLINE.matcher(sgml);
    Sourced<String> title =
        h.find() && !clean(h.group(1)).isBlank()
            ? Sourced.of(clean(h.group(1)), Provenance.HEADER)
            : Sourced.none();
    String outlet = id.replaceAll("[^A-Z].*$", "");
    return Optional.of(
        new Article(
            id,
            file.toString(),
            "trec-sgml",
            title,
            outlet.isEmpty() ? Sourced.none() : Sourced.of(outlet, Provenance.HEADER),
            Sourced.none(),
            date,
            Sourced.none(),
            List.of(),
            List.of(),
            List.of(),
            text,
            Map.of()));
  }

  private static String clean(String s) {
    String out = ENTITY.matcher(s.replace("&AMP;", "&").replace("&amp;", "&")).replaceAll(" ");
    out = out.replace("``", "\"").replace("''", "\"");
    return out.replaceAll("\\s+", " ").strip();
  }

  // DUC files are ASCII with stray Latin-1 bytes; Latin-1 decodes every byte.
  private static String readText(Path f) throws IOException {
    return Files.readString(f, StandardCharsets.ISO_8859_1);
  }
}
