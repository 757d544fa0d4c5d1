// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import io.storylens.model.ErrorCode;
import java.util.Objects;
import java.util.Optional;

/**
 * Why one input (or one line of it) was rejected.
 *
 * @param source the input name
 * @param line the 1-based line for line-oriented formats
 * @param code stable error code
 * @param reason what is wrong, in words a user can act on
 */
public record IngestProblem(String source, Optional<Integer> line, ErrorCode code, String reason) {
  public IngestProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
  }

  /** A problem with a whole input. */
  public static IngestProblem of(String source, ErrorCode code, String reason) {
    return new IngestProblem(source, Optional.empty(), code, reason);
  }

  /** One line, as printed: {@code source:line: reason [CODE]}. */
  @Override
  public String toString() {
    return source + line.map(l -> ":" + l).orElse("") + ": " + reason + " [" + code + "]";
  }
}
