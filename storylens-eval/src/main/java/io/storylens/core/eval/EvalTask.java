// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One evaluation task: {@code storylens eval NAME --data PATH}. */
public interface EvalTask {
  /** The task name used on the command line, e.g. {@code extraction}. */
  String name();

  /** One line describing the data layout expected. */
  String description();

  /**
   * Runs the evaluation on {@code data}, printing a human-readable table to {@code out}.
   *
   * @return the figures; printed by the caller as the final JSON line
   */
  Map<String, Object> run(Path data, PrintStream out);

  /**
   * Runs the evaluation on several data sets at once; tasks that cannot pool data sets accept
   * exactly one.
   *
   * @throws IllegalArgumentException when {@code data} is not one path and the task cannot pool
   */
  default Map<String, Object> run(List<Path> data, PrintStream out) {
    if (data.size() == 1) {
      return run(data.get(0), out);
    }
    throw new IllegalArgumentException("eval " + name() + " takes one --data, got " + data.size());
  }

  /** Whether {@link #run(List, PrintStream)} accepts several data sets. */
  default boolean pools() {
    return false;
  }
}
