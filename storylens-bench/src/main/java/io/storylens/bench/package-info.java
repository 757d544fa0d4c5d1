// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors

/**
 * JMH benchmarks. Speed targets live here, never in timed unit tests. Each benchmark that needs
 * {@code ../shared/data} says so and exits when it is absent.
 */
package io.storylens.bench;
