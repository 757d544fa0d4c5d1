// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import io.storylens.store.ArticleStore;
import io.storylens.store.Database;
import io.storylens.store.SqliteArticleStore;
import io.storylens.store.StoreDigests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Digests of what an ingest stored, so a change to the ingest path can be checked to store the same
 * data: one SHA-256 over every article row (all columns, in row order), one over the article
 * records read back through the store, and one over the hits (id, snippet, rank) of a few searches.
 */
final class StoreDigest {
  /**
   * Common words of the synthetic corpus and a rare one, so both long and short hit lists count.
   */
  private static final List<String> QUERIES =
      List.of("government", "police said", "president election", "earthquake", "covid vaccine");

  private StoreDigest() {}

  static Map<String, Object> of(Path dbFile) {
    try (Database db = Database.open(dbFile)) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("digest_rows", StoreDigests.articleRows(db));
      SqliteArticleStore store = new SqliteArticleStore(db);
      MessageDigest records = sha256();
      for (var a : store.all()) {
        update(records, io.storylens.model.json.Json.mapper().writeValueAsString(a));
      }
      out.put("digest_records", hex(records));
      MessageDigest hits = sha256();
      int total = 0;
      for (String q : QUERIES) {
        for (ArticleStore.SearchHit h : store.search(q, 50)) {
          update(hits, q + '\t' + h.id() + '\t' + h.title() + '\t' + h.snippet());
          update(hits, Double.toString(h.rank()));
          total++;
        }
      }
      out.put("digest_search", hex(hits));
      out.put("digest_search_hits", total);
      return out;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(MessageDigest md, String s) {
    md.update(s.getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(MessageDigest md) {
    return HexFormat.of().formatHex(md.digest());
  }
}
