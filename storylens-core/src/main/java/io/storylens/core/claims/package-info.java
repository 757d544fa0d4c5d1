/**
 * Numeric claims and the places where outlets disagree.
 *
 * <ul>
 *   <li>{@link io.storylens.core.claims.ClaimExtractor#extract(io.storylens.model.Article)}:
 *       numeric claims with subject, value as written, hedge, a normalised range ({@link
 *       io.storylens.core.claims.Quantity}: "tens of thousands", "roughly 100,000", "more than
 *       90,000" and "as many as 175,000" become comparable ranges) and attribution (the speaker of
 *       the statement the number sits in).
 *   <li>{@link io.storylens.core.claims.Claims#merge} joins the same claim across outlets; {@link
 *       io.storylens.core.claims.Claims#bySubject} groups claims about the same subject.
 *   <li>{@link io.storylens.core.claims.Disagreements#find(java.util.List)} finds {@code number}
 *       contradictions (ranges that do not overlap), {@code number-update} (the same, reported on
 *       different days), {@code slot} differences (aligned sentences differing in one name, number
 *       or date; {@link io.storylens.core.claims.SentenceAligner} is a simple aligner until the
 *       linking stage's is available) and {@code quote-edit}s.
 * </ul>
 *
 * <p>All output is deterministic for a given article order.
 */
package io.storylens.core.claims;
