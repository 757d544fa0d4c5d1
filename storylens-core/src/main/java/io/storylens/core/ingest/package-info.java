// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors

/**
 * Turns input files into raw articles: expands paths, directories and globs; reads gzip; decodes
 * text; detects the format by content; parses metadata with its provenance.
 *
 * <p>Every failure is an {@link io.storylens.core.ingest.IngestProblem} naming the input (and line)
 * and the reason; one bad input never stops the others.
 */
package io.storylens.core.ingest;
