-- Issue 10 (scale). The full-text index is no longer filled row by row by a trigger: the store
-- indexes the rows a transaction inserted with one INSERT ... SELECT before that transaction
-- commits (SqliteArticleStore.putAll), which costs about a third of the per-row trigger and keeps
-- the index exactly in step with the table. The update and delete triggers stay.
DROP TRIGGER IF EXISTS articles_ai;
