// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.testkit;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips tests marked {@link NeedsModels}, {@link NeedsSharedData} or {@link SlowTest} in the fast
 * unit run, so that Surefire counts and lists them as skipped with the reason instead of leaving
 * them out silently (as {@code -DexcludedGroups} would).
 */
public final class FastRun implements ExecutionCondition {
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!TestTags.fastRun()) {
      return ConditionEvaluationResult.enabled("full run");
    }
    Optional<AnnotatedElement> element = context.getElement();
    if (element.isEmpty()) {
      return ConditionEvaluationResult.enabled("nothing to check");
    }
    AnnotatedElement e = element.get();
    if (e.isAnnotationPresent(NeedsModels.class)) {
      return ConditionEvaluationResult.disabled("fast run (-P fast): needs the CoreNLP models");
    }
    if (e.isAnnotationPresent(NeedsSharedData.class)) {
      return ConditionEvaluationResult.disabled("fast run (-P fast): reads ../shared/data");
    }
    if (e.isAnnotationPresent(SlowTest.class)) {
      return ConditionEvaluationResult.disabled(
          "fast run (-P fast): starts a browser, Spark or child JVMs");
    }
    return ConditionEvaluationResult.enabled("not a slow test");
  }
}
