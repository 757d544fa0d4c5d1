// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Shared CLI plumbing. */
final class Cli {
  private Cli() {}

  /** Standard output as UTF-8 regardless of the platform default (tests replace System.out). */
  static PrintStream stdout() {
    if (System.out != STDOUT_AT_START) {
      return System.out; // redirected, e.g. by a test
    }
    return UTF8_OUT;
  }

  private static final PrintStream STDOUT_AT_START = System.out;
  private static final PrintStream UTF8_OUT =
      new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
}
