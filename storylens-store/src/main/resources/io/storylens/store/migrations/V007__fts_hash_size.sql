-- Issue 10 (ingest throughput). FTS5 keeps the terms of a transaction in an in-memory hash and
-- writes them out as a new index segment whenever that hash grows past 'hashsize' (default 1 MB),
-- and at commit. A 1,000-article transaction passed 1 MB several times, so each one left several
-- small segments that the automerge then merged again: a quarter of the writer's time. At 16 MB
-- a transaction of the ingest's size is written as one segment. Only the index layout changes;
-- its content and every search result stay the same. The setting is kept in the database
-- (articles_fts_config), so this also applies to databases created before it.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 16777216);
