// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;

/**
 * Whether the client of a request has gone, asked while its answer is being worked out: a search
 * whose client closed the connection is stopped instead of running to its end for nobody.
 *
 * <p>Jetty does not read a connection while it handles a request without a body, so a client that
 * hangs up is noticed only at the first write. This reads the connection without waiting: end of
 * stream means the client closed it (or at least its sending side, which HTTP clients do only when
 * leaving). A client that sent more bytes (the next request, pipelined) is present; those bytes
 * cannot be handed back to Jetty, so the connection is closed after this answer and the client
 * sends that request again, as HTTP lets it do for a request it sent ahead.
 *
 * <p>Asked from SQLite's progress handler, possibly thousands of times a second: it reads the
 * connection at most once per {@value #CHECK_NANOS} ns and answers from that in between. Used by
 * the one thread that handles the request.
 */
final class ClientPresence implements BooleanSupplier {
  /** Reads the connection at most every 20 ms. */
  static final long CHECK_NANOS = 20_000_000L;

  private final EndPoint endPoint;
  private final Context ctx;
  private final LongSupplier clock;
  private long lastCheck;
  private boolean gone;
  private boolean pipelined;

  private ClientPresence(EndPoint endPoint, Context ctx, LongSupplier clock) {
    this.endPoint = endPoint;
    this.ctx = ctx;
    this.clock = clock;
    this.lastCheck = clock.getAsLong();
  }

  /**
   * The presence of {@code ctx}'s client; one that never reports leaving when the connection cannot
   * be read (not served by Jetty's HTTP connector).
   */
  static BooleanSupplier of(Context ctx) {
    Objects.requireNonNull(ctx, "ctx");
    Request base = Request.getBaseRequest(ctx.req());
    if (base == null || base.getHttpChannel() == null) {
      return () -> false;
    }
    return new ClientPresence(base.getHttpChannel().getEndPoint(), ctx, System::nanoTime);
  }

  /** Whether the client has gone. */
  @Override
  public boolean getAsBoolean() {
    if (gone || pipelined) {
      return gone;
    }
    long now = clock.getAsLong();
    if (now - lastCheck < CHECK_NANOS) {
      return false;
    }
    lastCheck = now;
    try {
      ByteBuffer one = ByteBuffer.allocate(64);
      one.flip();
      int read = endPoint.fill(one);
      if (read < 0) {
        gone = true;
      } else if (read > 0) {
        pipelined = true;
        ctx.header("Connection", "close");
      }
    } catch (IOException e) {
      gone = true;
    }
    return gone;
  }
}
