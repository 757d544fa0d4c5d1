// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import io.storylens.model.ErrorCode;
import io.storylens.model.Provenance;
import io.storylens.model.Sourced;
import io.storylens.model.StorylensException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * WARC archives, plain or gzipped per record, read with jwarc. Every HTTP 2xx response whose
 * payload is HTML becomes an article through {@link HtmlParser}, with the capture URL and date as
 * metadata (and as URL and date of last resort, with provenance {@code warc}). Non-HTML responses,
 * non-2xx responses and revisits are skipped and counted in one problem line; a broken record stops
 * the reading of that archive with a problem naming its byte offset, keeping what was read before
 * it. Request, metadata and warcinfo records carry no article and are ignored.
 */
public final class WarcParser {
  /** Confidence of a capture date used as publication date: a page is often crawled later. */
  static final double CAPTURE_DATE_CONFIDENCE = 0.5;

  private static final byte[] MAGIC = "WARC/".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final long maxRecordBytes;

  /**
   * @param maxRecordBytes largest accepted HTTP body of one record, after decoding
   */
  public WarcParser(long maxRecordBytes) {
    if (maxRecordBytes < 1) {
      throw new IllegalArgumentException("maxRecordBytes must be positive: " + maxRecordBytes);
    }
    this.maxRecordBytes = maxRecordBytes;
  }

  /** One parsed HTML capture and how its bytes were decoded. */
  public record Capture(RawArticle article, List<String> decodeWarnings) {
    public Capture {
      decodeWarnings = List.copyOf(decodeWarnings);
    }
  }

  /** Captures and problems of one archive. */
  public record Parsed(List<Capture> captures, List<IngestProblem> problems) {
    public Parsed {
      captures = List.copyOf(captures);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Whether {@code head} (the first bytes of an input) starts a WARC record, also when the input is
   * gzipped: then the start of the first gzip member is inflated to look.
   */
  public static boolean isWarc(byte[] head) {
    if (startsWithMagic(head)) {
      return true;
    }
    if (!Decoding.isGzip(head)) {
      return false;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
      byte[] first = in.readNBytes(MAGIC.length);
      return startsWithMagic(first);
    } catch (IOException | RuntimeException e) {
      // A short or corrupt head: not recognizably WARC; the text path reports what is wrong.
      return false;
    }
  }

  private static boolean startsWithMagic(byte[] b) {
    if (b.length < MAGIC.length) {
      return false;
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (b[i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads every record of the archive in {@code in} (which this method does not close).
   *
   * @param source the input name; articles are named {@code source#N}, N the 1-based record number
   */
  public Parsed parse(String source, InputStream in) {
    List<Capture> captures = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    Skips skips = new Skips();
    int recordNo = 0;
    long offset = 0;
    try (WarcReader reader = new WarcReader(new NonClosing(in))) {
      while (true) {
        offset = reader.position();
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          problems.add(
              IngestProblem.of(
                  source,
                  ErrorCode.INVALID_INPUT,
                  "broken WARC record at byte "
                      + offset
                      + " ("
                      + e.getMessage()
                      + "); the "
                      + recordNo
                      + " records before it were read, the rest of the archive was skipped"));
          break;
        }
        if (next.isEmpty()) {
          break;
        }
        recordNo++;
        WarcRecord record = next.get();
        try {
          capture(source + "#" + recordNo, record, skips).ifPresent(captures::add);
        } catch (IOException | RuntimeException | StackOverflowError e) {
          // The record framing was fine but its HTTP message or body was not.
          skips.broken++;
        }
      }
    } catch (IOException e) {
      problems.add(IngestProblem.of(source, ErrorCode.INVALID_INPUT, "cannot read WARC: " + e));
    }
    if (recordNo == 0 && problems.isEmpty()) {
      problems.add(IngestProblem.of(source, ErrorCode.INVALID_INPUT, "WARC archive has no record"));
    }
    skips.report(source, recordNo).ifPresent(problems::add);
    return new Parsed(captures, problems);
  }

  private Optional<Capture> capture(String name, WarcRecord record, Skips skips)
      throws IOException {
    if (record instanceof WarcRevisit) {
      skips.revisits++;
      return Optional.empty();
    }
    if (!(record instanceof WarcResponse response)) {
      return Optional.empty();
    }
    if (!"application".equals(response.contentType().type())
        || !"http".equals(response.contentType().subtype())) {
      skips.notHtml++;
      return Optional.empty();
    }
    var http = response.http();
    if (http.status() < 200 || http.status() > 299) {
      skips.notOk++;
      return Optional.empty();
    }
    MediaType type = http.contentType();
    if (!isHtml(type)) {
      skips.notHtml++;
      return Optional.empty();
    }
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = Decoding.readLimited(in, maxRecordBytes, "HTTP body");
    } catch (StorylensException e) {
      skips.tooLarge++;
      return Optional.empty();
    }
    Decoding.Decoded decoded = decode(body, type);
    String target = response.target();
    HtmlParser html = new HtmlParser(Optional.of(target));
    ParseResult parsed = html.parse(name, decoded.text());
    if (parsed.articles().isEmpty()) {
      skips.broken++;
      return Optional.empty();
    }
    RawArticle a = parsed.articles().get(0);
    LocalDate captured = LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
    Sourced<String> url =
        a.url().from() == Provenance.URL && a.url().value().equals(Optional.of(target))
            ? Sourced.of(target, Provenance.WARC)
            : a.url();
    Sourced<LocalDate> published =
        a.published().or(Sourced.of(captured, Provenance.WARC, CAPTURE_DATE_CONFIDENCE));
    Map<String, String> metadata = new TreeMap<>(a.metadata());
    metadata.put("warc_target_uri", target);
    metadata.put("warc_date", response.date().toString());
    metadata.put("warc_record_id", response.id().toString());
    RawArticle out =
        new RawArticle(
            name,
            Format.WARC,
            a.title(),
            a.outlet(),
            url,
            published,
            a.author(),
            a.body(),
            metadata,
            a.warnings());
    return Optional.of(new Capture(out, decoded.warnings()));
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  /** The declared charset when Java knows it, else the strict UTF-8 / Windows-1252 fallback. */
  private static Decoding.Decoded decode(byte[] body, MediaType type) {
    String cs = type.parameters().get("charset");
    if (cs != null) {
      try {
        Charset charset = Charset.forName(cs.strip());
        if (!charset.name().equalsIgnoreCase("UTF-8")) {
          String text = new String(body, charset);
          if (text.isBlank()) {
            throw new StorylensException(ErrorCode.INVALID_INPUT, "empty HTML body");
          }
          return new Decoding.Decoded(text, List.of());
        }
      } catch (IllegalArgumentException e) {
        // Unknown or illegal charset name: fall through to detection.
      }
    }
    return Decoding.decode(body);
  }

  /** Counts of records skipped, reported in one line. */
  private static final class Skips {
    int notHtml;
    int notOk;
    int revisits;
    int tooLarge;
    int broken;

    Optional<IngestProblem> report(String source, int records) {
      List<String> parts = new ArrayList<>();
      add(parts, notHtml, "non-HTML response");
      add(parts, notOk, "non-2xx response");
      add(parts, revisits, "revisit");
      add(parts, tooLarge, "oversized body");
      add(parts, broken, "broken record");
      if (parts.isEmpty()) {
        return Optional.empty();
      }
      int total = notHtml + notOk + revisits + tooLarge + broken;
      return Optional.of(
          IngestProblem.of(
              source,
              broken > 0 ? ErrorCode.INVALID_INPUT : ErrorCode.UNSUPPORTED_FORMAT,
              "skipped "
                  + total
                  + " of "
                  + records
                  + " WARC records: "
                  + String.join(", ", parts)));
    }

    private static void add(List<String> parts, int n, String what) {
      if (n > 0) {
        parts.add(n + " " + what + (n == 1 ? "" : "s"));
      }
    }
  }

  /** Keeps jwarc from closing a stream the caller owns. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
