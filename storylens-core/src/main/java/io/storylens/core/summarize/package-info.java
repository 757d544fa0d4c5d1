/**
 * Extractive multi-document summaries in which every sentence links to its sources.
 *
 * <p>Contract of a {@link io.storylens.core.summarize.Summarizer}: given the articles of one story
 * (plus derivation links, flagged disagreements, an optional query and a word budget), it returns
 * whole sentences of those articles, at most the budget in whitespace-separated words, in reading
 * order. Each {@link io.storylens.model.SummarySentence} lists every article sentence that states
 * it (indexes into {@code io.storylens.core.text.Sentences.split(article.text())}), the outlets
 * that agree, and {@code disputed} when a flagged disagreement touches it, in which case the text
 * says so ("Reports differ (A vs B): …"). Output does not depend on the order of the input.
 *
 * <p>{@link io.storylens.core.summarize.ConceptSummarizer} is the one dossiers use; {@link
 * io.storylens.core.summarize.LeadSummarizer} and {@link
 * io.storylens.core.summarize.LexRankSummarizer} are evaluation baselines. {@link
 * io.storylens.core.summarize.Terms} is ROUGE's view of words, shared by the summarizer and the
 * scorer in {@code io.storylens.core.summarize.eval}.
 */
package io.storylens.core.summarize;
