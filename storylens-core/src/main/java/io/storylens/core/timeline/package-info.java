/**
 * Time expressions resolved against each article's own date, header-date checks, and timelines.
 *
 * <p>API for later stages (the dossier):
 *
 * <ul>
 *   <li>{@link io.storylens.core.timeline.TimelineBuilder#build(java.util.List)}: {@code
 *       List<Article> -> List<TimelineEntry>}, sorted by date; entries with the same date whose
 *       sentences share enough content words are merged across articles.
 *   <li>{@link io.storylens.core.timeline.ArticleTimes#of}: one article's resolved {@link
 *       io.storylens.model.Timex} list and {@link io.storylens.core.timeline.DateCheck} (effective
 *       date, where it came from, evidence, warnings); the returned article carries the warnings in
 *       {@code dateWarnings}.
 * </ul>
 *
 * <p>Resolution ({@link io.storylens.core.timeline.TimexResolver}) starts from SUTime's value with
 * the article's date as document date and fixes what SUTime gets wrong: weekdays look back in a
 * past-tense clause and forward in a future-tense one; month-days and months without a year take
 * the year nearest the article date (so "Jan. 13" written in late December is next January);
 * impossible days are dropped to the month; years past 9999 are rejected. Durations, ranges, sets
 * and granularity are kept as SUTime gives them.
 *
 * <p>{@code storylens eval timex} ({@link io.storylens.core.timeline.TimexEval}) scores the tagger
 * on TimeML with the TempEval-3 definitions.
 */
package io.storylens.core.timeline;
