// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.export;

import io.storylens.core.claims.Disagreements;
import io.storylens.model.Disagreement;
import io.storylens.model.Dossier;
import io.storylens.model.Link;
import io.storylens.model.SourceRef;
import io.storylens.model.SummarySentence;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The dossier as one standalone HTML page: inline CSS, no scripts, no external assets. The page is
 * built with jsoup's DOM and every untrusted string is set with {@code text()} or {@code attr()},
 * so it is escaped by construction; external links are kept only for http(s) URLs.
 */
final class HtmlExporter implements DossierExporter {
  private static final String CSS =
      "body{font:16px/1.5 Georgia,serif;max-width:48rem;margin:2rem auto;padding:0 1rem;"
          + "color:#222}h1{font-size:1.6rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc}"
          + ".meta,.src{color:#666;font-size:.85rem}.disputed{background:#fff3cd}"
          + ".flag{color:#a15c00;font-weight:bold}li{margin:.4rem 0}code{font-size:.8rem}";

  @Override
  public String export(DossierPage page) {
    Dossier d = page.dossier();
    Document doc = Document.createShell("");
    doc.outputSettings().prettyPrint(true).indentAmount(1).charset("UTF-8");
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta")
        .attr("http-equiv", "Content-Security-Policy")
        .attr("content", "default-src 'none'; style-src 'unsafe-inline'");
    head.appendElement("title").text(d.title());
    head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));
    Element body = doc.body();
    body.appendElement("h1").text(d.title());
    body.appendElement("p")
        .addClass("meta")
        .text(
            d.kind()
                + " "
                + d.id()
                + " · "
                + d.start().orElse("?")
                + " to "
                + d.end().orElse("?")
                + " · "
                + d.articles().size()
                + " article(s) · outlets: "
                + String.join(", ", d.outlets()));

    body.appendElement("h2").text("Summary");
    Element ol = body.appendElement("ol");
    for (SummarySentence s : d.summary()) {
      Element li = ol.appendElement("li");
      if (s.disputed()) {
        li.addClass("disputed");
        li.appendElement("span").addClass("flag").text("Disputed: ");
      }
      li.appendText(s.text());
      Element src = li.appendElement("div").addClass("src");
      src.appendText("Sources: " + sources(page, s.sources()));
      src.appendText(" · outlets: " + String.join(", ", s.outlets()));
    }
    if (d.summary().isEmpty()) {
      body.appendElement("p").text("No summary: the articles have no usable sentences.");
    }

    body.appendElement("h2").text("First publisher");
    d.firstPublisher()
        .ifPresentOrElse(
            f -> {
              body.appendElement("p").text(page.label(f.article()) + " (" + f.article() + ")");
              Element ul = body.appendElement("ul");
              f.evidence().forEach(e -> ul.appendElement("li").text(e));
            },
            () -> body.appendElement("p").text("Unknown: no article is dated."));

    body.appendElement("h2").text("Articles");
    Element arts = body.appendElement("ul");
    for (String id : d.articles()) {
      Element li = arts.appendElement("li");
      li.appendElement("code").text(id);
      li.appendText(" " + page.label(id) + " ");
      page.article(id)
          .flatMap(a -> a.url().value())
          .filter(HtmlExporter::isWebUrl)
          .ifPresent(
              u -> li.appendElement("a").attr("href", u).attr("rel", "noopener").text("link"));
    }
    list(
        body,
        "Entities",
        d.entities(),
        e -> e.name() + " (" + e.type() + ", " + e.mentions() + ")");
    list(body, "Timeline", d.timeline(), t -> t.date() + ": " + t.text());
    list(
        body,
        "Quotes",
        d.quotes(),
        q ->
            (q.speaker().isBlank() ? "Unattributed" : q.speaker() + " " + q.cue())
                + ": "
                + (q.marked() ? "“" + q.text() + "”" : q.text())
                + " ("
                + String.join(", ", q.outlets())
                + ")");
    list(
        body,
        "Claims",
        d.claims(),
        c -> c.subject() + ": " + c.value() + c.attribution().map(a -> " (" + a + ")").orElse(""));
    // Ranked by salience: the first few are shown, the rest folded under "more" (no script).
    int shown = Math.min(d.disagreements().size(), Disagreements.SHOWN_BY_DEFAULT);
    Function<Disagreement, String> flag =
        x -> x.description() + " (" + String.join(" vs ", x.values()) + ")";
    list(body, "Disagreements", d.disagreements().subList(0, shown), flag);
    if (shown < d.disagreements().size()) {
      Element more = body.appendElement("details");
      more.appendElement("summary").text((d.disagreements().size() - shown) + " more");
      Element ul = more.appendElement("ul");
      d.disagreements()
          .subList(shown, d.disagreements().size())
          .forEach(x -> ul.appendElement("li").text(flag.apply(x)));
    }
    list(body, "Derivation links", d.links(), HtmlExporter::link);
    return "<!DOCTYPE html>\n" + doc.outerHtml() + "\n";
  }

  private static <T> void list(Element body, String title, List<T> items, Function<T, String> f) {
    body.appendElement("h2").text(title);
    if (items.isEmpty()) {
      body.appendElement("p").addClass("meta").text("None found.");
      return;
    }
    Element ul = body.appendElement("ul");
    items.forEach(i -> ul.appendElement("li").text(f.apply(i)));
  }

  private static String link(Link l) {
    return String.format(
        Locale.ROOT,
        "%s → %s: %s, similarity %.2f, direction confidence %.2f",
        l.from(),
        l.to(),
        l.kind().label(),
        l.similarity(),
        l.directionConfidence());
  }

  private static String sources(DossierPage page, List<SourceRef> refs) {
    StringBuilder b = new StringBuilder();
    for (SourceRef r : refs) {
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append(page.label(r.article())).append(" §").append(r.sentence() + 1);
    }
    return b.toString();
  }

  private static boolean isWebUrl(String u) {
    String l = u.toLowerCase(Locale.ROOT);
    return l.startsWith("https://") || l.startsWith("http://");
  }
}
