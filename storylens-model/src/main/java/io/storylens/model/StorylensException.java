// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.util.Objects;

/** The unchecked domain exception of Storylens; carries a stable {@link ErrorCode}. */
public class StorylensException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorCode code;

  public StorylensException(ErrorCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  public StorylensException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** The stable error code. */
  public ErrorCode code() {
    return code;
  }
}
