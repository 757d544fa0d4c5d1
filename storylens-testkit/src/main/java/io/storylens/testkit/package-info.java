// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors

/**
 * Test support shared by all modules: locating the demo corpus and {@code ../shared/data}, golden
 * files that change only with {@code -Dstorylens.updateGolden=true}, and generic contract checks.
 */
package io.storylens.testkit;
