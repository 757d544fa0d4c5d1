// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * What the benchmark mains share, as a picocli mixin: {@code --help}, and {@link #parse}, which
 * prints the usage and exits with 2 on a bad argument. Each main declares its own arguments on a
 * small {@code @Command} class that mixes this in, so that every benchmark documents its arguments
 * and defaults in {@code --help}.
 */
public final class BenchArgs {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Print the arguments and their defaults, and exit.")
  boolean help;

  /**
   * {@code args} parsed into {@code command} (a {@code @Command} class with this mixin); prints the
   * usage and exits on {@code --help} (0) or a usage error (2).
   */
  public static <T> T parse(T command, String[] args) {
    CommandLine cl = new CommandLine(command);
    try {
      cl.parseArgs(args);
    } catch (ParameterException e) {
      System.err.println(e.getMessage());
      cl.usage(System.err);
      System.exit(2);
    }
    if (cl.isUsageHelpRequested()) {
      cl.usage(System.out);
      System.exit(0);
    }
    return command;
  }

  /** A count that may be written with digit separators: {@code 1_000_000}. */
  public static final class Count implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return Long.parseLong(value.replace("_", ""));
    }
  }
}
