// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.sqlite.SQLiteConfig;

/**
 * One SQLite database file opened in WAL mode, migrated to the newest schema.
 *
 * <p>SQLite allows one writer at a time; this class serializes all access through one connection,
 * which is what a single process needs. Other processes writing the same file wait up to the busy
 * timeout instead of failing at once.
 */
public final class Database implements AutoCloseable {
  /** How long a writer waits for another process's lock before failing. */
  static final int BUSY_TIMEOUT_MS = 30_000;

  /** Page size of databases created from now on. */
  static final int PAGE_SIZE = 16_384;

  private final Path path;
  private final Connection connection;
  private int transactionDepth;

  private Database(Path path, Connection connection) {
    this.path = path;
    this.connection = connection;
  }

  /** Page cache per connection, in KiB (allocated as pages are read, not up front). */
  static final int CACHE_KIB = 64 * 1024;

  /** Opens (creating if needed) the database at {@code path} and applies pending migrations. */
  public static Database open(Path path) {
    Objects.requireNonNull(path, "path");
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (!Files.exists(path) || Files.size(path) == 0) {
        createWithPageSize(path);
      }
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
      config.enforceForeignKeys(true);
      config.setBusyTimeout(BUSY_TIMEOUT_MS);
      // A 64 MB page cache instead of SQLite's 2 MB: at a million articles the unique id index
      // alone is tens of MB, and every insert probes it at a random leaf.
      config.setCacheSize(-CACHE_KIB);
      // Take the write lock when a transaction begins, not at its first write: a transaction that
      // read first could otherwise fail at once (SQLITE_BUSY_SNAPSHOT) when another process wrote
      // in between, without waiting for the busy timeout.
      config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
      Database db = new Database(path, c);
      Migrations.apply(c);
      return db;
    } catch (SQLException | java.io.IOException e) {
      throw new StorylensException(
          ErrorCode.STORE_FAILURE, "cannot open database " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Creates the empty database file with {@link #PAGE_SIZE} pages, already in WAL mode: only a new
   * database can choose its page size, and it must do so before the journal mode is set (which
   * sqlite-jdbc does first when it opens a connection with a configuration). 16 KB pages instead of
   * 4 KB: an article's text (a few KB) fits in its row's page instead of spilling into overflow
   * pages, and the full-text index is written in fewer, larger pages; the single writer spends
   * 10–20 % less CPU per article, a third less in the kernel (README, issue #10). Existing
   * databases keep their page size.
   */
  private static void createWithPageSize(Path path) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path);
        Statement st = c.createStatement()) {
      st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS); // another process may be creating it
      st.execute("PRAGMA page_size = " + PAGE_SIZE);
      st.execute("PRAGMA journal_mode = WAL");
    }
  }

  /** The database file. */
  public Path path() {
    return path;
  }

  /** Work done against the connection that may throw {@link SQLException}. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs {@code work} with exclusive use of the connection, outside any transaction. */
  public synchronized <T> T read(SqlWork<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StorylensException(ErrorCode.STORE_FAILURE, "database read failed: " + e, e);
    }
  }

  /**
   * Runs {@code work} in one transaction: all of it is committed, or none of it (also when the
   * process dies half way). A transaction started inside another joins the outer one.
   */
  public synchronized <T> T inTransaction(SqlWork<T> work) {
    if (transactionDepth > 0) {
      transactionDepth++;
      try {
        return work.run(connection);
      } catch (SQLException e) {
        throw new StorylensException(ErrorCode.STORE_FAILURE, "database write failed: " + e, e);
      } finally {
        transactionDepth--;
      }
    }
    try {
      connection.setAutoCommit(false);
      transactionDepth = 1;
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        transactionDepth = 0;
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StorylensException(ErrorCode.STORE_FAILURE, "database write failed: " + e, e);
    }
  }

  /** The schema version after migrations. */
  public int schemaVersion() {
    return read(Migrations::currentVersion);
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StorylensException(ErrorCode.STORE_FAILURE, "cannot close " + path, e);
    }
  }
}
