// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class or method that needs neither models nor shared data but starts something heavy
 * (a browser, a Spark context, child JVMs it kills). Tagged {@value TestTags#SLOW}; skipped, and
 * reported as skipped, by the fast unit run ({@code mvn -B verify -P fast}).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Tag(TestTags.SLOW)
@ExtendWith(FastRun.class)
public @interface SlowTest {}
