// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.export;

import io.storylens.core.text.Sentences;
import io.storylens.model.Article;
import io.storylens.model.Dossier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A dossier together with its articles, which exports need to show where each sentence comes from
 * (title, outlet, date, the sentence itself).
 *
 * @param dossier the dossier
 * @param articles its articles (others are ignored)
 */
public record DossierPage(Dossier dossier, List<Article> articles) {
  public DossierPage {
    Objects.requireNonNull(dossier, "dossier");
    List<String> ids = dossier.articles();
    articles = articles.stream().filter(a -> ids.contains(a.id())).toList();
  }

  /** The article with {@code id}, if it belongs to the dossier. */
  public Optional<Article> article(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The text of the sentence {@code ref} points to, if it exists. */
  public Optional<String> sentence(io.storylens.model.SourceRef ref) {
    return article(ref.article())
        .map(a -> Sentences.split(a.text()))
        .filter(s -> ref.sentence() < s.size())
        .map(s -> s.get(ref.sentence()));
  }

  /** "outlet, date: title" for {@code articleId}, or the id when the article is not here. */
  public String label(String articleId) {
    return article(articleId)
        .map(
            a ->
                a.outletName()
                    + a.publishedDate().map(d -> ", " + d).orElse(", undated")
                    + ": "
                    + a.displayTitle())
        .orElse(articleId);
  }

  /** Articles by id. */
  public Map<String, Article> byId() {
    Map<String, Article> out = new HashMap<>();
    articles.forEach(a -> out.put(a.id(), a));
    return out;
  }
}
