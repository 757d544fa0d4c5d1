// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A metadata value together with where it came from and how sure we are of it.
 *
 * @param value the value, empty when unknown
 * @param from where the value came from; {@link Provenance#NONE} exactly when {@code value} is
 *     empty
 * @param confidence in [0, 1]; 1 for values read from explicit metadata
 */
public record Sourced<T>(Optional<T> value, Provenance from, double confidence) {
  public Sourced {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(from, "from");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
    }
    if (value.isEmpty() != (from == Provenance.NONE)) {
      throw new IllegalArgumentException("provenance NONE iff value is empty, got " + from);
    }
  }

  /** A value read from explicit metadata, with confidence 1. */
  public static <T> Sourced<T> of(T value, Provenance from) {
    return new Sourced<>(Optional.of(value), from, 1.0);
  }

  /** A value with an explicit confidence. */
  public static <T> Sourced<T> of(T value, Provenance from, double confidence) {
    return new Sourced<>(Optional.of(value), from, confidence);
  }

  /** An unknown value. */
  public static <T> Sourced<T> none() {
    return new Sourced<>(Optional.empty(), Provenance.NONE, 0.0);
  }

  /** This value if present, else {@code other}. */
  public Sourced<T> or(Sourced<T> other) {
    return value.isPresent() ? this : other;
  }
}
