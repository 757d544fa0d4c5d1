// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import io.storylens.testkit.ModuleBoundaries;

/** The module boundaries, checked over every Storylens module on this module's class path. */
class ModuleBoundariesTest extends ModuleBoundaries {}
