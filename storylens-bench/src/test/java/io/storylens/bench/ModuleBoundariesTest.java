// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.storylens.testkit.Architecture;
import org.junit.jupiter.api.Test;

/** The module boundaries, checked over every Storylens module on this module's class path. */
class ModuleBoundariesTest {
  private static final JavaClasses CLASSES = Architecture.mainClasses();

  @Test
  void layersGoOneWay() {
    Architecture.layers().check(CLASSES);
  }

  @Test
  void internalsStayInTheirModule() {
    Architecture.internalsStayInTheirModule().check(CLASSES);
  }
}
