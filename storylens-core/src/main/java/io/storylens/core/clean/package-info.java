// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors

/**
 * Cleans article bodies: removes boilerplate lines with the reason for each ({@link
 * io.storylens.core.clean.Boilerplate}), and repairs damaged text ({@link
 * io.storylens.core.clean.TextRepair}). Each filter does one job; {@link
 * io.storylens.core.clean.Cleaner} chains them.
 */
package io.storylens.core.clean;
