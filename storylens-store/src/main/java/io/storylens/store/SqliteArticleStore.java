// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylens.model.Article;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import io.storylens.model.Urls;
import io.storylens.model.json.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link ArticleStore} on SQLite. The full-text index lives in a file of its own and is filled by
 * its own thread ({@link FullTextIndex}); a search first catches up with every stored article.
 *
 * <p>The body is stored once, in the {@code text} column; the JSON {@code record} holds every other
 * field with an empty text (records written before this change still carry the text, and are read
 * as they are). This halves the bytes serialized and stored per article.
 */
public final class SqliteArticleStore implements ArticleStore {
  private static final ObjectMapper JSON = Json.mapper();
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final Database db;

  public SqliteArticleStore(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public PutResult putAll(List<Article> articles) {
    Objects.requireNonNull(articles, "articles");
    return db.inTransaction(
        c -> {
          List<String> added = new ArrayList<>();
          List<String> existing = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO articles(id, source, outlet, title, published, text, record,"
                      + " url_key) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(id) DO NOTHING")) {
            for (Article a : articles) {
              ps.setString(1, a.id());
              ps.setString(2, a.source());
              ps.setString(3, a.outlet().value().orElse(null));
              ps.setString(4, a.title().value().orElse(null));
              ps.setString(5, a.publishedDate().map(Object::toString).orElse(null));
              ps.setString(6, a.text());
              ps.setString(7, toJson(a));
              ps.setString(8, a.normalizedUrl().orElse(""));
              (ps.executeUpdate() == 1 ? added : existing).add(a.id());
            }
          }
          if (!added.isEmpty()) {
            // Indexed by the index's own thread once this commits; close() waits for it.
            db.fullText().require(lastSeq(c));
          }
          return new PutResult(added, existing);
        });
  }

  /** The highest row number handed out so far (AUTOINCREMENT: new rows always get higher ones). */
  private static long lastSeq(java.sql.Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("SELECT seq FROM sqlite_sequence WHERE name = 'articles'");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  @Override
  public Optional<Article> get(String id) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT record, text FROM articles WHERE id=?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(fromJson(rs.getString(1), rs.getString(2)))
                  : Optional.empty();
            }
          }
        });
  }

  @Override
  public List<Article> all() {
    return db.read(
        c -> {
          List<Article> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT record, text FROM articles ORDER BY seq");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(fromJson(rs.getString(1), rs.getString(2)));
            }
          }
          return out;
        });
  }

  @Override
  public List<Article> withUrl(String url) {
    String key = Urls.normalized(Objects.requireNonNull(url, "url"));
    if (key.isEmpty()) {
      return List.of(); // "" marks the articles without a URL
    }
    boolean unfilled =
        db.read(
            c -> {
              try (PreparedStatement ps =
                      c.prepareStatement("SELECT 1 FROM articles WHERE url_key IS NULL LIMIT 1");
                  ResultSet rs = ps.executeQuery()) {
                return rs.next();
              }
            });
    if (unfilled) {
      fillUrlKeys();
    }
    return db.read(
        c -> {
          List<Article> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT record, text FROM articles WHERE url_key = ? ORDER BY seq")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(fromJson(rs.getString(1), rs.getString(2)));
              }
            }
          }
          return out;
        });
  }

  /** Gives rows stored before migration V019 their normalized URL (once: then none is NULL). */
  private void fillUrlKeys() {
    db.runInTransaction(
        c -> {
          List<String[]> keys = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT seq, record FROM articles WHERE url_key IS NULL");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              String key = fromJson(rs.getString(2), "").normalizedUrl().orElse("");
              keys.add(new String[] {rs.getString(1), key});
            }
          }
          if (keys.isEmpty()) {
            return;
          }
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE articles SET url_key = ? WHERE seq = ?")) {
            for (String[] k : keys) {
              ps.setString(1, k[1]);
              ps.setLong(2, Long.parseLong(k[0]));
              ps.addBatch();
            }
            ps.executeBatch();
          }
        });
  }

  @Override
  public int count() {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM articles");
              ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
          }
        });
  }

  @Override
  public List<SearchHit> search(String query, int limit) {
    return search(query, limit, () -> false);
  }

  @Override
  public List<SearchHit> search(String query, int limit, BooleanSupplier abandoned) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(abandoned, "abandoned");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1: " + limit);
    }
    String match = toMatchExpression(query);
    if (match.isEmpty()) {
      return List.of();
    }
    return db.search(match, limit, abandoned);
  }

  /** Quotes every word so user input never reaches FTS5 as query syntax. */
  static String toMatchExpression(String query) {
    List<String> terms = new ArrayList<>();
    Matcher m = WORD.matcher(query);
    while (m.find()) {
      terms.add('"' + m.group() + '"');
    }
    return String.join(" ", terms);
  }

  private static String toJson(Article a) throws SQLException {
    try {
      return JSON.writeValueAsString(a.withText(""));
    } catch (JsonProcessingException e) {
      throw new SQLException("cannot serialize article " + a.id(), e);
    }
  }

  private static Article fromJson(String json, String text) throws SQLException {
    try {
      Article a = JSON.readValue(json, Article.class);
      return a.text().isEmpty() ? a.withText(text) : a;
    } catch (JsonProcessingException e) {
      throw new StorylensException(ErrorCode.STORE_FAILURE, "corrupt article record: " + e, e);
    }
  }
}
