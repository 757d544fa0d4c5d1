// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import java.time.Duration;
import java.util.Objects;

/**
 * A request refused for now ({@link ErrorCode#RATE_LIMITED} or {@link ErrorCode#BUSY}); the answer
 * carries {@code Retry-After} with {@link #retryAfter()} in whole seconds.
 */
final class RetryLater extends StorylensException {
  private final Duration retryAfter;

  RetryLater(ErrorCode code, String message, Duration retryAfter) {
    super(code, message);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  /** How long the client should wait, at least one second. */
  Duration retryAfter() {
    return retryAfter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retryAfter;
  }

  /** The {@code Retry-After} header value: whole seconds, rounded up. */
  String header() {
    long ms = retryAfter().toMillis();
    return Long.toString((ms + 999) / 1000);
  }
}
