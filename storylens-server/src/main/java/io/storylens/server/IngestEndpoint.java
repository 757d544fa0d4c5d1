// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.storylens.core.ingest.IngestProblem;
import io.storylens.core.ingest.JsonLinesParser;
import io.storylens.core.text.Hashing;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import io.storylens.model.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * {@code POST /api/articles}: ingests one or more articles and answers where they landed.
 *
 * <p>A JSON body ({@code application/json}) is an article object with the JSON Lines fields ({@code
 * title}, {@code text}, {@code url}, {@code date_publish}, {@code source_domain}), an array of
 * them, or {@code {"articles": [...]}}; a text field of another type, or anything after the JSON
 * value, fails the request naming what is wrong. A {@code text/plain} or {@code text/html} body is
 * one raw document (plain text with a date line, HTML, JSON Lines…) detected by content, as {@code
 * storylens ingest} does. Any other content type (a form, a multipart upload, XML) is refused with
 * 415 instead of being stored as text.
 *
 * <p>Each article is named {@code api:} plus its URL, the {@code name} query parameter, or a hash
 * of its bytes, so posting the same article twice stores it once.
 */
final class IngestEndpoint {
  /** Most articles in one request. */
  static final int MAX_ARTICLES = Library.MAX_ARTICLES;

  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._:/?=&%#@+-]{1,300}");

  /** Media types of a raw document, whose format is detected from its content. */
  static final List<String> RAW_TYPES = List.of("text/plain", "text/html");

  /**
   * The JSON Lines fields an article object may have that hold text; anything but a string (or
   * null) there is a mistake the caller should hear about, not text to store. Authors may also be a
   * list of strings.
   */
  private static final List<String> TEXT_FIELDS = JsonLinesParser.FIELDS;

  private final Library library;
  private final long maxBytes;

  IngestEndpoint(Library library, long maxBytes) {
    this.library = library;
    this.maxBytes = maxBytes;
  }

  void handle(Context ctx) {
    long declared = ctx.contentLength();
    if (declared > maxBytes) {
      throw new StorylensException(
          ErrorCode.TOO_LARGE,
          "request body is " + declared + " bytes, over the limit of " + maxBytes);
    }
    byte[] body = readBody(ctx, maxBytes);
    if (body.length == 0) {
      throw new StorylensException(ErrorCode.INVALID_INPUT, "request body is empty");
    }
    String type = mediaType(ctx.contentType());
    List<Library.Input> inputs;
    if (type.equals("application/json")) {
      inputs = fromJson(body);
    } else if (RAW_TYPES.contains(type)) {
      inputs = List.of(raw(ctx, body));
    } else {
      // A form, a multipart upload or XML is not an article: read as raw text, its encoding
      // would be stored as the article's words.
      throw new StorylensException(
          ErrorCode.UNSUPPORTED_FORMAT,
          (type.isEmpty() ? "no Content-Type" : "Content-Type " + type + " is not accepted")
              + "; send application/json (articles) or "
              + String.join(", ", RAW_TYPES)
              + " (one document)");
    }
    Views.IngestResult result = library.ingest(inputs);
    if (result.added().isEmpty() && result.existing().isEmpty()) {
      throw new StorylensException(
          result.problems().stream()
              .map(IngestProblem::code)
              .findFirst()
              .orElse(ErrorCode.INVALID_INPUT),
          "no article could be read: "
              + result.problems().stream()
                  .limit(5)
                  .map(IngestProblem::toString)
                  .collect(Collectors.joining("; ")));
    }
    if (result.status().isPresent()) {
      // Stored, but the analysis has not reached them yet: accepted, and where to follow it.
      ctx.status(202).header("Location", result.status().get());
    } else {
      ctx.status(result.added().isEmpty() ? 200 : 201);
    }
    StorylensServer.json(ctx, result);
  }

  /**
   * The request body, read up to {@code maxBytes}: a chunked body declares no length, so the limit
   * is enforced on what arrives rather than on the header.
   */
  static byte[] readBody(Context ctx, long maxBytes) {
    try (java.io.InputStream in = ctx.req().getInputStream()) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > maxBytes) {
          throw new StorylensException(
              ErrorCode.TOO_LARGE, "request body is over the limit of " + maxBytes + " bytes");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new StorylensException(
          ErrorCode.INVALID_INPUT, "cannot read the request body: " + e.getMessage());
    }
  }

  /** The media type of a Content-Type header, lower case, without parameters ("" if none). */
  static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  /** Fails naming the first field of article {@code index} whose value has the wrong type. */
  private static void checkFieldTypes(int index, JsonNode item) {
    for (String field : TEXT_FIELDS) {
      JsonNode v = item.get(field);
      if (v == null || v.isNull() || v.isTextual()) {
        continue;
      }
      boolean authorList =
          field.startsWith("author")
              && v.isArray()
              && StreamSupport.stream(v.spliterator(), false).allMatch(JsonNode::isTextual);
      if (!authorList) {
        throw new StorylensException(
            ErrorCode.INVALID_INPUT,
            "article "
                + index
                + " of the JSON body: field \""
                + field
                + "\" must be a string"
                + (field.startsWith("author") ? " or a list of strings" : "")
                + ", not "
                + kind(v));
      }
    }
  }

  private static String kind(JsonNode v) {
    return switch (v.getNodeType()) {
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      default -> v.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  private static Library.Input raw(Context ctx, byte[] body) {
    String name = ctx.queryParam("name");
    if (name != null && !SAFE_NAME.matcher(name).matches()) {
      throw new StorylensException(
          ErrorCode.INVALID_INPUT,
          "query parameter name may hold only letters, digits and URL punctuation (at most 300)");
    }
    return new Library.Input(
        "api:"
            + (name != null
                ? name
                : Hashing.sha256Hex(16, new String(body, StandardCharsets.ISO_8859_1))),
        body);
  }

  private static List<Library.Input> fromJson(byte[] body) {
    JsonNode root;
    try {
      // Trailing tokens: "{...} garbage" is a broken body, not an article and some noise.
      root =
          Json.mapper()
              .reader()
              .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .readTree(body);
    } catch (java.io.IOException e) {
      String why =
          e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : "unreadable";
      throw new StorylensException(ErrorCode.INVALID_INPUT, "malformed JSON body: " + why);
    }
    JsonNode list =
        root != null && root.isObject() && root.has("articles") ? root.get("articles") : root;
    List<JsonNode> items = new ArrayList<>();
    if (list != null && list.isArray()) {
      list.forEach(items::add);
    } else if (list != null && list.isObject()) {
      items.add(list);
    } else {
      throw new StorylensException(
          ErrorCode.INVALID_INPUT,
          "JSON body must be an article object, an array of them, or {\"articles\": [...]}");
    }
    if (items.isEmpty()) {
      throw new StorylensException(ErrorCode.INVALID_INPUT, "no articles in the JSON body");
    }
    if (items.size() > MAX_ARTICLES) {
      throw new StorylensException(
          ErrorCode.TOO_LARGE,
          items.size() + " articles in one request; the limit is " + MAX_ARTICLES);
    }
    List<Library.Input> inputs = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      if (!item.isObject()) {
        throw new StorylensException(
            ErrorCode.INVALID_INPUT, "article " + i + " of the JSON body is not an object");
      }
      checkFieldTypes(i, item);
      String line = item.toString();
      String url = item.path("url").asText("");
      String key = url.isBlank() ? Hashing.sha256Hex(16, line) : Hashing.sha256Hex(16, url, line);
      inputs.add(new Library.Input("api:" + key, line.getBytes(StandardCharsets.UTF_8)));
    }
    return inputs;
  }
}
