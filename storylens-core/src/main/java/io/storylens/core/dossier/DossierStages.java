// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dossier;

import java.util.Objects;

/**
 * The stages a dossier draws on besides the summary. Each is a one-method interface taking the
 * articles of one event or storyline; {@link #none()} finds nothing, so a caller (the analyzer)
 * wires the real stages in one line each, e.g. {@code
 * DossierStages.none().withQuotes(quoteStage::quotes)}.
 */
public record DossierStages(
    EntityProvider entities,
    TimelineProvider timeline,
    QuoteProvider quotes,
    ClaimProvider claims,
    DisagreementProvider disagreements) {
  public DossierStages {
    Objects.requireNonNull(entities, "entities");
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(quotes, "quotes");
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(disagreements, "disagreements");
  }

  /** No stage wired: every list is empty. */
  public static DossierStages none() {
    return new DossierStages(
        EntityProvider.none(),
        TimelineProvider.none(),
        QuoteProvider.none(),
        ClaimProvider.none(),
        DisagreementProvider.none());
  }

  public DossierStages withEntities(EntityProvider p) {
    return new DossierStages(p, timeline, quotes, claims, disagreements);
  }

  public DossierStages withTimeline(TimelineProvider p) {
    return new DossierStages(entities, p, quotes, claims, disagreements);
  }

  public DossierStages withQuotes(QuoteProvider p) {
    return new DossierStages(entities, timeline, p, claims, disagreements);
  }

  public DossierStages withClaims(ClaimProvider p) {
    return new DossierStages(entities, timeline, quotes, p, disagreements);
  }

  public DossierStages withDisagreements(DisagreementProvider p) {
    return new DossierStages(entities, timeline, quotes, claims, p);
  }
}
