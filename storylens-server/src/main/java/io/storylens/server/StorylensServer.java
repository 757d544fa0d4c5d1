// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import io.storylens.model.json.Json;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JSON API under {@code /api} and the web reader at {@code /}, one process.
 * Adds security headers to every response, maps every failure to a JSON error with a stable code,
 * and sends CORS headers only for the configured origin.
 */
public final class StorylensServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StorylensServer.class);

  /**
   * Scripts and styles only from this server, no framing, no plug-ins: a second line of defence
   * behind the reader's escaping (it never puts data into HTML).
   */
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "Content-Security-Policy", CSP,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer",
          "X-Frame-Options", "DENY");

  private static final String STARTED = "storylens.started";

  private final ServerConfig config;
  private final Javalin app;

  private StorylensServer(ServerConfig config, Javalin app) {
    this.config = config;
    this.app = app;
  }

  /** Starts a server over {@code library}; fails when {@link ServerConfig#checkSafe()} does. */
  public static StorylensServer start(ServerConfig config, Library library) {
    return start(
        config,
        library,
        new ClientLimiter(
            "searches",
            Api.SEARCHES_PER_SECOND,
            Api.SEARCH_BURST,
            Api.SEARCHES_AT_ONCE,
            System::nanoTime));
  }

  /** As {@link #start(ServerConfig, Library)}, with {@code searches} limiting searches. */
  static StorylensServer start(ServerConfig config, Library library, ClientLimiter searches) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(library, "library");
    config.checkSafe();
    Javalin app =
        Javalin.create(
            c -> {
              c.showJavalinBanner = false;
              c.http.maxRequestSize = config.maxBodyBytes();
              c.http.prefer405over404 = false;
              JsonErrorHandler errors = new JsonErrorHandler();
              c.jetty.modifyServer(server -> server.setErrorHandler(errors));
              c.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(errors));
              c.staticFiles.add(
                  sf -> {
                    sf.hostedPath = "/";
                    sf.directory = "/io/storylens/server/web";
                    sf.location = Location.CLASSPATH;
                    sf.headers = SECURITY_HEADERS;
                  });
              config
                  .corsOrigin()
                  .ifPresent(
                      origin ->
                          c.bundledPlugins.enableCors(
                              cors -> cors.addRule(rule -> rule.allowHost(origin))));
            });
    app.before(
        ctx -> {
          ctx.attribute(STARTED, System.nanoTime());
          SECURITY_HEADERS.forEach(ctx::header);
        });
    // Time spent in the server, for the load benchmark to tell it from client and queueing time.
    app.after(
        ctx -> {
          Long t0 = ctx.attribute(STARTED);
          if (t0 != null) {
            ctx.header(
                "Server-Timing",
                String.format(Locale.ROOT, "app;dur=%.3f", (System.nanoTime() - t0) / 1e6));
          }
        });
    new Api(library, config, searches).register(app);
    app.exception(
        StorylensException.class,
        (e, ctx) -> {
          if (e instanceof RetryLater later) {
            ctx.header("Retry-After", later.header());
          }
          error(ctx, e.code(), e.getMessage());
        });
    app.exception(
        HttpResponseException.class,
        (e, ctx) -> error(ctx, codeFor(e.getStatus()), e.getMessage()));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          error(ctx, ErrorCode.INTERNAL, "internal error; the server log has the details");
        });
    app.error(
        404,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty()) {
            error(ctx, ErrorCode.NOT_FOUND, "no such path: " + ctx.path());
          }
        });
    app.start(config.bind(), config.port());
    return new StorylensServer(config, app);
  }

  /** The port actually bound. */
  public int port() {
    return app.port();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
  public String baseUrl() {
    String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
    return "http://" + host + ":" + port();
  }

  @Override
  public void close() {
    app.stop();
  }

  static void error(Context ctx, ErrorCode code, String message) {
    ctx.status(code.httpStatus());
    json(ctx, ApiError.of(code, message == null ? code.name() : message));
  }

  static void json(Context ctx, Object body) {
    jsonBytes(ctx, bytes(body));
  }

  static void jsonBytes(Context ctx, byte[] body) {
    ctx.contentType("application/json; charset=utf-8")
        .header("Cache-Control", "no-store")
        .result(body);
  }

  static byte[] bytes(Object body) {
    try {
      return Json.mapper().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new StorylensException(ErrorCode.INTERNAL, "cannot serialize response", e);
    }
  }

  static ErrorCode codeFor(int status) {
    return switch (status) {
      case 400 -> ErrorCode.INVALID_INPUT;
      case 401, 403 -> ErrorCode.UNAUTHORIZED;
      case 404, 405 -> ErrorCode.NOT_FOUND;
      case 413, 414, 431 -> ErrorCode.TOO_LARGE;
      case 415 -> ErrorCode.UNSUPPORTED_FORMAT;
      case 429 -> ErrorCode.RATE_LIMITED;
      case 503 -> ErrorCode.BUSY;
      default -> ErrorCode.INTERNAL;
    };
  }
}
