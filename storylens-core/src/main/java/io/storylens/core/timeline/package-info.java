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
 * <p>Resolution ({@link io.storylens.core.timeline.DocumentTimexes}) starts from SUTime's value
 * with the article's date as document date. {@link io.storylens.core.timeline.TimexResolver} fixes
 * each expression alone: weekdays look back in a past-tense clause and forward in a future-tense
 * one; month-days, months and holidays ({@link io.storylens.core.timeline.Holidays}) take the year
 * nearest the article date (so "Jan. 13" written in late December is next January); impossible days
 * are dropped to the month; years past 9999 are rejected; ages and first names are not expressions.
 * Then the document-level rules need the text around the expressions: {@link
 * io.storylens.core.timeline.ReportingPeriods} (in a business report "a year ago" and "the year-ago
 * period" are the reported quarter a year before, "the quarter" the reported quarter) and {@link
 * io.storylens.core.timeline.AnaphoricTimes} ("later that year" is the year last named; "2 1/2
 * years" is P2Y6M), then {@link io.storylens.core.timeline.ClockTimes} (a clock time takes the day
 * named right after it: "10:35 a.m. (0735 GMT) Friday").
 *
 * <p>When {@link io.storylens.core.timeline.DateChecker} finds the header stale (or there is no
 * header), {@link io.storylens.core.timeline.ArticleTimes#of} resolves again against the effective
 * date, moving SUTime's relative values with {@link io.storylens.core.timeline.Reanchor}.
 *
 * <p>{@code storylens eval timex} ({@code TimexEval} in storylens-eval) scores the tagger on TimeML
 * with the TempEval-3 definitions.
 */
package io.storylens.core.timeline;
