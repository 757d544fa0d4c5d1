// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors

/**
 * Wires the stages together: {@link io.storylens.core.pipeline.IngestService} stores inputs in
 * input order (a large input in its own transaction, small ones grouped; an article is reported
 * stored only after its commit), {@link io.storylens.core.pipeline.Analyzer} runs every analysis
 * stage over stored articles, {@link io.storylens.core.pipeline.ReportWriter} writes {@code
 * storylens.json}.
 *
 * <p>The language layer runs first in the analyzer: every article is annotated once (CoreNLP,
 * cached per {@link io.storylens.core.nlp.LanguageLayer}), its time expressions are resolved
 * against its own date and its header date is checked; the article views carry {@code timexes},
 * {@code effective_date}, {@code effective_date_from}, {@code date_evidence} and {@code
 * date_warnings}, and the report carries corpus-wide {@code entities} and {@code timeline}.
 *
 * <p>{@link io.storylens.core.pipeline.IncrementalAnalyzer} keeps the analysis state between calls
 * (per-article results, links, the online clusterer, dossiers by input) so that new articles cost
 * only the work they cause; a full analysis is an incremental one from nothing. Its class comment
 * lists where an incremental result may differ from a full one.
 */
package io.storylens.core.pipeline;
