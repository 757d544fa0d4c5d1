// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import io.storylens.model.ErrorCode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Limits a costly kind of request per client (by remote address): a token bucket of {@link #burst}
 * requests refilled at {@link #perSecond} a second, and at most {@link #inFlight} running at once.
 * One client can then neither keep the server's threads busy nor starve the others; a refused
 * request gets {@link ErrorCode#RATE_LIMITED} with the time until a token is back.
 *
 * <p>Thread-safe. Remembers at most {@link #MAX_CLIENTS} clients (the least recently seen are
 * forgotten first, as if full).
 */
final class ClientLimiter {
  static final int MAX_CLIENTS = 10_000;

  private final String what;
  private final double perSecond;
  private final int burst;
  private final int inFlight;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new LinkedHashMap<>(16, 0.75f, true);

  private static final class Bucket {
    double tokens;
    long at;
    int running;
  }

  /**
   * @param what the kind of request, for the error message
   * @param perSecond tokens added per second
   * @param burst bucket size: requests a client may send at once after a pause
   * @param inFlight requests of one client running at once
   * @param nanoTime the time source (System::nanoTime; a fake one in tests)
   */
  ClientLimiter(String what, double perSecond, int burst, int inFlight, LongSupplier nanoTime) {
    this.what = Objects.requireNonNull(what, "what");
    if (perSecond <= 0 || burst < 1 || inFlight < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    this.perSecond = perSecond;
    this.burst = burst;
    this.inFlight = inFlight;
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  /** A permit to run one request; close it when the request ends. */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Takes a token and a running slot for {@code client}.
   *
   * @throws RetryLater when the client has none left
   */
  Permit acquire(String client) {
    Objects.requireNonNull(client, "client");
    synchronized (buckets) {
      long now = nanoTime.getAsLong();
      Bucket b = buckets.get(client);
      if (b == null) {
        b = new Bucket();
        b.tokens = burst;
        b.at = now;
        buckets.put(client, b);
        if (buckets.size() > MAX_CLIENTS) {
          var eldest = buckets.keySet().iterator();
          eldest.next();
          eldest.remove();
        }
      }
      b.tokens = Math.min(burst, b.tokens + (now - b.at) / 1e9 * perSecond);
      b.at = now;
      if (b.running >= inFlight) {
        throw new RetryLater(
            ErrorCode.RATE_LIMITED,
            "too many " + what + " of this client at once (at most " + inFlight + ")",
            Duration.ofSeconds(1));
      }
      if (b.tokens < 1) {
        long waitMs = (long) Math.ceil((1 - b.tokens) / perSecond * 1000);
        throw new RetryLater(
            ErrorCode.RATE_LIMITED,
            "too many " + what + " from this client (at most " + perSecond + " a second)",
            Duration.ofMillis(waitMs));
      }
      b.tokens -= 1;
      b.running++;
      Bucket held = b;
      return () -> {
        synchronized (buckets) {
          held.running--;
        }
      };
    }
  }
}
