// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import io.storylens.model.ErrorCode;
import java.util.Objects;

/**
 * The body of every error response: {@code {"error": {"code", "status", "message"}}}. The message
 * is written for the caller and never carries a stack trace.
 */
public record ApiError(Body error) {
  /** The error itself. */
  public record Body(ErrorCode code, int status, String message) {
    public Body {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }

  static ApiError of(ErrorCode code, String message) {
    return new ApiError(new Body(code, code.httpStatus(), message));
  }
}
