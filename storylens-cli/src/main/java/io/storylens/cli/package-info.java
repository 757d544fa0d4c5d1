// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors

/**
 * The {@code storylens} command line (picocli). Exit codes: 0 ok, 1 some inputs rejected (the
 * others stored), 2 usage error, 3 internal failure. Every string from articles is printed through
 * {@link io.storylens.cli.Terminal#safe} so control characters cannot reach the terminal.
 */
package io.storylens.cli;
