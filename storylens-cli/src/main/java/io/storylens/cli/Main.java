// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code storylens} command. */
// INHERIT: every command, not just the top one, takes --help and --version.
@Command(
    name = "storylens",
    scope = CommandLine.ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    version = "storylens 0.1.0",
    description = "Ingest news articles, link copies, group stories, and build dossiers.",
    subcommands = {
      IngestCommand.class,
      AnalyzeCommand.class,
      ListCommand.class,
      ShowCommand.class,
      SearchCommand.class,
      EvalCommand.class,
      ServeCommand.class,
      ExportCommand.class,
      LinksCommand.class,
      StoriesCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Exit code: everything worked. */
  public static final int OK = 0;

  /** Exit code: some inputs were rejected; the others were stored. */
  public static final int SOME_REJECTED = 1;

  /** Exit code: the command line was wrong. */
  public static final int USAGE = 2;

  /** Exit code: an internal failure. */
  public static final int FAILURE = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  /** Runs the command line and returns the exit code (for tests). */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          cmd.getErr().println("storylens: " + Terminal.safe(String.valueOf(ex.getMessage())));
          return ex instanceof io.storylens.model.StorylensException se
                  && se.code() == io.storylens.model.ErrorCode.INVALID_INPUT
              ? USAGE
              : FAILURE;
        });
    return cl.execute(args);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }
}
