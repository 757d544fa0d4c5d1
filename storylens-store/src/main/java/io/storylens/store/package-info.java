// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors

/**
 * Persistence behind small interfaces, with SQLite (WAL journal, FTS5 full-text index) as the
 * embedded default: articles ({@link io.storylens.store.ArticleStore}), the kept analysis ({@link
 * io.storylens.store.AnalysisStore}, payloads opaque to the store), links and the near-duplicate
 * index. The full-text index is filled per transaction (the rows a transaction inserted, in one
 * statement before it commits), so it is always in step with the articles table.
 *
 * <p>The schema evolves through numbered SQL migrations in {@code
 * io/storylens/store/migrations/V###__name.sql}, applied in order at open time and recorded in the
 * {@code schema_version} table. A migration is never edited once released; add a new one.
 */
package io.storylens.store;
