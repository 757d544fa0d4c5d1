/**
 * Events and storylines, online. A {@link io.storylens.core.cluster.Clusterer} places one article
 * at a time into an event (one happening) and each event into a storyline (the developing story it
 * belongs to), without reclustering what came before: an article is in exactly one event and an
 * event in exactly one storyline. {@link io.storylens.core.cluster.OnlineClusterer} represents an
 * article by idf-weighted title and lead words plus named entities (from the NLP stage when given,
 * else {@link io.storylens.core.cluster.CapitalizedPhrases}), finds candidate events through an
 * inverted index, scores them by cosine similarity decayed by the time gap, and joins the best one
 * above a threshold calibrated on the news-clusters dev split; an article and an event that report
 * different dated happenings (see {@link io.storylens.core.cluster.EventDates}: their event days
 * are apart and their headline words differ) are penalized. {@link
 * io.storylens.core.cluster.OnlineClusterer#assignAll} extracts features on a pool and places on
 * one thread, with the same result as sequential calls. Consolidation merges and splits events,
 * logging each change so that ids stay traceable; ids never change otherwise. {@link
 * io.storylens.core.cluster.ClusterRepository} persists the state in SQLite so that later articles
 * join the stored structure.
 */
package io.storylens.core.cluster;
