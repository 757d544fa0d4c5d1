// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

/** Argument checks shared by the records of this package. */
final class Checks {
  private Checks() {}

  static double unit(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0,1]: " + value);
    }
    return value;
  }
}
