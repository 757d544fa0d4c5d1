-- Dense sentence embeddings of each article's title and lead, computed once and reused by every
-- later clustering or rewrite decision. Keyed by model, so a new model adds rows instead of
-- silently mixing vectors of two models; the text hash tells a stale vector (the article's title
-- or lead changed since) from a current one.
CREATE TABLE article_embeddings (
  article_id TEXT NOT NULL,
  model TEXT NOT NULL,
  text_hash TEXT NOT NULL,
  dimension INTEGER NOT NULL,
  vector BLOB NOT NULL,
  PRIMARY KEY (article_id, model)
) WITHOUT ROWID;
