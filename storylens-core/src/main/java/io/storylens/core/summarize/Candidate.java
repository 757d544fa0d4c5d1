// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize;

import io.storylens.model.Article;
import java.util.List;
import java.util.Set;

/**
 * One sentence of one article, ready for scoring.
 *
 * @param index position in the pool (pool order is chronological)
 * @param article the article
 * @param articleRank rank of the article in {@link Chronology#ORDER}
 * @param group the independent-source group of the article
 * @param sentence index in {@code Sentences.split(article.text())}
 * @param text the sentence
 * @param words whitespace-separated word count
 * @param terms stemmed ROUGE terms, in order
 * @param content distinct stemmed content terms (no stop words)
 * @param quoted whether the sentence opens with a quotation or starts inside one
 */
record Candidate(
    int index,
    Article article,
    int articleRank,
    String group,
    int sentence,
    String text,
    int words,
    List<String> terms,
    Set<String> content,
    boolean quoted) {}
