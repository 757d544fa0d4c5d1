-- The analysis of the stored articles, kept so that a restart serves it at once and analyzes only
-- what is new. Payloads are JSON written and read by the pipeline; the store only keeps them.
--
-- Per-article results (quotes, claims, times, date check) of one pipeline version: computed once
-- per article and version, reused by every later analysis of that article.
CREATE TABLE analysis_articles (
  article_id TEXT PRIMARY KEY,
  pipeline   TEXT NOT NULL,
  payload    TEXT NOT NULL
);
-- The published analysis: collections of keyed rows (kind = links, dossiers, events, storylines,
-- cluster members, covered articles), each in its order, with a hash of the payload so that a save
-- rewrites only the rows that changed.
CREATE TABLE analysis_rows (
  kind    TEXT NOT NULL,
  key     TEXT NOT NULL,
  ord     INTEGER NOT NULL,
  hash    TEXT NOT NULL,
  payload TEXT NOT NULL,
  PRIMARY KEY (kind, key)
) WITHOUT ROWID;
-- Single values of the published analysis: pipeline version, generation, cluster vocabulary, …
CREATE TABLE analysis_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
