// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import io.storylens.core.pipeline.ClusterStage;
import io.storylens.store.Database;
import io.storylens.store.EmbeddingTable;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --grouping cheap|embedding}, shared by {@code analyze} and {@code serve}. */
public final class GroupingOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  private String grouping = ClusterStage.CHEAP;

  @Option(
      names = "--grouping",
      paramLabel = "PATH",
      completionCandidates = Paths.class,
      description =
          "How articles are grouped into events and storylines: ${COMPLETION-CANDIDATES}"
              + " (default: ${DEFAULT-VALUE}). 'embedding' compares MiniLM embeddings of title and"
              + " lead (kept in the store) with a learned link model; the kept analysis records"
              + " the path, and another path regroups.",
      defaultValue = ClusterStage.CHEAP)
  void grouping(String value) {
    if (!List.of(ClusterStage.CHEAP, ClusterStage.EMBEDDING).contains(value)) {
      throw new ParameterException(
          spec.commandLine(),
          "--grouping must be one of "
              + String.join(", ", new Paths())
              + ", not "
              + Terminal.safe(value));
    }
    grouping = value;
  }

  /** The path chosen. */
  String name() {
    return grouping;
  }

  /** The grouping stage chosen, reading and keeping embeddings in {@code db}. */
  ClusterStage stage(Database db) {
    return switch (grouping) {
      case ClusterStage.CHEAP -> ClusterStage.STANDARD;
      case ClusterStage.EMBEDDING -> ClusterStage.embedding(new EmbeddingTable(db));
      default -> throw new IllegalStateException("unknown grouping path " + grouping);
    };
  }

  /** The paths, for help output. */
  static final class Paths implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of(ClusterStage.CHEAP, ClusterStage.EMBEDDING).iterator();
    }
  }
}
