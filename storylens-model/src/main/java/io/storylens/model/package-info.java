// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors

/**
 * Immutable value records shared by every Storylens module.
 *
 * <p>Records validate their arguments in compact constructors and never hold {@code null}: absent
 * values are {@link java.util.Optional}, absent collections are empty. Nothing here does I/O.
 */
package io.storylens.model;
