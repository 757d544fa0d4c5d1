-- Issue 4 (linking). MinHash signatures and LSH band buckets, so a new article is compared with
-- the stored ones without recomputing or rebuilding anything; plus the last derivation graph.
CREATE TABLE minhash_signatures (
  article_id TEXT PRIMARY KEY,
  signature BLOB NOT NULL
);
CREATE TABLE minhash_bands (
  band INTEGER NOT NULL,
  bucket INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (band, bucket, article_id)
) WITHOUT ROWID;
CREATE TABLE links (
  from_id TEXT NOT NULL,
  to_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  record TEXT NOT NULL,
  PRIMARY KEY (from_id, to_id)
);
CREATE INDEX links_to ON links(to_id);
