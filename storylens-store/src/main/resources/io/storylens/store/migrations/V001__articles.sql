-- Articles: identity is a content hash; the whole record is kept as JSON, with the fields that
-- queries filter on copied into columns.
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  outlet TEXT,
  title TEXT,
  published TEXT,
  text TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='seq', tokenize='porter unicode61');

CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
