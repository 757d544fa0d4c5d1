// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One SQLite database file opened in WAL mode, migrated to the newest schema.
 *
 * <p>SQLite allows one writer at a time; this class serializes all access through one connection,
 * which is what a single process needs. Other processes writing the same file wait up to the busy
 * timeout instead of failing at once.
 */
public final class Database implements AutoCloseable {
  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(Database.class);

  /** How long a writer waits for another process's lock before failing. */
  static final int BUSY_TIMEOUT_MS = 30_000;

  /** Page size of databases created from now on. */
  static final int PAGE_SIZE = 16_384;

  /** Log size past which a commit checkpoints and truncates it ({@link #truncateLogIfLarge}). */
  static final long WAL_LIMIT_BYTES = 64L << 20;

  /** How long that checkpoint waits for readers of the log. */
  static final int WAL_WAIT_MS = 2_000;

  private final Path path;
  private final Path wal;
  private final long walLimitBytes;
  private long nextTruncateAt;
  private final Connection connection;

  // Set in open(), right after the migrations and before the instance escapes (NullAway cannot see
  // that from the constructor alone); replaced when found damaged.
  @SuppressWarnings("NullAway.Init")
  private volatile FullTextIndex fullText;

  private int transactionDepth;

  private Database(Path path, Connection connection, long walLimitBytes) {
    this.path = path;
    this.walLimitBytes = walLimitBytes;
    this.nextTruncateAt = walLimitBytes;
    this.wal = path.resolveSibling(path.getFileName() + "-wal");
    this.connection = connection;
  }

  /** Page cache per connection, in KiB (allocated as pages are read, not up front). */
  static final int CACHE_KIB = 64 * 1024;

  /** Opens (creating if needed) the database at {@code path} and applies pending migrations. */
  public static Database open(Path path) {
    return open(path, WAL_LIMIT_BYTES);
  }

  /** As {@link #open(Path)}, truncating the write-ahead log past {@code walLimitBytes} (tests). */
  static Database open(Path path, long walLimitBytes) {
    Objects.requireNonNull(path, "path");
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      createWithPageSize(path);
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + path, config().toProperties());
      Database db = new Database(path, c, walLimitBytes);
      try {
        Migrations.apply(c);
        db.fullText = openFullText(path, db.id());
      } catch (SQLException | RuntimeException e) {
        c.close();
        throw e;
      }
      return db;
    } catch (SQLException | IOException e) {
      throw new StorylensException(
          ErrorCode.STORE_FAILURE, "cannot open database " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens the full-text index; an index file SQLite cannot read is derived data, so it is deleted
   * and rebuilt instead of making the database unusable. After an unclean stop (the index was not
   * closed) its structure is checked, since damaged pages show only when a search reads them.
   */
  private static FullTextIndex openFullText(Path path, String id) throws SQLException, IOException {
    FullTextIndex index;
    try {
      index = FullTextIndex.open(path, id);
    } catch (SQLiteException e) {
      if (!damaged(e)) {
        throw e;
      }
      return replaceFullText(path, id, String.valueOf(e.getMessage()));
    }
    if (index.uncleanStop()) {
      try {
        index.check();
      } catch (StorylensException e) {
        if (!damaged(e)) {
          throw e;
        }
        index.abandon();
        return replaceFullText(path, id, String.valueOf(e.getMessage()));
      }
    }
    return index;
  }

  /** Deletes the index file (derived data) and opens a new one, which indexes every article. */
  private static FullTextIndex replaceFullText(Path path, String id, String why)
      throws SQLException, IOException {
    Path file = FullTextIndex.fileOf(path);
    LOG.warn("{} is damaged ({}); rebuilding it", file, why);
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
    }
    return FullTextIndex.open(path, id);
  }

  /** Whether {@code e} (or what caused it) says a file is not a database or damaged. */
  static boolean damaged(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLiteException s
          && (s.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB
              || (s.getResultCode().code & 0xFF) == SQLiteErrorCode.SQLITE_CORRUPT.code)) {
        return true;
      }
      if (t instanceof SQLException s
          && ((s.getErrorCode() & 0xFF) == SQLiteErrorCode.SQLITE_CORRUPT.code
              || (s.getErrorCode() & 0xFF) == SQLiteErrorCode.SQLITE_NOTADB.code)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Searches the full-text index ({@code match} is an FTS5 expression). An index found damaged
   * ({@code SQLITE_CORRUPT}: pages a search reads are broken, while others may still be fine) is
   * deleted and rebuilt from the articles, and the search runs again. Stopped once {@code
   * abandoned} answers true ({@link java.util.concurrent.CancellationException}).
   */
  List<ArticleStore.SearchHit> search(String match, int limit, BooleanSupplier abandoned) {
    FullTextIndex index;
    synchronized (this) {
      index = fullText;
    }
    try {
      return index.search(match, limit, abandoned);
    } catch (StorylensException e) {
      if (!damaged(e)) {
        throw e;
      }
      synchronized (this) {
        if (fullText == index) {
          index.abandon();
          try {
            fullText = replaceFullText(path, id(), String.valueOf(e.getMessage()));
          } catch (SQLException | IOException again) {
            throw new StorylensException(
                ErrorCode.STORE_FAILURE, "cannot rebuild the full-text index: " + again, again);
          }
        }
        index = fullText;
      }
      return index.search(match, limit, abandoned);
    }
  }

  /** The settings of every connection this store opens. */
  static SQLiteConfig config() {
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
    return config;
  }

  /** This database's identity (migration V009), which its full-text index file records. */
  private String id() throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT value FROM store_meta WHERE key = 'id'")) {
      if (!rs.next()) {
        throw new SQLException("store_meta has no id");
      }
      return rs.getString(1);
    }
  }

  /**
   * Creates the empty database file with {@link #PAGE_SIZE} pages, already in WAL mode: only a new
   * database can choose its page size, and it must do so before the journal mode is set (which
   * sqlite-jdbc does first when it opens a connection with a configuration). 16 KB pages instead of
   * 4 KB: an article's text (a few KB) fits in its row's page instead of spilling into overflow
   * pages, and the full-text index is written in fewer, larger pages; the single writer spends
   * 10–20 % less CPU per article, a third less in the kernel (docs/benchmarks.md). Existing
   * databases keep their page size.
   *
   * <p>The empty file is created here, atomically, before any connection opens it. Why: when the
   * file does not exist, sqlite-jdbc checks that it may create it by creating and deleting it
   * ({@code createNewFile(); delete()}); two openers of a new database at once (two threads, two
   * processes) then race: one's check deletes the file the other's SQLite has just created and
   * opened. That opener goes on in a deleted file (what it stores is lost) while the next one
   * creates another file of the same name, and the two share journal, log and shared-memory files
   * by name without sharing locks: SQLITE_IOERR_DELETE_NOENT when one deletes the journal the other
   * is about to delete, SQLITE_BUSY, or a crash on the truncated shared memory. A zero-length file
   * is a valid empty database, and with it in place the check never runs.
   */
  static void createWithPageSize(Path path) throws SQLException, IOException {
    createIfAbsent(path);
    if (Files.size(path) > 0) {
      return;
    }
    long deadline = System.nanoTime() + BUSY_TIMEOUT_MS * 1_000_000L;
    while (true) {
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path);
          Statement st = c.createStatement()) {
        st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS); // another opener may create it
        st.execute("PRAGMA page_size = " + PAGE_SIZE);
        st.execute("PRAGMA journal_mode = WAL");
        return;
      } catch (SQLException e) {
        // Switching to WAL reads the header and then writes it; when another opener holds the
        // write lock, SQLite answers BUSY at once instead of waiting (waiting while holding a read
        // lock could deadlock). Once the other opener is done the switch finds WAL already set.
        if ((e.getErrorCode() & 0xFF) != SQLiteErrorCode.SQLITE_BUSY.code
            || System.nanoTime() > deadline) {
          throw e;
        }
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted while creating " + path, e);
      }
    }
  }

  /** Creates {@code path} as an empty file unless it exists; safe when others do the same. */
  static void createIfAbsent(Path path) throws IOException {
    try {
      Files.createFile(path);
    } catch (FileAlreadyExistsException e) {
      // created by another opener, or an existing database: both are what this wants
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

  /** Work done against the connection, for its effect only, that may throw {@link SQLException}. */
  @FunctionalInterface
  public interface SqlAction {
    void run(Connection connection) throws SQLException;
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
    T result;
    try {
      transactionDepth = 1;
      result = transaction(connection, work);
    } catch (SQLException e) {
      throw writeFailed(e);
    } finally {
      transactionDepth = 0;
    }
    // Committed: what follows is housekeeping, and must not report the write as failed.
    if (fullText != null) {
      fullText.changed();
    }
    truncateLogIfLarge();
    return result;
  }

  /** As {@link #inTransaction(SqlWork)}, for work that returns nothing. */
  public void runInTransaction(SqlAction work) {
    inTransaction(
        c -> {
          work.run(c);
          return Boolean.TRUE;
        });
  }

  /**
   * SQLite primary result codes that say the database, not the rows written, is at fault: PERM,
   * READONLY, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB (BUSY after the busy timeout is not among
   * them: another writer may finish).
   */
  private static final Set<Integer> UNUSABLE = Set.of(3, 8, 10, 11, 13, 14, 26);

  /**
   * Whether {@code failure} or one of its causes says that the database cannot be written at all
   * (read-only, full, failing disk, damaged file), so that retrying other rows is pointless.
   */
  public static boolean isUnusable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNUSABLE.contains(sql.getErrorCode() & 0xFF)) {
        return true;
      }
    }
    return false;
  }

  /** As {@link #transaction(Connection, SqlWork)}, for work that returns nothing. */
  static void runTransaction(Connection c, SqlAction work) throws SQLException {
    transaction(
        c,
        tx -> {
          work.run(tx);
          return Boolean.TRUE;
        });
  }

  /**
   * Runs {@code work} on {@code c} in one transaction, committed if it returns and rolled back if
   * it throws; the connection is back in auto-commit mode either way.
   */
  static <T> T transaction(Connection c, SqlWork<T> work) throws SQLException {
    c.setAutoCommit(false);
    try {
      T result = work.run(c);
      c.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        c.rollback();
      } catch (SQLException rollback) {
        // SQLite rolls back by itself on some errors (a full disk among them); then this one
        // ("no transaction is active") would hide the cause.
        e.addSuppressed(rollback);
      }
      throw e;
    } finally {
      try {
        c.setAutoCommit(true);
      } catch (SQLException ignored) {
        // already in auto-commit mode after SQLite's own rollback
      }
    }
  }

  /** Whether {@code e} (or what caused it) says the disk or the database is full. */
  static boolean full(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s
          && (s.getErrorCode() & 0xFF) == SQLiteErrorCode.SQLITE_FULL.code) {
        return true;
      }
      if (t instanceof SQLiteException s
          && (s.getResultCode().code & 0xFF) == SQLiteErrorCode.SQLITE_FULL.code) {
        return true;
      }
    }
    return false;
  }

  private StorylensException writeFailed(SQLException e) {
    if (full(e)) {
      return new StorylensException(
          ErrorCode.STORE_FAILURE,
          "the disk is full: cannot write "
              + path
              + " (nothing of this write was stored; free some space and try again)",
          e);
    }
    return new StorylensException(ErrorCode.STORE_FAILURE, "database write failed: " + e, e);
  }

  /**
   * Checkpoints the write-ahead log and truncates it once it passes {@link #WAL_LIMIT_BYTES}.
   *
   * <p>Why: SQLite's automatic checkpoints copy the log into the database but start the log over
   * only when, at the start of a write, nothing in it is left to copy; while a reader (the
   * full-text index's thread, another process) holds an older snapshot, that moment never comes
   * during a long ingest, and the log grew to 8 GB at a million articles, every read of a page
   * searching it. TRUNCATE waits for those readers (at most {@link #WAL_WAIT_MS}: a reader's read
   * is short) and then starts the log over. When a reader outlasts the wait, the next attempt comes
   * after another {@link #WAL_LIMIT_BYTES}, so a long reader never makes every commit wait.
   */
  private void truncateLogIfLarge() {
    long size;
    try {
      size = Files.size(wal);
    } catch (IOException e) {
      return; // no log (yet): nothing to truncate
    }
    if (size < nextTruncateAt) {
      return;
    }
    try (Statement st = connection.createStatement()) {
      st.execute("PRAGMA busy_timeout = " + WAL_WAIT_MS);
      try (ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
        boolean busy = rs.next() && rs.getInt(1) != 0;
        nextTruncateAt = busy ? size + walLimitBytes : walLimitBytes;
      } finally {
        st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
      }
    } catch (SQLException e) {
      nextTruncateAt = size + walLimitBytes;
      LOG.warn("cannot checkpoint {}: {}", wal, e.getMessage());
    }
  }

  /** The schema version after migrations. */
  public int schemaVersion() {
    return read(Migrations::currentVersion);
  }

  /** The full-text index of this database's articles. */
  FullTextIndex fullText() {
    return fullText;
  }

  /**
   * Waits until the full-text index holds every article committed so far (indexing on the calling
   * thread what the index's own thread has not reached yet).
   */
  public void awaitIndexed() {
    fullText.catchUp();
  }

  /**
   * Catches up, checks the full-text index's structure (throws {@link StorylensException} when it
   * is damaged) and returns how many articles it holds.
   */
  public long checkFullTextIndex() {
    return fullText.check();
  }

  /** The files that make up this database: the database and its full-text index. */
  public List<Path> files() {
    return List.of(path, FullTextIndex.fileOf(path));
  }

  /**
   * Closes the database after the full-text index has caught up with the articles this process
   * stored.
   */
  @Override
  public synchronized void close() {
    try {
      fullText.close();
    } finally {
      closeConnection();
    }
  }

  private void closeConnection() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StorylensException(ErrorCode.STORE_FAILURE, "cannot close " + path, e);
    }
  }
}
