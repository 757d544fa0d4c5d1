// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries ({@link Architecture}), checked over every Storylens module on the class
 * path of the module whose test extends this class: each module sees a different set of modules, so
 * each runs the same rules once.
 */
public abstract class ModuleBoundaries {
  private static final JavaClasses CLASSES = Architecture.mainClasses();

  /** The main classes the rules are checked against. */
  protected static JavaClasses classes() {
    return CLASSES;
  }

  @Test
  public void layersGoOneWay() {
    Architecture.layers().check(CLASSES);
  }

  @Test
  public void internalsStayInTheirModule() {
    Architecture.internalsStayInTheirModule().check(CLASSES);
  }

  @Test
  public void sqlStaysInTheStore() {
    Architecture.sqlStaysInTheStore().check(CLASSES);
  }
}
