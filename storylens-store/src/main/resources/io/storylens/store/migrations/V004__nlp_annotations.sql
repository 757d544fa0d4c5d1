-- Language-layer annotations (issue 6): one row per article, annotator configuration and
-- document date, so re-analysis does not re-annotate. payload is ArticleAnnotations as JSON.
CREATE TABLE IF NOT EXISTS nlp_annotations (
  article_id TEXT NOT NULL,
  config_key TEXT NOT NULL,
  payload    TEXT NOT NULL,
  PRIMARY KEY (article_id, config_key)
);
