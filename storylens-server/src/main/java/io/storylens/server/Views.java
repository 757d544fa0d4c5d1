// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import io.storylens.core.ingest.IngestProblem;
import io.storylens.core.pipeline.ArticleView;
import io.storylens.model.Article;
import io.storylens.model.Dossier;
import io.storylens.model.Link;
import io.storylens.model.Quote;
import io.storylens.model.TimelineEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON shapes the API returns besides the model records. Field names are a contract (see
 * openapi.json): add fields, never rename them.
 */
public final class Views {
  private Views() {}

  /** An article as listed: enough to show a line and link to it. */
  public record ArticleRef(
      String id,
      String title,
      String outlet,
      Optional<String> published,
      Optional<String> url,
      List<String> dateWarnings) {
    public ArticleRef {
      dateWarnings = List.copyOf(dateWarnings);
    }

    static ArticleRef of(Article a) {
      return new ArticleRef(
          a.id(),
          a.displayTitle(),
          a.outletName(),
          a.publishedDate().map(Object::toString),
          a.url().value(),
          a.dateWarnings());
    }
  }

  /**
   * One event or storyline in a list. {@code catchAll}: a storyline whose events share no main
   * entities ({@link io.storylens.core.cluster.CatchAll}); readers list its events instead.
   */
  public record StorySummary(
      String id,
      String kind,
      String title,
      Optional<String> start,
      Optional<String> end,
      List<String> outlets,
      int articleCount,
      List<String> events,
      Optional<String> storyline,
      List<String> entities,
      boolean catchAll) {
    public StorySummary {
      outlets = List.copyOf(outlets);
      events = List.copyOf(events);
      entities = List.copyOf(entities);
    }
  }

  /** One page of a list. */
  public record Page<T>(int total, int offset, int limit, List<T> items) {
    public Page {
      items = List.copyOf(items);
    }
  }

  /**
   * A dossier with what a reader needs to show it without further requests.
   *
   * @param sentences the text of every sentence a {@code SourceRef} in the dossier points to, keyed
   *     {@code "articleId#index"}
   */
  public record DossierView(
      Dossier dossier, List<ArticleRef> articles, Map<String, String> sentences) {
    public DossierView {
      articles = List.copyOf(articles);
      sentences = Map.copyOf(sentences);
    }
  }

  /** The derivation graph of a story: its articles and the links among them. */
  public record Graph(String id, List<ArticleRef> nodes, List<Link> edges) {
    public Graph {
      nodes = List.copyOf(nodes);
      edges = List.copyOf(edges);
    }
  }

  /** A story's timeline. */
  public record Timeline(String id, List<TimelineEntry> entries) {
    public Timeline {
      entries = List.copyOf(entries);
    }
  }

  /** Quotes of one speaker. */
  public record SpeakerQuotes(String speaker, String speakerKind, List<Quote> quotes) {
    public SpeakerQuotes {
      quotes = List.copyOf(quotes);
    }
  }

  /** Quotes grouped by speaker, speakers sorted by name. */
  public record QuotesBySpeaker(Optional<String> id, List<SpeakerQuotes> speakers) {
    public QuotesBySpeaker {
      speakers = List.copyOf(speakers);
    }
  }

  /** One article with its sentences, links and memberships. */
  public record ArticleDetail(
      ArticleView article,
      List<String> sentences,
      List<Link> linksIn,
      List<Link> linksOut,
      List<String> events,
      List<String> storylines) {
    public ArticleDetail {
      sentences = List.copyOf(sentences);
      linksIn = List.copyOf(linksIn);
      linksOut = List.copyOf(linksOut);
      events = List.copyOf(events);
      storylines = List.copyOf(storylines);
    }
  }

  /** Full-text search results. */
  public record SearchResult(String query, List<SearchHitView> hits) {
    public SearchResult {
      hits = List.copyOf(hits);
    }
  }

  /** One hit; {@code snippet} marks matches with {@code [} and {@code ]}. */
  public record SearchHitView(
      String id, String title, String outlet, Optional<String> published, String snippet) {}

  /** Where one ingested article landed after analysis. */
  public record Placement(String article, List<String> events, List<String> storylines) {
    public Placement {
      events = List.copyOf(events);
      storylines = List.copyOf(storylines);
    }
  }

  /**
   * What an ingest request did.
   *
   * @param placements where each article landed; empty while they wait for analysis
   * @param status while the articles wait for analysis (they are stored), the path that tells how
   *     far it is ({@code /api/status}); empty when they are analyzed
   */
  public record IngestResult(
      List<String> added,
      List<String> existing,
      List<IngestProblem> problems,
      List<Placement> placements,
      long generation,
      Optional<String> status) {
    public IngestResult {
      added = List.copyOf(added);
      existing = List.copyOf(existing);
      problems = List.copyOf(problems);
      placements = List.copyOf(placements);
    }
  }

  /**
   * Liveness and what is loaded.
   *
   * @param status {@code ok}, or {@code degraded} while analysis is failing (reads still work)
   * @param analysis {@code idle}, {@code running} or {@code failing}
   * @param error why analysis is failing
   */
  public record Health(
      String status,
      int articles,
      int storylines,
      int events,
      long generation,
      String analysis,
      Optional<String> error) {}

  /**
   * What the background analysis is doing.
   *
   * @param articlesStored articles in the store
   * @param articlesAnalyzed articles in the analysis being served
   * @param queued stored articles the analysis does not hold yet
   * @param running articles of the batch being analyzed now
   * @param stage the stage running now ("" when idle)
   * @param estimateSeconds time to analyze the queue at the rate measured so far (empty before the
   *     first measurement)
   * @param reanalyzing whether a new pipeline version is analyzing everything again (the old
   *     analysis is served meanwhile)
   * @param analysis {@code idle}, {@code running} or {@code failing}
   * @param error why analysis is failing
   * @param failingSince when it started failing (ISO instant)
   * @param generation the served snapshot's generation
   * @param analyzedSinceStart articles whose per-article stages ran since the server started (those
   *     kept in the store are not analyzed again); empty when the analysis does not say
   */
  public record Status(
      int articlesStored,
      int articlesAnalyzed,
      int queued,
      int running,
      String stage,
      Optional<Long> estimateSeconds,
      boolean reanalyzing,
      String analysis,
      Optional<String> error,
      Optional<String> failingSince,
      long generation,
      Optional<Long> analyzedSinceStart) {}
}
