// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes small real-format WARC archives with jwarc, so tests never download one. Each page becomes
 * a request and a 200 response; {@link #writeWithNoise} adds a PNG response, a 404 and a revisit.
 */
public final class WarcFixtures {
  private WarcFixtures() {}

  /** One captured page. */
  public record Page(String url, Instant captured, String html) {}

  /** An HTML page around {@code paragraphs}, with a title and no date metadata. */
  public static String html(String title, List<String> paragraphs) {
    StringBuilder b =
        new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>");
    b.append(escape(title))
        .append("</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>");
    b.append(escape(title)).append("</h1>");
    for (String p : paragraphs) {
      b.append("<p>").append(escape(p)).append("</p>");
    }
    return b.append("</article><footer>Copyright</footer></body></html>").toString();
  }

  /** Writes {@code pages} as request/response pairs; gzipped per record when {@code gzip}. */
  public static Path write(Path file, List<Page> pages, boolean gzip) {
    return write(file, pages, gzip, false);
  }

  /** Like {@link #write}, plus a PNG response, a 404 response and a revisit of the first page. */
  public static Path writeWithNoise(Path file, List<Page> pages, boolean gzip) {
    return write(file, pages, gzip, true);
  }

  private static Path write(Path file, List<Page> pages, boolean gzip, boolean noise) {
    try (WarcWriter w =
        new WarcWriter(
            Files.newByteChannel(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                java.nio.file.StandardOpenOption.WRITE),
            gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      for (Page p : pages) {
        w.write(request(p.url(), p.captured()));
        w.write(response(p.url(), p.captured(), 200, MediaType.HTML_UTF8, bytes(p.html())));
      }
      if (noise && !pages.isEmpty()) {
        Page first = pages.get(0);
        Instant t = first.captured().plusSeconds(60);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        w.write(response(first.url() + "/logo.png", t, 200, MediaType.parse("image/png"), png));
        w.write(
            response(first.url() + "/missing", t, 404, MediaType.HTML_UTF8, bytes("<p>no</p>")));
        w.write(
            new WarcRevisit.Builder(first.url(), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_0)
                .date(t)
                .build());
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static WarcRequest request(String url, Instant at) throws IOException {
    HttpRequest http = new HttpRequest.Builder("GET", url).addHeader("User-Agent", "test").build();
    return new WarcRequest.Builder(url).date(at).body(http).build();
  }

  private static WarcResponse response(
      String url, Instant at, int status, MediaType type, byte[] body) throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(type, body)
            .build();
    return new WarcResponse.Builder(url).date(at).body(http).build();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
