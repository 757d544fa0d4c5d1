// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import static io.storylens.server.StorylensServer.json;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.storylens.model.Dossier;
import io.storylens.model.ErrorCode;
import io.storylens.model.Quote;
import io.storylens.model.StorylensException;
import io.storylens.store.ArticleStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The read endpoints of the JSON API; {@link IngestEndpoint} is the one write endpoint. */
final class Api {
  private static final Logger LOG = LoggerFactory.getLogger(Api.class);
  static final String OPENAPI_RESOURCE = "/io/storylens/server/openapi.json";

  private final Library library;
  private final ServerConfig config;
  private final byte[] openapi;
  private final ClientLimiter searches;

  /** Searches a client may make: 10 a second, 20 after a pause, 4 at once. */
  static final double SEARCHES_PER_SECOND = 10;

  static final int SEARCH_BURST = 20;
  static final int SEARCHES_AT_ONCE = 4;

  Api(Library library, ServerConfig config, ClientLimiter searches) {
    this.library = library;
    this.config = config;
    this.openapi = loadOpenApi();
    this.searches = searches;
  }

  void register(Javalin app) {
    app.get("/api/health", this::health);
    app.get("/api/status", ctx -> json(ctx, library.status()));
    app.get(
        "/api/openapi.json",
        ctx -> ctx.contentType("application/json; charset=utf-8").result(openapi));
    read(app, "/api/storylines", (ctx, s) -> stories(ctx, s, s.storylines()));
    read(app, "/api/events", (ctx, s) -> stories(ctx, s, s.events()));
    // The most requested read: its body is serialized when the snapshot is built.
    app.get(
        "/api/dossiers/{id}",
        ctx ->
            StorylensServer.jsonBytes(
                ctx,
                library
                    .snapshot()
                    .dossierJson(id(ctx))
                    .orElseThrow(() -> notFound("story", id(ctx)))));
    read(
        app,
        "/api/dossiers/{id}/graph",
        (ctx, s) -> s.graph(id(ctx)).orElseThrow(() -> notFound("story", id(ctx))));
    read(
        app,
        "/api/dossiers/{id}/timeline",
        (ctx, s) -> new Views.Timeline(id(ctx), dossier(ctx, s).timeline()));
    read(
        app,
        "/api/dossiers/{id}/quotes",
        (ctx, s) ->
            bySpeaker(
                Optional.of(id(ctx)),
                dossier(ctx, s).quotes(),
                Filters.text(ctx::queryParam, "speaker")));
    read(app, "/api/quotes", this::allQuotes);
    read(app, "/api/articles", this::articles);
    read(
        app,
        "/api/articles/{id}",
        (ctx, s) -> s.articleDetail(id(ctx)).orElseThrow(() -> notFound("article", id(ctx))));
    // Searches read the index and cut snippets: the costliest read, limited per client, and
    // stopped when their client leaves.
    app.get(
        "/api/search",
        ctx -> {
          try (ClientLimiter.Permit p = searches.acquire(ctx.ip())) {
            Snapshot s = library.snapshot();
            StorylensServer.jsonBytes(ctx, StorylensServer.bytes(search(ctx, s)));
          } catch (CancellationException gone) {
            // Nobody to answer: the thread and the client's permit are free again.
            LOG.debug("search abandoned by {}", ctx.ip());
          }
        });
    app.post("/api/articles", new IngestEndpoint(library, config.maxBodyBytes())::handle);
    app.before("/api/articles", this::authorizeWrites);
  }

  /** A read of one snapshot; its JSON is cached in that snapshot, keyed by path and query. */
  @FunctionalInterface
  interface Read {
    Object answer(Context ctx, Snapshot snapshot);
  }

  private void read(Javalin app, String path, Read read) {
    app.get(
        path,
        ctx -> {
          Snapshot s = library.snapshot();
          String key = ctx.path() + "?" + Optional.ofNullable(ctx.queryString()).orElse("");
          byte[] body = s.cachedResponse(key);
          if (body == null) {
            body = StorylensServer.bytes(read.answer(ctx, s));
            s.cacheResponse(key, body);
          }
          StorylensServer.jsonBytes(ctx, body);
        });
  }

  private static String id(Context ctx) {
    return ctx.pathParam("id");
  }

  private static Dossier dossier(Context ctx, Snapshot s) {
    return s.dossier(id(ctx)).orElseThrow(() -> notFound("story", id(ctx)));
  }

  private void health(Context ctx) {
    Snapshot s = library.snapshot();
    Views.Status status = library.status();
    boolean failing = status.analysis().equals("failing");
    json(
        ctx,
        new Views.Health(
            failing ? "degraded" : "ok",
            s.articleRefs().size(),
            s.storylines().size(),
            s.events().size(),
            s.generation(),
            status.analysis(),
            status.error()));
  }

  private static Object stories(Context ctx, Snapshot s, List<Views.StorySummary> all) {
    Filters f = Filters.parse(ctx::queryParam);
    return f.page(all.stream().filter(x -> f.accepts(x, s.dossier(x.id()))).toList());
  }

  private Object allQuotes(Context ctx, Snapshot s) {
    List<Quote> all = s.dossiers().stream().flatMap(d -> d.quotes().stream()).distinct().toList();
    return bySpeaker(Optional.empty(), all, Filters.text(ctx::queryParam, "speaker"));
  }

  /** Quotes grouped by speaker (sorted case-insensitively), optionally one speaker only. */
  static Views.QuotesBySpeaker bySpeaker(
      Optional<String> id, List<Quote> quotes, Optional<String> speaker) {
    Map<String, List<Quote>> groups = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Quote q : quotes) {
      if (speaker.isEmpty() || q.speaker().equalsIgnoreCase(speaker.get())) {
        groups.computeIfAbsent(q.speaker(), k -> new ArrayList<>()).add(q);
      }
    }
    List<Views.SpeakerQuotes> out = new ArrayList<>();
    groups.forEach(
        (name, qs) -> {
          qs.sort(
              Comparator.comparing((Quote q) -> -q.outlets().size()).thenComparing(Quote::text));
          out.add(new Views.SpeakerQuotes(name, qs.get(0).speakerKind(), qs));
        });
    return new Views.QuotesBySpeaker(id, out);
  }

  private Object articles(Context ctx, Snapshot s) {
    Filters f = Filters.parse(ctx::queryParam);
    return f.page(s.articleRefs().stream().filter(f::accepts).toList());
  }

  private Object search(Context ctx, Snapshot s) {
    String q =
        Filters.text(ctx::queryParam, "q")
            .orElseThrow(
                () ->
                    new StorylensException(
                        ErrorCode.INVALID_INPUT,
                        "query parameter q (the words to find) is missing"));
    Filters f = Filters.parse(ctx::queryParam);
    List<Views.SearchHitView> hits = new ArrayList<>();
    for (ArticleStore.SearchHit h : library.store().search(q, f.limit(), ClientPresence.of(ctx))) {
      var a = s.article(h.id());
      hits.add(
          new Views.SearchHitView(
              h.id(),
              a.map(x -> x.displayTitle()).orElse(h.title()),
              a.map(x -> x.outletName()).orElse("unknown"),
              a.flatMap(x -> x.publishedDate()).map(Object::toString),
              h.snippet()));
    }
    return new Views.SearchResult(q, hits);
  }

  /** Writes need the configured bearer token; compared in constant time. */
  private void authorizeWrites(Context ctx) {
    if (ctx.method().toString().equals("GET") || ctx.method().toString().equals("HEAD")) {
      return;
    }
    if (!config.writesEnabled()) {
      throw new StorylensException(
          ErrorCode.UNAUTHORIZED,
          config.readOnly()
              ? "this server is read-only"
              : "writes are disabled: start the server with a token (STORYLENS_TOKEN or"
                  + " --token-file)");
    }
    String header = Optional.ofNullable(ctx.header("Authorization")).orElse("").strip();
    // The scheme is case-insensitive (RFC 7235, 2.1): "bearer" and "BEARER" are "Bearer".
    int space = header.indexOf(' ');
    byte[] given =
        space > 0 && header.substring(0, space).equalsIgnoreCase("Bearer")
            ? header.substring(space + 1).strip().getBytes(StandardCharsets.UTF_8)
            : new byte[0];
    byte[] want = config.token().orElseThrow().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, want)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new StorylensException(
          ErrorCode.UNAUTHORIZED, "a valid bearer token is required to write");
    }
  }

  private static StorylensException notFound(String what, String id) {
    String shown = id.length() > 80 ? id.substring(0, 80) + "…" : id;
    return new StorylensException(ErrorCode.NOT_FOUND, "no " + what + " with id " + shown);
  }

  private static byte[] loadOpenApi() {
    try (InputStream in = Api.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + OPENAPI_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new StorylensException(ErrorCode.INTERNAL, "cannot read " + OPENAPI_RESOURCE, e);
    }
  }
}
