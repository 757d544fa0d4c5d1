// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import io.storylens.core.eval.EvalTask;
import io.storylens.core.eval.EvalTasks;
import io.storylens.model.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storylens eval TASK --data PATH}. */
@Command(
    name = "eval",
    description = "Score a stage on an evaluation data set; the last line is a JSON object.")
final class EvalCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "TASK",
      description = "Task name; one of: ${COMPLETION-CANDIDATES}",
      completionCandidates = TaskNames.class)
  String task;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "PATH",
      description =
          "Data set location; repeat it to pool annotated folders (eval dossier, speakers).")
  List<Path> data;

  @Override
  public Integer call() throws Exception {
    var out = Cli.stdout();
    Optional<EvalTask> t = EvalTasks.find(task);
    if (t.isEmpty()) {
      System.err.println(
          "storylens: unknown eval task "
              + Terminal.safe(task)
              + "; known: "
              + EvalTasks.ALL.stream().map(EvalTask::name).collect(Collectors.joining(", ")));
      return Main.USAGE;
    }
    for (Path d : data) {
      if (!Files.exists(d)) {
        System.err.println("storylens: --data " + Terminal.safe(d.toString()) + " does not exist");
        return Main.USAGE;
      }
    }
    if (data.size() > 1 && !t.get().pools()) {
      System.err.println("storylens: eval " + task + " takes one --data");
      return Main.USAGE;
    }
    Map<String, Object> figures = t.get().run(data, out);
    out.println(Json.mapper().writeValueAsString(figures));
    return Main.OK;
  }

  /** Task names for help output. */
  static final class TaskNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return EvalTasks.ALL.stream().map(EvalTask::name).iterator();
    }
  }
}
