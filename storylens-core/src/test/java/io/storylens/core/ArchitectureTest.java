// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.testkit.Architecture;
import io.storylens.testkit.ModuleBoundaries;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the pipeline: the module rules every module checks, that every class is placed
 * in its module, and stage packages without cycles.
 */
class ArchitectureTest extends ModuleBoundaries {
  private static final JavaClasses CLASSES = classes();

  /**
   * The rules tell modules apart by class location; a class of unknown module would escape them.
   */
  @Test
  void everyClassIsPlacedInItsModule() {
    assertThat(CLASSES).isNotEmpty();
    assertThat(CLASSES)
        .allSatisfy(c -> assertThat(Architecture.moduleOf(c)).as(c.getName()).isPresent());
    assertThat(Architecture.moduleOf(CLASSES.get(Analyzer.class))).contains("core");
    assertThat(Architecture.moduleOf(CLASSES.get(io.storylens.store.Database.class)))
        .contains("store");
  }

  /**
   * The packages of storylens-core form no cycle, apart from the known ones ignored below, each
   * with the reason it is still there.
   */
  @Test
  void stagePackagesAreFreeOfCycles() {
    slices()
        .matching("io.storylens.core.(*)..")
        .should()
        .beFreeOfCycles()
        .check(CLASSES.that(Architecture.inModule("core")));
  }
}
