/**
 * Who said what: statements, speakers and cues in one article, and the same statement merged across
 * the articles of a story.
 *
 * <p>API for the dossier stage:
 *
 * <ul>
 *   <li>{@link io.storylens.core.quotes.QuoteExtractor#extract(io.storylens.model.Article)} gives
 *       the {@link io.storylens.core.quotes.Attribution}s of one article in text order: content
 *       span, whether it was in quote marks, cue, speaker, the speaker's mention and a {@link
 *       io.storylens.core.quotes.SpeakerKind} ({@code named}, {@code nominal}, {@code
 *       pronoun-resolved}, {@code unknown}). {@link io.storylens.core.quotes.RuleQuoteExtractor} is
 *       the cheap path (about 10 ms for a 1,000-word article, see {@code QuoteExtractorBench}); NER
 *       and dependency parses plug in through {@link io.storylens.core.quotes.LanguageHints}.
 *   <li>{@link io.storylens.core.quotes.QuoteMerger#merge(java.util.List)} gives the {@link
 *       io.storylens.model.Quote}s of a story: one per statement, with the articles and outlets
 *       that carry it and its other wordings as {@link io.storylens.model.QuoteVariant}s
 *       (word-level diff, and whether the changed words may change meaning).
 * </ul>
 *
 * <p>Contract: never throws on odd text (unbalanced marks, huge quotes, no punctuation); time is
 * linear in the text; a speaker that cannot be found stays {@code unknown}, never guessed; a
 * nominal speaker ("a senior administration official") is kept as written and never replaced by a
 * nearby name; output is deterministic.
 *
 * <p>{@code storylens eval quotes --data DIR} ({@code QuoteEval} in storylens-eval) scores the
 * extractor on PolNeAR-layout data; with {@code -Dstorylens.quotes.corenlp=true} it also scores
 * CoreNLP's quote attributor ({@link io.storylens.core.quotes.CoreNlpQuotes}) in the same table.
 */
package io.storylens.core.quotes;
