/**
 * Dossiers: everything Storylens knows about one event or storyline, built by {@link
 * io.storylens.core.dossier.DossierBuilder}.
 *
 * <p>Contract: one dossier per event and per storyline; articles in reading order (date, source,
 * id); links restricted to the dossier's articles; a {@link io.storylens.model.FirstPublisher} with
 * human-readable evidence (earliest date, tie-breaking, derivation graph) found by {@link
 * io.storylens.core.dossier.FirstPublisherFinder}; a provenance-traced summary from {@code
 * io.storylens.core.summarize}. The same input always gives the same dossiers.
 *
 * <p>Extension points, one functional interface per stage, each taking the articles of one event or
 * storyline and returning model records ({@link io.storylens.core.dossier.EntityProvider}, {@link
 * io.storylens.core.dossier.TimelineProvider}, {@link io.storylens.core.dossier.QuoteProvider},
 * {@link io.storylens.core.dossier.ClaimProvider}, {@link
 * io.storylens.core.dossier.DisagreementProvider}); bundle them in {@link
 * io.storylens.core.dossier.DossierStages}, whose {@code none()} finds nothing. Disagreements also
 * feed the summary, which marks the sentences they touch as disputed. Events and storylines come
 * from {@link io.storylens.core.cluster}.
 */
package io.storylens.core.dossier;
