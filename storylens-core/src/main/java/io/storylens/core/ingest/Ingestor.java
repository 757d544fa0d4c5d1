// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import io.storylens.core.clean.CleanText;
import io.storylens.core.clean.Cleaner;
import io.storylens.core.text.AsciiCase;
import io.storylens.core.text.Hashing;
import io.storylens.model.Article;
import io.storylens.model.ErrorCode;
import io.storylens.model.Provenance;
import io.storylens.model.Sourced;
import io.storylens.model.StorylensException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads one input into cleaned articles: size check, gunzip, decode, detect format, parse, clean,
 * assign ids. Thread-safe; never throws for bad content (it becomes an {@link IngestProblem}).
 */
public final class Ingestor {
  private final IngestOptions options;
  private final Cleaner cleaner = new Cleaner();
  private final Map<Format, DocumentParser> parsers;
  private final WarcParser warc;
  private final JsonLinesParser jsonLines = new JsonLinesParser();

  /** Bytes read to sniff a WARC archive (also inside gzip) before deciding how to read. */
  static final int HEAD_BYTES = 512;

  public Ingestor(IngestOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    Map<Format, DocumentParser> p = new LinkedHashMap<>();
    p.put(Format.DATE_LINE, TextParsers::dateLine);
    p.put(Format.HEADER_BLOCK, TextParsers::headerBlock);
    p.put(Format.RFC822, TextParsers::rfc822);
    p.put(Format.PLAIN, TextParsers::plain);
    p.put(Format.HTML, new HtmlParser());
    p.put(Format.JSONL, jsonLines);
    p.put(Format.TREC_SGML, new TrecSgmlParser());
    this.parsers = Map.copyOf(p);
    this.warc = new WarcParser(options.maxBytes());
  }

  /** Articles and problems from one input. */
  public record Result(List<Article> articles, List<IngestProblem> problems) {
    public Result {
      articles = List.copyOf(articles);
      problems = List.copyOf(problems);
    }
  }

  /** Reads and parses one file: all of {@link #parts(InputFile)}, in order, in one result. */
  public Result read(InputFile file) {
    List<Article> articles = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    try (Parts parts = parts(file)) {
      for (Optional<Supplier<Result>> p = parts.next(); p.isPresent(); p = parts.next()) {
        Result r = p.get().get();
        articles.addAll(r.articles());
        problems.addAll(r.problems());
      }
    }
    return new Result(articles, problems);
  }

  /**
   * One input as a sequence of parts that can be parsed on any thread, independently of each other;
   * their results in order are the input's result. A JSON Lines file (plain or gzipped) is streamed
   * in chunks of lines ({@link LineChunker}): it needs no more memory than a few chunks, has no
   * size limit of its own (each line has {@link IngestOptions#maxBytes()}), and several threads can
   * parse one large file. Any other input is one part.
   */
  public interface Parts extends AutoCloseable {
    /** The next part, or empty when the input is done; reads the input as far as that part. */
    Optional<Supplier<Result>> next();

    @Override
    void close();
  }

  /** Splits {@code file} into parts; see {@link Parts}. Never throws for bad content. */
  public Parts parts(InputFile file) {
    return InputParts.open(file, options.maxBytes(), this::readWhole, this::readJsonLines);
  }

  /**
   * Reads one file whole. A WARC archive (plain or gzipped) is streamed record by record, so the
   * size limit applies to each record, not to the archive.
   */
  private Result readWhole(InputFile file) {
    byte[] bytes;
    try {
      byte[] head;
      try (InputStream in = Files.newInputStream(file.path())) {
        head = in.readNBytes(HEAD_BYTES);
      }
      if (WarcParser.isWarc(head)) {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file.path()))) {
          return readWarc(file.name(), in);
        }
      }
      long size = Files.size(file.path());
      if (size > options.maxBytes()) {
        return failed(
            file.name(),
            ErrorCode.TOO_LARGE,
            "file is " + size + " bytes, over the limit of " + options.maxBytes());
      }
      try (InputStream in = Files.newInputStream(file.path())) {
        bytes = Decoding.readLimited(in, options.maxBytes(), "file size");
      }
    } catch (IOException e) {
      return failed(file.name(), ErrorCode.INVALID_INPUT, "cannot read: " + e.getMessage());
    } catch (StorylensException e) {
      return failed(file.name(), e.code(), e.getMessage());
    }
    return read(file.name(), bytes);
  }

  /**
   * Reads a WARC archive (plain or gzipped per record) from {@code in}, which the caller closes.
   */
  public Result readWarc(String source, InputStream in) {
    try {
      WarcParser.Parsed parsed = warc.parse(source, in);
      List<Article> articles = new ArrayList<>();
      List<IngestProblem> problems = new ArrayList<>(parsed.problems());
      for (WarcParser.Capture c : parsed.captures()) {
        addArticle(c.article(), c.decodeWarnings(), articles, problems);
      }
      return new Result(articles, problems);
    } catch (RuntimeException | StackOverflowError e) {
      return failed(source, ErrorCode.INTERNAL, "cannot parse WARC: " + e);
    }
  }

  /** Parses the bytes of one input named {@code source}. */
  public Result read(String source, byte[] bytes) {
    try {
      if (WarcParser.isWarc(Arrays.copyOf(bytes, Math.min(bytes.length, HEAD_BYTES)))) {
        return readWarc(source, new java.io.ByteArrayInputStream(bytes));
      }
      byte[] raw = Decoding.isGzip(bytes) ? Decoding.gunzip(bytes, options.maxBytes()) : bytes;
      Decoding.Decoded decoded = Decoding.decode(raw);
      Format format = FormatDetector.detect(decoded.text());
      DocumentParser parser = parsers.get(format);
      if (parser == null) {
        return failed(
            source,
            ErrorCode.UNSUPPORTED_FORMAT,
            "format " + format.label() + " is not supported here");
      }
      ParseResult parsed = parser.parse(source, decoded.text());
      List<Article> articles = new ArrayList<>();
      List<IngestProblem> problems = new ArrayList<>(parsed.problems());
      for (RawArticle rawArticle : parsed.articles()) {
        addArticle(rawArticle, decoded.warnings(), articles, problems);
      }
      return new Result(articles, problems);
    } catch (StorylensException e) {
      return failed(source, e.code(), e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // A parser bug must not end the run; report it against this input.
      return failed(source, ErrorCode.INTERNAL, "cannot parse: " + e);
    }
  }

  /**
   * Parses line {@code lineNo} (1-based) of the JSON Lines input {@code source}, giving the
   * articles and problems that {@link #read(String, byte[])} gives for that line of the whole
   * input.
   */
  public Result readJsonLine(String source, int lineNo, String line) {
    try {
      ParseResult parsed = jsonLines.parseLine(source, lineNo, line);
      List<Article> articles = new ArrayList<>();
      List<IngestProblem> problems = new ArrayList<>(parsed.problems());
      for (RawArticle raw : parsed.articles()) {
        addArticle(raw, List.of(), articles, problems);
      }
      return new Result(articles, problems);
    } catch (RuntimeException | StackOverflowError e) {
      return failed(source + "#" + lineNo, ErrorCode.INTERNAL, "cannot parse: " + e);
    }
  }

  /**
   * Parses a chunk of lines of the JSON Lines input {@code source}. Each line is decoded on its
   * own: strict UTF-8, or Windows-1252 with a warning on that line's articles only.
   */
  Result readJsonLines(String source, LineChunker.Chunk chunk) {
    List<Article> articles = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>(chunk.problems());
    for (int i = 0; i < chunk.lines().size(); i++) {
      byte[] bytes = chunk.lines().get(i);
      if (bytes.length == 0) {
        continue;
      }
      Decoding.Decoded line = Decoding.decodeLine(bytes);
      int lineNo = chunk.firstLine() + i;
      try {
        ParseResult parsed = jsonLines.parseLine(source, lineNo, line.text());
        problems.addAll(parsed.problems());
        for (RawArticle raw : parsed.articles()) {
          addArticle(raw, line.warnings(), articles, problems);
        }
      } catch (RuntimeException | StackOverflowError e) {
        problems.add(
            new IngestProblem(
                source, Optional.of(lineNo), ErrorCode.INTERNAL, "cannot parse: " + e));
      }
    }
    return new Result(articles, problems);
  }

  private void addArticle(
      RawArticle raw,
      List<String> decodeWarnings,
      List<Article> articles,
      List<IngestProblem> problems) {
    Article a = toArticle(raw, decodeWarnings);
    if (a.text().isBlank()) {
      problems.add(
          IngestProblem.of(
              raw.source(),
              ErrorCode.INVALID_INPUT,
              "no article text left after removing boilerplate"));
    } else {
      articles.add(a);
    }
  }

  /** Builds the article: cleans the body, infers a missing outlet, computes the id. */
  public Article toArticle(RawArticle raw, List<String> decodeWarnings) {
    CleanText clean = cleaner.clean(raw.body());
    RawArticle r = raw;
    if (r.outlet().value().isEmpty()) {
      r = r.withOutlet(Outlets.fromText(clean.text()));
    }
    Map<String, String> metadata = new LinkedHashMap<>(r.metadata());
    List<String> credits = Outlets.credits(raw.body());
    if (!credits.isEmpty()) {
      metadata.put("credits", String.join(", ", credits));
    }
    r = r.withTitle(headline(r, clean.text()));
    List<String> flags = new ArrayList<>(clean.flags());
    decodeWarnings.forEach(w -> flags.add("decoding: " + w));
    String id = Hashing.sha256Hex(16, r.source(), normalizeForId(clean.text()));
    return new Article(
        id,
        r.source(),
        r.format().label(),
        r.title(),
        r.outlet(),
        r.url(),
        r.published(),
        r.author(),
        r.warnings(),
        clean.removed(),
        flags,
        clean.text(),
        metadata);
  }

  /**
   * The source's title cleaned of outlet names and rubrics ({@link Headlines#clean}), keeping its
   * provenance; else a headline generated from the lead sentence, marked {@link
   * Provenance#GENERATED} so that readers and exports can say it is not the outlet's.
   */
  static Sourced<String> headline(RawArticle r, String cleanText) {
    List<String> own = new ArrayList<>();
    r.outlet().value().ifPresent(own::add);
    r.url().value().flatMap(Outlets::host).ifPresent(own::add);
    if (r.title().value().isPresent()) {
      Optional<String> cleaned = Headlines.clean(r.title().value().get(), own);
      if (cleaned.isPresent()) {
        return Sourced.of(cleaned.get(), r.title().from(), r.title().confidence());
      }
    }
    return Headlines.generate(cleanText)
        .map(h -> Sourced.of(h, Provenance.GENERATED, 0.5))
        .orElse(Sourced.none());
  }

  /**
   * Case and white space do not change identity. Works on a char array: appending char by char to a
   * StringBuilder cost about a tenth of the ingest's parse time.
   */
  static String normalizeForId(String text) {
    // Rewritten in place: the output is never longer (each space written replaces at least one).
    // A char array, not String.charAt, because on UTF-16 text each charAt is bounds-checked.
    char[] out = text.toCharArray();
    int n = out.length;
    int len = 0;
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = out[i];
      if (c < 0x80) {
        if (c <= ' ' && Character.isWhitespace(c)) {
          space = len > 0;
          continue;
        }
        c = AsciiCase.lower(c); // ASCII fast path (the same result as Character.toLowerCase)
      } else if (Character.isWhitespace(c)) {
        space = len > 0;
        continue;
      } else {
        c = Character.toLowerCase(c);
      }
      if (space) {
        out[len++] = ' ';
        space = false;
      }
      out[len++] = c;
    }
    return new String(out, 0, len);
  }

  private static Result failed(String source, ErrorCode code, String reason) {
    return new Result(List.of(), List.of(IngestProblem.of(source, code, reason)));
  }
}
