-- The normalized URL of each article (io.storylens.model.Urls.normalized), to find an article by a
-- URL written another way (":443", upper-case host, a fragment). The URL as the source gave it stays
-- in the record and is what is shown and exported. Rows stored before this column have NULL and
-- are filled by SqliteArticleStore the first time a lookup by URL runs; '' means "no URL".
ALTER TABLE articles ADD COLUMN url_key TEXT;
CREATE INDEX articles_url_key ON articles(url_key);
