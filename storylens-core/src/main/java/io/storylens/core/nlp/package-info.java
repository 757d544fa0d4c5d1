/**
 * The language layer: Stanford CoreNLP tokens, sentences, POS, lemmas, NER and SUTime time
 * expressions for each article.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link io.storylens.core.nlp.Pipelines} loads each CoreNLP pipeline once per process (lazy
 *       holder); every caller shares it. CoreNLP pipelines are thread-safe for {@code annotate}.
 *   <li>{@link io.storylens.core.nlp.LanguageAnnotator#annotate} annotates one text with its own
 *       document date (the article's publication date) and returns plain, serializable {@link
 *       io.storylens.core.nlp.ArticleAnnotations}: NER mentions and raw SUTime timexes with the
 *       tense of their clause. Sentence indexes are indexes into {@link
 *       io.storylens.core.text.Sentences#split}, never CoreNLP's own sentence numbers.
 *   <li>{@link io.storylens.core.nlp.LanguageLayer#annotateAll} annotates many articles on a
 *       bounded pool, each at most once per annotator configuration: results are kept in an {@link
 *       io.storylens.core.nlp.AnnotationCache} (SQLite table {@code nlp_annotations}, migration
 *       V004) keyed by article id, document date and {@link
 *       io.storylens.core.nlp.NlpMode#configHash()}.
 *   <li>Three modes: {@link io.storylens.core.nlp.NlpMode#LEAN} (one NER model, without CoreNLP's
 *       fine-grained gazetteer pass; POS tags, lemmas and SUTime only on the sentences that can
 *       hold a time expression; what the analysis uses), {@link io.storylens.core.nlp.NlpMode#FULL}
 *       (the same with the fine-grained pass, the analysis before; {@code -Dstorylens.nlp=full}
 *       selects it) and {@link io.storylens.core.nlp.NlpMode#TIME} (the cheap mode: POS + SUTime,
 *       no NER classifiers; used by the timex evaluation and when entities are not needed). There
 *       is no mode without CoreNLP: time expressions are what the timeline needs and SUTime is the
 *       library that does them well.
 *   <li>Articles with the same text and document date in one batch are annotated once.
 *   <li>SUTime misses a few TimeML expressions; {@code Supplement} adds ordinal quarters ("the
 *       fourth quarter") and completes spoken years ("nineteen ninety-six") and year modifiers
 *       ("the late 1970s", "fiscal 1989").
 *   <li>Bad input is bounded: runs of more than {@link io.storylens.core.nlp.TextGuard#MAX_RUN}
 *       words without a sentence end are cut at a space (offsets kept), and texts longer than
 *       {@link io.storylens.core.nlp.TextGuard#MAX_CHARS} are annotated up to that length, with a
 *       warning in the result.
 * </ul>
 */
package io.storylens.core.nlp;
