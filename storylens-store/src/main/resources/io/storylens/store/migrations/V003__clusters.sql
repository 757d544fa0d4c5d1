-- Events and storylines (issue 5). The online clusterer's state: document frequencies, each
-- article's term vector and event, events and storylines in creation order, and the merge/split
-- log. Centroids are sums of member vectors and are rebuilt on load, so a later article joins the
-- stored structure without reclustering.
CREATE TABLE cluster_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE cluster_terms (
  seq INTEGER PRIMARY KEY,
  term TEXT NOT NULL UNIQUE,
  df INTEGER NOT NULL
);
CREATE TABLE cluster_storylines (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  alive INTEGER NOT NULL,
  title TEXT NOT NULL
);
CREATE TABLE cluster_events (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  storyline TEXT NOT NULL,
  alive INTEGER NOT NULL,
  title TEXT NOT NULL
);
CREATE TABLE cluster_members (
  seq INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL UNIQUE,
  event_id TEXT NOT NULL,
  time INTEGER NOT NULL,
  title TEXT NOT NULL,
  flags TEXT NOT NULL,
  vector TEXT NOT NULL
);
CREATE INDEX cluster_members_event ON cluster_members(event_id);
CREATE TABLE cluster_changes (
  seq INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  level TEXT NOT NULL,
  from_id TEXT NOT NULL,
  into_id TEXT NOT NULL,
  sequence INTEGER NOT NULL
);
