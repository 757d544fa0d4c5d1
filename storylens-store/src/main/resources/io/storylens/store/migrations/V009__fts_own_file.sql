-- Issue 10 (ingest at a million articles). The full-text index moves out of this file into its
-- own ("NAME-fts", see FullTextIndex), written by a second connection on its own thread: SQLite
-- lets one connection at a time write a file, and FTS5 took three quarters of the single writer's
-- time. The index there is rebuilt from the articles the first time this database is opened after
-- the migration. store_meta gives the database an identity, which the index file records so that
-- an index left beside a different (e.g. recreated) database is rebuilt instead of trusted.
DROP TRIGGER IF EXISTS articles_ad;
DROP TRIGGER IF EXISTS articles_au;
DROP TABLE IF EXISTS articles_fts;
CREATE TABLE store_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO store_meta(key, value) VALUES ('id', lower(hex(randomblob(16))));
