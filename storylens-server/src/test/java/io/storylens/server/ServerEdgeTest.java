// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import static io.storylens.server.TestServer.TOKEN;
import static io.storylens.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.storylens.model.json.Json;
import io.storylens.testkit.NeedsModels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the ingest endpoint refuses (content types, broken or mistyped JSON), how it reads the
 * Authorization header, and the answers Jetty gives before a request reaches the API.
 */
@NeedsModels
class ServerEdgeTest {
  @TempDir static Path dir;
  static TestServer ts;

  @BeforeAll
  static void start() {
    ts = new TestServer(dir);
  }

  @AfterAll
  static void stop() {
    ts.close();
  }

  private static long stored() {
    return json(ts.get("/api/health")).path("articles").asLong();
  }

  private static final String ARTICLE =
      "{\"title\": \"Talks resume\", \"text\": \"Negotiators met in Geneva on Monday to resume"
          + " talks.\", \"url\": \"https://a.example/1\", \"date_publish\": \"2022-01-10\"}";

  @Test
  void formsMultipartAndXmlAreUnsupportedMediaTypesNotArticleText() {
    long before = stored();
    List<String[]> cases =
        List.of(
            new String[] {"title=Talks&text=Negotiators+met", "application/x-www-form-urlencoded"},
            new String[] {
              "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\n\r\n"
                  + "Negotiators met in Geneva.\r\n--b--\r\n",
              "multipart/form-data; boundary=b"
            },
            new String[] {"<article><text>Negotiators met.</text></article>", "application/xml"},
            new String[] {"<article><text>Negotiators met.</text></article>", "text/xml"});
    for (String[] c : cases) {
      HttpResponse<String> r = ts.post("/api/articles", c[0], c[1], TOKEN);
      assertThat(r.statusCode()).as(c[1]).isEqualTo(415);
      JsonNode e = json(r).path("error");
      assertThat(e.path("code").asText()).isEqualTo("UNSUPPORTED_FORMAT");
      assertThat(e.path("message").asText())
          .as(c[1])
          .contains("Content-Type " + c[1].split(";")[0] + " is not accepted")
          .contains("application/json");
    }
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void theDocumentedTypesStillIngestWithOrWithoutACharset() {
    HttpResponse<String> json =
        ts.post("/api/articles", ARTICLE, "application/json; charset=UTF-8", TOKEN);
    assertThat(json.statusCode()).as(json.body()).isIn(200, 201);
    HttpResponse<String> text =
        ts.post(
            "/api/articles?name=plain.txt",
            " 2022-01-10 Envoys met in Geneva on Monday for talks on European security.",
            "Text/Plain; charset=utf-8",
            TOKEN);
    assertThat(text.statusCode()).as(text.body()).isIn(200, 201);
  }

  @Test
  void aChunkedBodyObeysTheBodyLimit() {
    long before = ts.library.store().count();
    // No Content-Length: the client sends the body in chunks, and the limit must hold anyway.
    byte[] big = new byte[(int) ServerConfig.DEFAULT_MAX_BODY_BYTES + 1024];
    Arrays.fill(big, (byte) 'a');
    System.arraycopy(" 2022-01-10 ".getBytes(StandardCharsets.UTF_8), 0, big, 0, 12);
    HttpResponse<String> r =
        ts.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(ts.base() + "/api/articles?name=chunked.txt"))
                .header("Content-Type", "text/plain")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(big)))
                .build());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
    assertThat(json(r).path("error").path("code").asText()).isEqualTo("TOO_LARGE");
    assertThat(ts.library.store().count()).isEqualTo(before);
  }

  @Test
  void aJsonLinesBodyObeysTheArticleLimit() {
    long before = ts.library.store().count();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i <= Library.MAX_ARTICLES; i++) {
      lines
          .append("{\"title\": \"Line ")
          .append(i)
          .append("\", \"text\": \"Envoys met for round ")
          .append(i)
          .append(" of the talks.\", \"date_publish\": \"2022-01-10\"}\n");
    }
    HttpResponse<String> r =
        ts.post("/api/articles?name=many.jsonl", lines.toString(), "text/plain", TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
    assertThat(json(r).path("error").path("message").asText()).contains("1001 articles");
    assertThat(ts.library.store().count()).isEqualTo(before);
  }

  @Test
  void jsonWithTrailingGarbageIsRefused() {
    long before = stored();
    HttpResponse<String> r =
        ts.post(
            "/api/articles", ARTICLE + " {\"text\": \"more\"} trailing", "application/json", TOKEN);
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode e = json(r).path("error");
    assertThat(e.path("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(e.path("message").asText()).startsWith("malformed JSON body: ").contains("Trailing");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void wronglyTypedFieldsAreRefusedNamingTheField() {
    long before = stored();
    record Case(String body, String message) {}
    List<Case> cases =
        List.of(
            new Case(
                "{\"title\": 42, \"text\": \"Negotiators met in Geneva.\"}",
                "article 0 of the JSON body: field \"title\" must be a string, not a number"),
            new Case(
                "{\"text\": {\"p\": \"Negotiators met in Geneva.\"}}",
                "article 0 of the JSON body: field \"text\" must be a string, not an object"),
            new Case(
                "[" + ARTICLE + ", {\"text\": \"Envoys met.\", \"date_publish\": true}]",
                "article 1 of the JSON body: field \"date_publish\" must be a string, not a"
                    + " boolean"),
            new Case(
                "{\"text\": \"Envoys met.\", \"authors\": [\"A\", 3]}",
                "article 0 of the JSON body: field \"authors\" must be a string or a list of"
                    + " strings, not a list"));
    for (Case c : cases) {
      HttpResponse<String> r = ts.post("/api/articles", c.body(), "application/json", TOKEN);
      assertThat(r.statusCode()).as(c.body()).isEqualTo(400);
      assertThat(json(r).path("error").path("message").asText()).isEqualTo(c.message());
    }
    assertThat(stored()).isEqualTo(before);
    HttpResponse<String> ok =
        ts.post(
            "/api/articles",
            "{\"text\": \"Envoys met in Geneva on Monday.\", \"authors\": [\"A. Writer\"],"
                + " \"url\": null}",
            "application/json",
            TOKEN);
    assertThat(ok.statusCode()).as(ok.body()).isIn(200, 201);
  }

  @Test
  void theBearerSchemeIsCaseInsensitive() {
    for (String scheme : List.of("bearer", "BEARER", "Bearer")) {
      HttpRequest req =
          HttpRequest.newBuilder(URI.create(ts.base() + "/api/articles"))
              .header("Content-Type", "application/json")
              .header("Authorization", scheme + " " + TOKEN)
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"text\": \"Envoys met in Geneva, said " + scheme + ".\"}"))
              .build();
      HttpResponse<String> r = ts.send(req);
      assertThat(r.statusCode()).as(scheme + ": " + r.body()).isEqualTo(201);
    }
    HttpRequest basic =
        HttpRequest.newBuilder(URI.create(ts.base() + "/api/articles"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Basic " + TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Envoys met.\"}"))
            .build();
    assertThat(ts.send(basic).statusCode()).isEqualTo(401);
  }

  /** Sends {@code request} as raw bytes (clients refuse to send such requests) and reads it all. */
  private static Raw raw(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", ts.server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      in.transferTo(buf);
      String all = buf.toString(StandardCharsets.UTF_8);
      int split = all.indexOf("\r\n\r\n");
      return new Raw(all.substring(0, split), all.substring(split + 4));
    }
  }

  private record Raw(String head, String body) {
    int status() {
      return Integer.parseInt(head.split(" ")[1]);
    }

    boolean hasHeader(String name, String value) {
      return head.lines()
          .anyMatch(
              l ->
                  l.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":")
                      && l.contains(value));
    }
  }

  @Test
  void jettysOwnErrorsAreJsonWithTheSecurityHeaders() throws Exception {
    List<String> requests =
        List.of(
            "GET /api/%2e%2e/x HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
            "GET /api/a%00b HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
            "GET /"
                + "a".repeat(9 * 1024)
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
            "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
                + "b".repeat(9 * 1024)
                + "\r\nConnection: close\r\n\r\n",
            "BREW /api/health HTTP/1.1\r\n\r\n");
    for (String request : requests) {
      Raw r = raw(request);
      String what = request.substring(0, Math.min(40, request.indexOf('\r')));
      assertThat(r.status()).as(what).isBetween(400, 499);
      assertThat(r.hasHeader("Content-Type", "application/json"))
          .as(what + "\n" + r.head())
          .isTrue();
      StorylensServer.SECURITY_HEADERS.forEach(
          (name, value) -> assertThat(r.hasHeader(name, value)).as(what + ": " + name).isTrue());
      JsonNode e = Json.mapper().readTree(r.body()).path("error");
      assertThat(e.path("status").asInt()).as(what).isEqualTo(r.status());
      assertThat(e.path("code").asText()).as(what).isNotEmpty();
      assertThat(e.path("message").asText()).as(what).isNotEmpty();
      assertThat(r.body()).doesNotContain("<html").doesNotContain("Jetty");
    }
  }
}
