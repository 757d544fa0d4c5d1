// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.export;

import io.storylens.core.claims.Disagreements;
import io.storylens.model.Claim;
import io.storylens.model.Disagreement;
import io.storylens.model.Dossier;
import io.storylens.model.Entity;
import io.storylens.model.Link;
import io.storylens.model.Quote;
import io.storylens.model.SourceRef;
import io.storylens.model.SummarySentence;
import io.storylens.model.TimelineEntry;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dossier as Markdown. Every untrusted string goes through {@link #esc}, which neutralizes
 * Markdown syntax and inline HTML, so a headline cannot inject links, markup or scripts.
 */
final class MarkdownExporter implements DossierExporter {
  @Override
  public String export(DossierPage page) {
    Dossier d = page.dossier();
    StringBuilder b = new StringBuilder();
    b.append("# ").append(esc(d.title())).append("\n\n");
    b.append("- Kind: ").append(d.kind()).append(" `").append(esc(d.id())).append("`\n");
    b.append("- Time span: ")
        .append(d.start().orElse("?"))
        .append(" to ")
        .append(d.end().orElse("?"))
        .append('\n');
    b.append("- Outlets: ")
        .append(d.outlets().stream().map(MarkdownExporter::esc).collect(Collectors.joining(", ")))
        .append('\n');
    b.append("- Articles: ").append(d.articles().size()).append("\n\n");

    b.append("## Summary\n\n");
    int n = 1;
    for (SummarySentence s : d.summary()) {
      b.append(n++).append(". ").append(esc(s.text()));
      if (s.disputed()) {
        b.append(" **(disputed)**");
      }
      b.append("  \n   Sources: ").append(sources(page, s.sources()));
      b.append("; outlets: ")
          .append(s.outlets().stream().map(MarkdownExporter::esc).collect(Collectors.joining(", ")))
          .append('\n');
    }
    if (d.summary().isEmpty()) {
      b.append("No summary: the articles have no usable sentences.\n");
    }

    b.append("\n## First publisher\n\n");
    d.firstPublisher()
        .ifPresentOrElse(
            f -> {
              b.append(esc(page.label(f.article()))).append(" (`").append(esc(f.article()));
              b.append("`)\n\n");
              f.evidence().forEach(e -> b.append("- ").append(esc(e)).append('\n'));
            },
            () -> b.append("Unknown: no article is dated.\n"));

    b.append("\n## Articles\n\n");
    for (String id : d.articles()) {
      b.append("- `").append(esc(id)).append("` ").append(esc(page.label(id)));
      page.article(id).flatMap(a -> a.url().value()).ifPresent(u -> b.append(" — ").append(esc(u)));
      b.append('\n');
    }
    section(b, "Entities", d.entities(), MarkdownExporter::entity);
    section(b, "Timeline", d.timeline(), t -> timeline(page, t));
    section(b, "Quotes", d.quotes(), q -> quote(page, q));
    section(b, "Claims", d.claims(), c -> claim(page, c));
    // Ranked by salience: the first few are shown, the rest listed under "more" (all are in JSON).
    int shown = Math.min(d.disagreements().size(), Disagreements.SHOWN_BY_DEFAULT);
    section(b, "Disagreements", d.disagreements().subList(0, shown), x -> disagreement(page, x));
    if (shown < d.disagreements().size()) {
      b.append("\n<details><summary>")
          .append(d.disagreements().size() - shown)
          .append(" more</summary>\n\n");
      d.disagreements()
          .subList(shown, d.disagreements().size())
          .forEach(x -> b.append("- ").append(disagreement(page, x)).append('\n'));
      b.append("\n</details>\n");
    }
    section(b, "Derivation links", d.links(), MarkdownExporter::link);
    return b.toString();
  }

  private static <T> void section(
      StringBuilder b, String title, List<T> items, Function<T, String> line) {
    b.append("\n## ").append(title).append("\n\n");
    if (items.isEmpty()) {
      b.append("None found.\n");
    }
    items.forEach(i -> b.append("- ").append(line.apply(i)).append('\n'));
  }

  private static String entity(Entity e) {
    return esc(e.name())
        + " ("
        + esc(e.type())
        + ", "
        + e.mentions()
        + " mention(s); also "
        + e.aliases().stream().map(MarkdownExporter::esc).collect(Collectors.joining(", "))
        + ")";
  }

  private static String timeline(DossierPage page, TimelineEntry t) {
    return "**" + esc(t.date()) + "** " + esc(t.text()) + " (" + sources(page, t.sources()) + ")";
  }

  private static String quote(DossierPage page, Quote q) {
    return (q.speaker().isBlank() ? "Unattributed" : esc(q.speaker()) + " " + esc(q.cue()))
        + ": "
        + (q.marked() ? "“" + esc(q.text()) + "”" : esc(q.text()) + " (reported speech)")
        + " (outlets: "
        + q.outlets().stream().map(MarkdownExporter::esc).collect(Collectors.joining(", "))
        + "; "
        + q.variants().size()
        + " other wording(s))";
  }

  private static String claim(DossierPage page, Claim c) {
    return esc(c.subject())
        + ": "
        + esc(c.value())
        + c.attribution().map(a -> " (according to " + esc(a) + ")").orElse("")
        + " ("
        + sources(page, c.sources())
        + ")";
  }

  private static String disagreement(DossierPage page, Disagreement x) {
    return esc(x.kind())
        + ": "
        + esc(x.description())
        + " ("
        + x.values().stream().map(MarkdownExporter::esc).collect(Collectors.joining(" vs "))
        + "; "
        + sources(page, x.sources())
        + ")";
  }

  private static String link(Link l) {
    return String.format(
        Locale.ROOT,
        "`%s` → `%s`: %s, similarity %.2f, direction confidence %.2f",
        esc(l.from()),
        esc(l.to()),
        l.kind().label(),
        l.similarity(),
        l.directionConfidence());
  }

  private static String sources(DossierPage page, List<SourceRef> refs) {
    return refs.stream()
        .map(r -> esc(page.label(r.article())) + " §" + (r.sentence() + 1))
        .collect(Collectors.joining("; "));
  }

  /**
   * Escapes inline Markdown punctuation with backslashes and HTML-significant characters as
   * entities; newlines become spaces, so a value never starts a line and block syntax ({@code #},
   * {@code -}, {@code 1.}) cannot apply to it.
   */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\n', '\r', '\t' -> b.append(' ');
        case '\\', '`', '*', '_', '[', ']', '|', '~' -> {
          b.append('\\').append(c);
        }
        default -> {
          if (!Character.isISOControl(c)) {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
