// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.Report;
import io.storylens.core.text.Sentences;
import io.storylens.model.Article;
import io.storylens.model.Claim;
import io.storylens.model.Disagreement;
import io.storylens.model.Dossier;
import io.storylens.model.Entity;
import io.storylens.model.Event;
import io.storylens.model.FirstPublisher;
import io.storylens.model.Link;
import io.storylens.model.LinkEvidence;
import io.storylens.model.LinkKind;
import io.storylens.model.Quote;
import io.storylens.model.QuoteVariant;
import io.storylens.model.SourceRef;
import io.storylens.model.SpeakerEvidence;
import io.storylens.model.Storyline;
import io.storylens.model.SummarySentence;
import io.storylens.model.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A hand-built stand-in for the analysis stages (grouping, quotes, timeline, claims, dossiers): it
 * runs the real {@link Analyzer} for the article views, then always replaces links, events,
 * storylines and dossiers with one storyline whose dossier is built from the seeds' real sentences,
 * found by pattern. The server and reader tests thus stay deterministic whatever the real stages
 * produce; the stages have their own tests. Articles whose title carries markup (the XSS case) get
 * a quote with a hostile speaker name.
 */
final class FixtureStage implements Function<List<Article>, Report> {
  static final String STORYLINE = "fx-s1";
  static final String EVENT = "fx-e1";
  static final String TITLE = "U.S.–Russia security talks over Ukraine";
  static final String HOSTILE_SPEAKER = "<img src=x onerror=\"window.__xss=1\">Mallory";

  @Override
  public Report apply(List<Article> all) {
    Report r = new Analyzer().analyze(all);
    if (all.isEmpty()) {
      return r;
    }
    List<Article> articles = all.stream().sorted(Analyzer.ORDER).toList();
    List<String> ids = articles.stream().map(Article::id).toList();
    List<SummarySentence> summary = new ArrayList<>();
    sentence(articles, "(agreed to (meet|convene)|security talks) on January 10", false)
        .ifPresent(summary::add);
    sentence(articles, "troops to defend (Ukraine|Afghanistan)", true).ifPresent(summary::add);
    sentence(articles, "December 7 meeting", false).ifPresent(summary::add);
    List<Quote> quotes = new ArrayList<>();
    List<SourceRef> moral = refs(articles, "moral obligation and a legal obligation");
    if (!moral.isEmpty()) {
      quotes.add(
          new Quote(
              "Joe Biden",
              "named",
              "said",
              "We have a moral obligation and a legal obligation to our NATO allies if they were to"
                  + " attack under Article 5, it’s a sacred obligation",
              true,
              articleIds(moral),
              outlets(articles, moral),
              List.of(),
              moral,
              0.9,
              new SpeakerEvidence(
                  "Joe Biden", "named", 0, true, 1, 0, "cue", 0, false, "person", false, 0)));
    }
    List<SourceRef> table = refs(articles, "defend (Ukraine|Afghanistan) is .not on the table");
    List<SourceRef> afghanistan = refs(articles, "defend Afghanistan is");
    if (!table.isEmpty()) {
      quotes.add(
          new Quote(
              "Joe Biden",
              "named",
              "stated",
              "not on the table",
              true,
              articleIds(table),
              outlets(articles, table),
              afghanistan.isEmpty()
                  ? List.of()
                  : List.of(
                      new QuoteVariant(
                          "sending U.S. troops to defend Afghanistan is not on the table",
                          articleIds(afghanistan),
                          true,
                          "-Ukraine +Afghanistan")),
              table,
              0.9,
              new SpeakerEvidence(
                  "Joe Biden", "named", 0, true, 1, 0, "cue", 0, false, "person", false, 0)));
    }
    List<SourceRef> spokes = refs(articles, "When we sit down to talk");
    if (!spokes.isEmpty()) {
      quotes.add(
          new Quote(
              "White House spokesperson",
              "nominal",
              "said",
              "When we sit down to talk, Russia can put its concerns on the table, and we will put"
                  + " our concerns on the table with Russia's activities as well",
              true,
              articleIds(spokes),
              outlets(articles, spokes),
              List.of(),
              spokes,
              0.9,
              new SpeakerEvidence(
                  "White House spokesperson",
                  "nominal",
                  0,
                  true,
                  1,
                  0,
                  "cue",
                  0,
                  false,
                  "",
                  false,
                  0)));
    }
    for (Article a : articles) {
      if (a.title().value().orElse("").contains("<")) {
        SourceRef ref = new SourceRef(a.id(), 0);
        String first = Sentences.split(a.text()).get(0);
        quotes.add(
            new Quote(
                HOSTILE_SPEAKER,
                "named",
                "said",
                first,
                true,
                List.of(a.id()),
                List.of(a.outletName()),
                List.of(),
                List.of(ref),
                0.9,
                new SpeakerEvidence(
                    HOSTILE_SPEAKER, "named", 0, true, 1, 0, "cue", 0, false, "person", false, 0)));
        summary.add(new SummarySentence(first, List.of(ref), List.of(a.outletName()), false));
      }
    }
    List<TimelineEntry> timeline = new ArrayList<>();
    timeline(
        articles,
        timeline,
        "2021-12-07",
        "Biden and Putin hold a video call",
        "December 7",
        "December 7");
    timeline(
        articles, timeline, "2022-01-10", "U.S.–Russia security talks", "January 10", "January 10");
    timeline(
        articles, timeline, "2022-01-12", "Russia–NATO meeting", "(January|Jan\\.) 12", "Jan. 12");
    timeline(
        articles,
        timeline,
        "2022-01-13",
        "OSCE meeting with Russia",
        "(January|Jan\\.) 13",
        "Jan. 13");
    List<Claim> claims = new ArrayList<>();
    List<SourceRef> troops = refs(articles, "tens of thousands of troops");
    if (!troops.isEmpty()) {
      claims.add(
          new Claim(
              "Russian troops on the border with Ukraine",
              "tens of thousands",
              Optional.of(20_000.0),
              Optional.empty(),
              "troops",
              "",
              "Russia has had tens of thousands of troops amassed on its border with Ukraine",
              Optional.empty(),
              articleIds(troops),
              troops));
    }
    List<Disagreement> disagreements = new ArrayList<>();
    List<SourceRef> defend = refs(articles, "troops to defend (Ukraine|Afghanistan)");
    if (!afghanistan.isEmpty() && defend.size() > afghanistan.size()) {
      disagreements.add(
          new Disagreement(
              "slot",
              "Outlets differ on which country U.S. troops would not be sent to defend",
              articleIds(defend),
              List.of("Afghanistan", "Ukraine"),
              defend));
    }
    List<Link> links = new ArrayList<>();
    // The rewrite of the seeds: the copy says "Ukraine" where the original says "Afghanistan".
    List<SourceRef> copy = refs(articles, "troops to defend Ukraine");
    if (!afghanistan.isEmpty() && !copy.isEmpty()) {
      links.add(
          new Link(
              afghanistan.get(0).article(),
              copy.get(0).article(),
              LinkKind.REWRITE,
              0.82,
              0.9,
              List.of(LinkEvidence.cue("earlier-date", "the original is dated earlier"))));
    }
    List<Entity> entities = new ArrayList<>();
    for (String name : List.of("Joe Biden", "Vladimir Putin", "Sergei Ryabkov", "NATO")) {
      List<String> with =
          articles.stream().filter(a -> a.text().contains(name)).map(Article::id).toList();
      if (!with.isEmpty()) {
        entities.add(
            new Entity(
                name,
                name.equals("NATO") ? "ORGANIZATION" : "PERSON",
                List.of(name),
                with,
                with.size()));
      }
    }
    Article first = articles.get(0);
    TreeSet<String> outlets = new TreeSet<>();
    TreeSet<String> dates = new TreeSet<>();
    articles.forEach(
        a -> {
          outlets.add(a.outletName());
          a.publishedDate().ifPresent(d -> dates.add(d.toString()));
        });
    Dossier d =
        new Dossier(
            STORYLINE,
            "storyline",
            TITLE,
            dates.isEmpty() ? Optional.empty() : Optional.of(dates.first()),
            dates.isEmpty() ? Optional.empty() : Optional.of(dates.last()),
            List.copyOf(outlets),
            ids,
            Optional.of(
                new FirstPublisher(
                    first.id(),
                    first.outlet().value(),
                    first.publishedDate().map(Object::toString),
                    List.of(
                        "earliest date "
                            + first.publishedDate().map(Object::toString).orElse("?")))),
            summary,
            entities,
            timeline,
            quotes,
            claims,
            disagreements,
            links);
    return new Report(
        r.articles(),
        links,
        List.of(new Event(EVENT, TITLE, ids, STORYLINE)),
        List.of(new Storyline(STORYLINE, TITLE, List.of(EVENT), ids)),
        List.of(d));
  }

  private static Optional<SummarySentence> sentence(
      List<Article> articles, String regex, boolean disputed) {
    List<SourceRef> refs = refs(articles, regex);
    if (refs.isEmpty()) {
      return Optional.empty();
    }
    SourceRef main = refs.get(refs.size() - 1);
    Article a =
        articles.stream().filter(x -> x.id().equals(main.article())).findFirst().orElseThrow();
    String text = Sentences.split(a.text()).get(main.sentence());
    return Optional.of(
        new SummarySentence(
            text, refs, List.copyOf(new TreeSet<>(outlets(articles, refs))), disputed));
  }

  private static void timeline(
      List<Article> articles,
      List<TimelineEntry> out,
      String date,
      String text,
      String regex,
      String expression) {
    List<SourceRef> refs = refs(articles, regex);
    if (!refs.isEmpty()) {
      out.add(new TimelineEntry(date, "day", text, expression, articleIds(refs), refs));
    }
  }

  /** Every sentence of every article matching {@code regex}. */
  static List<SourceRef> refs(List<Article> articles, String regex) {
    Pattern p = Pattern.compile(regex);
    List<SourceRef> out = new ArrayList<>();
    for (Article a : articles) {
      List<String> ss = Sentences.split(a.text());
      for (int i = 0; i < ss.size(); i++) {
        if (p.matcher(ss.get(i)).find()) {
          out.add(new SourceRef(a.id(), i));
        }
      }
    }
    return out;
  }

  private static List<String> articleIds(List<SourceRef> refs) {
    return refs.stream().map(SourceRef::article).distinct().toList();
  }

  private static List<String> outlets(List<Article> articles, List<SourceRef> refs) {
    TreeSet<String> out = new TreeSet<>();
    for (SourceRef r : refs) {
      articles.stream()
          .filter(a -> a.id().equals(r.article()))
          .forEach(a -> out.add(a.outletName()));
    }
    return List.copyOf(out);
  }
}
