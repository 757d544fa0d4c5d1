/**
 * Linking: which articles copy which. {@link io.storylens.core.dedup.Linker} turns a set of
 * articles into derivation edges ({@link io.storylens.model.Link}) of four kinds: exact duplicates
 * (same normalized text), near duplicates (MinHash over word shingles, candidates from an LSH index
 * that can live in SQLite), excerpts (one text contains most of the other) and rewrites (sentences
 * align in order under a paraphrase classifier, not counting shared quotations). Each edge points
 * from the original to the copy, with a direction confidence and the evidence (dates, resolved
 * relative dates, wire credits, information subset) that decided it.
 *
 * <p>Contract: output is deterministic for a given input set (independent of input order), every
 * link's sentence indexes refer to {@link io.storylens.core.text.Sentences#split} of the article
 * text, and bad input (empty, one word, huge) yields no link rather than an exception.
 */
package io.storylens.core.dedup;
