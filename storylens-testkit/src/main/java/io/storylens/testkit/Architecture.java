// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.testkit;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module boundaries of Storylens as ArchUnit rules, checked by an {@code ArchitectureTest} in
 * each module against the main classes on that module's class path.
 *
 * <p>Modules are told apart by where a class was loaded from ({@code storylens-NAME/target/classes}
 * or {@code storylens-NAME-VERSION.jar}), not by package: an evaluation harness keeps the package
 * of the stage it measures while living in {@code storylens-eval}.
 *
 * <p>The layers, each using only those before it: model, store, core, the applications (cli,
 * server, spark, eval), then the benchmarks. Test support (testkit) is used by no main class but
 * the benchmarks', which build their fuzz seeds with it.
 */
public final class Architecture {
  private Architecture() {}

  private static final Pattern MODULE =
      Pattern.compile("storylens-([a-z]+)(?:/target/classes/|-\\d[^/]*\\.jar)");

  /** The main (non-test) classes of every Storylens module on the class path. */
  public static JavaClasses mainClasses() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> location.contains("storylens-"))
        .importPackages("io.storylens");
  }

  /**
   * The module a class was loaded from ({@code "core"} for {@code storylens-core}), or empty for a
   * class outside the Storylens modules.
   */
  public static Optional<String> moduleOf(JavaClass c) {
    return c.getSource()
        .map(s -> s.getUri().toString())
        .map(MODULE::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1));
  }

  /** Classes loaded from one of {@code modules}. */
  public static DescribedPredicate<JavaClass> inModule(String... modules) {
    return DescribedPredicate.describe(
        "in storylens-" + String.join("/", modules),
        c -> moduleOf(c).map(m -> Arrays.asList(modules).contains(m)).orElse(false));
  }

  /** Layers one way: model, store, core, applications; nothing in main code uses the testkit. */
  public static ArchRule layers() {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("model")
        .definedBy(inModule("model"))
        .layer("store")
        .definedBy(inModule("store"))
        .layer("core")
        .definedBy(inModule("core"))
        .layer("applications")
        .definedBy(inModule("cli", "server", "spark", "eval"))
        .layer("bench")
        .definedBy(inModule("bench"))
        .layer("testkit")
        .definedBy(inModule("testkit"))
        .whereLayer("applications")
        .mayOnlyBeAccessedByLayers("applications", "bench")
        .whereLayer("core")
        .mayOnlyBeAccessedByLayers("applications", "bench")
        .whereLayer("store")
        .mayOnlyBeAccessedByLayers("core", "applications", "bench")
        .whereLayer("model")
        .mayOnlyBeAccessedByLayers("store", "core", "applications", "bench", "testkit")
        // The fuzz benchmark writes its WARC seeds with the test fixtures (FuzzSeeds).
        .whereLayer("testkit")
        .mayOnlyBeAccessedByLayers("bench")
        .allowEmptyShould(true);
  }

  /**
   * All SQL stays in storylens-store: no class of another module uses JDBC or the SQLite driver, so
   * the stages see the store only through its interfaces and a change of schema touches one module.
   */
  public static ArchRule sqlStaysInTheStore() {
    return ArchRuleDefinition.noClasses()
        .that(DescribedPredicate.not(inModule("store")))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
        .allowEmptyShould(true);
  }

  /**
   * A package named {@code internal} (at any depth) belongs to its module: classes of other modules
   * may not use it, even where Java's visibility would let them.
   */
  public static ArchRule internalsStayInTheirModule() {
    return ArchRuleDefinition.classes()
        .that()
        .resideInAPackage("..internal..")
        .should(beUsedOnlyFromTheirOwnModule())
        .allowEmptyShould(true);
  }

  private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnModule() {
    return new ArchCondition<>("be used only from their own module") {
      @Override
      public void check(JavaClass target, ConditionEvents events) {
        Optional<String> home = moduleOf(target);
        for (Dependency d : target.getDirectDependenciesToSelf()) {
          Optional<String> from = moduleOf(d.getOriginClass());
          if (from.isPresent() && !from.equals(home)) {
            events.add(
                SimpleConditionEvent.violated(
                    d,
                    "storylens-"
                        + from.get()
                        + " uses an internal class of storylens-"
                        + home.orElse("?")
                        + ": "
                        + d.getDescription()));
          }
        }
      }
    };
  }
}
