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
 * Marks a test class or method that reads the development data in {@code ../shared/data} (see
 * {@link Fixtures#sharedData}). Tagged {@value TestTags#SHARED_DATA}; skipped, and reported as
 * skipped, by the fast unit run ({@code mvn -B verify -P fast}).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Tag(TestTags.SHARED_DATA)
@ExtendWith(FastRun.class)
public @interface NeedsSharedData {}
