-- Events and storylines (issue 5): what each clustered article says of the happening it reports,
-- so that a clusterer restored from storage keeps telling apart happenings on different days:
-- its event days (ISO dates) and its headline's stemmed content words, both JSON arrays. Rows
-- stored before this migration get neither, which the clusterer reads as "not known".
ALTER TABLE cluster_members ADD COLUMN days TEXT NOT NULL DEFAULT '[]';
ALTER TABLE cluster_members ADD COLUMN key_terms TEXT NOT NULL DEFAULT '[]';
