// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

/**
 * Stable error codes. The HTTP server maps each to a status; the CLI prints the code. Add codes,
 * never rename them.
 */
public enum ErrorCode {
  /** The input is malformed, empty, binary, or otherwise unusable. HTTP 400. */
  INVALID_INPUT(400),
  /** The input exceeds a configured size limit. HTTP 413. */
  TOO_LARGE(413),
  /** The input format is not one Storylens reads. HTTP 415. */
  UNSUPPORTED_FORMAT(415),
  /** The requested item does not exist. HTTP 404. */
  NOT_FOUND(404),
  /** Missing or wrong credentials. HTTP 401. */
  UNAUTHORIZED(401),
  /** The store failed to read or write. HTTP 500. */
  STORE_FAILURE(500),
  /** An unexpected internal failure. HTTP 500. */
  INTERNAL(500),
  /** Too many requests from this client or at once; retry after the time given. HTTP 429. */
  RATE_LIMITED(429),
  /** The server is busy (e.g. its analysis queue is full); retry after the time given. HTTP 503. */
  BUSY(503);

  private final int httpStatus;

  ErrorCode(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  /** The HTTP status this code maps to. */
  public int httpStatus() {
    return httpStatus;
  }
}
