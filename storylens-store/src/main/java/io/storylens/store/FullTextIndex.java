// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The full-text index of the stored articles: an FTS5 table in its own SQLite file beside the
 * database ({@code NAME-fts}), filled by its own thread from the articles the database holds.
 *
 * <p>Why a second file: SQLite lets one connection at a time write a file, and at a million
 * articles FTS5 took three quarters of the single writer's time (docs/benchmarks.md). In a file of
 * its own the index is written by a second connection on a second thread while the writer stores
 * the next articles; it reads their title and text from the database, attached read-only, so the
 * writer hands nothing over and never waits for it.
 *
 * <p>Contract: the index is derived data. It records the highest article row it holds ({@code
 * indexed_seq}) in the same transaction as the rows, and each catch-up indexes the rows after it,
 * so a process killed between the database's commit and the index's loses nothing: the next one
 * catches up. A search first catches up with every article committed so far, so it sees what this
 * process (or another) stored before it started. An index file that belongs to another database,
 * holds rows the database does not, or has an older layout is emptied and rebuilt.
 *
 * <p>The table is contentless ({@code content=''}): the text is stored once, in the database. FTS5
 * cannot make snippets without the text, so a search copies its hits (at most {@code limit}) into a
 * small in-memory FTS5 table with the same tokenizer and lets FTS5 cut the snippets there: they are
 * the ones the single-file index gave.
 */
final class FullTextIndex implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FullTextIndex.class);

  /** Appended to the database's file name to name the index file. */
  static final String SUFFIX = "-fts";

  /** Version of the index file's layout; an index with another one is rebuilt. */
  static final String LAYOUT = "1";

  /** Rows per index transaction: one FTS5 segment each (the hash holds them, see below). */
  static final int CHUNK = 2_000;

  /** Rows behind past which opening the index says it is catching up. */
  private static final long BEHIND_NOTICE = 10_000;

  private static final String TOKENIZER = "porter unicode61";

  private final Path file;
  private final Path databaseFile;
  private final Connection connection; // guarded by this
  private final Thread worker;
  private final Object signal = new Object();
  private boolean pending; // guarded by signal
  private boolean stopping; // guarded by signal
  private volatile long required;

  /**
   * The highest article row this process has seen indexed (the index file may be further on): a
   * search of rows up to it need not catch up.
   */
  private final AtomicLong indexedUpTo = new AtomicLong();

  private boolean uncleanStop;

  private FullTextIndex(Path file, Path databaseFile, Connection connection) {
    this.file = file;
    this.databaseFile = databaseFile;
    this.connection = connection;
    this.worker = new Thread(this::work, "storylens-fts-index");
    worker.setDaemon(true);
  }

  /** The index file of {@code database}. */
  static Path fileOf(Path database) {
    return database.resolveSibling(database.getFileName() + SUFFIX);
  }

  /**
   * Opens (creating or rebuilding if needed) the index of the database at {@code database}, whose
   * identity is {@code databaseId}, and starts catching up with it in the background.
   */
  static FullTextIndex open(Path database, String databaseId)
      throws SQLException, java.io.IOException {
    Path file = fileOf(database);
    Database.createWithPageSize(file);
    SQLiteConfig config = Database.config();
    config.setOpenMode(SQLiteOpenMode.OPEN_URI); // for the read-only ATTACH below
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    try {
      try (PreparedStatement ps = c.prepareStatement("ATTACH DATABASE ? AS src")) {
        // Read-only, so that this connection's write transactions never lock the database.
        ps.setString(1, database.toAbsolutePath().toUri() + "?mode=ro");
        ps.execute();
      }
      prepare(c, databaseId);
      try (Statement st = c.createStatement()) {
        st.execute("PRAGMA temp_store = MEMORY");
        st.execute(
            "CREATE TEMP TABLE fts_pending (seq INTEGER PRIMARY KEY, title TEXT, text TEXT NOT NULL)");
      }
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
    long behind = maxSeq(c) - indexedSeq(c);
    if (behind > BEHIND_NOTICE) {
      // After the upgrade to V009, or when the file was deleted: searches wait for this.
      LOG.info("full-text index {} is {} articles behind; indexing them", file, behind);
    }
    FullTextIndex index = new FullTextIndex(file, database, c);
    index.uncleanStop = markOpen(c);
    index.worker.start();
    index.changed(); // catch up with what an earlier process left unindexed
    return index;
  }

  /**
   * Records that a process has the index open (cleared by {@link #close()}); returns whether the
   * mark was already there, i.e. a process stopped without closing it (killed, or a crash) or
   * another process has it open.
   */
  private static boolean markOpen(Connection c) throws SQLException {
    return Database.transaction(
        c,
        tx -> {
          boolean was;
          try (Statement st = tx.createStatement();
              ResultSet rs = st.executeQuery("SELECT value FROM fts_state WHERE key = 'open'")) {
            was = rs.next() && !rs.getString(1).equals("0");
          }
          try (Statement st = tx.createStatement()) {
            st.executeUpdate("INSERT OR REPLACE INTO fts_state(key, value) VALUES ('open', '1')");
          }
          return was;
        });
  }

  /** Whether the index was found open when this process opened it (see {@link #markOpen}). */
  boolean uncleanStop() {
    return uncleanStop;
  }

  /** Stops the indexing worker, waits for it, and closes the search connections. */
  private void stopWorker() {
    synchronized (signal) {
      stopping = true;
      signal.notifyAll();
    }
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeReaders();
  }

  /**
   * Stops the worker and closes the connection without indexing anything more: for an index found
   * damaged, which is deleted and rebuilt.
   */
  void abandon() {
    stopWorker();
    synchronized (this) {
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.warn("cannot close {}: {}", file, e.getMessage());
      }
    }
  }

  /** Creates the table, or empties it when it belongs to another database or layout. */
  private static void prepare(Connection c, String databaseId) throws SQLException {
    Database.runTransaction(
        c,
        tx -> {
          if (!matches(tx, databaseId)) {
            rebuild(tx, databaseId);
          }
        });
  }

  /** Whether the index file holds an index of this database, in this layout, not ahead of it. */
  private static boolean matches(Connection c, String databaseId) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE IF NOT EXISTS fts_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
      Map<String, String> state = new HashMap<>();
      try (ResultSet rs = st.executeQuery("SELECT key, value FROM fts_state")) {
        while (rs.next()) {
          state.put(rs.getString(1), rs.getString(2));
        }
      }
      long indexed = Long.parseLong(state.getOrDefault("indexed_seq", "0"));
      boolean valid =
          LAYOUT.equals(state.get("layout"))
              && databaseId.equals(state.get("database_id"))
              && indexed <= maxSeq(c);
      if (!valid && !state.isEmpty()) {
        LOG.info("rebuilding the full-text index: it does not match the database");
      }
      return valid;
    }
  }

  /** Replaces the index with an empty one of this database, at row 0. */
  private static void rebuild(Connection c, String databaseId) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS articles_fts");
      st.execute("DELETE FROM fts_state");
      st.execute(
          "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='', tokenize='"
              + TOKENIZER
              + "')");
      // Terms of a whole transaction stay in FTS5's hash (default 1 MB), so each transaction
      // writes one segment; merging 16 segments at a time rewrites each posting half as often
      // as the default 4 (docs/stages/store.md). Neither changes what a search finds.
      st.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 67108864)");
      st.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 16)");
      st.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('crisismerge', 64)");
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO fts_state(key, value) VALUES ('layout', ?), ('database_id', ?),"
                + " ('indexed_seq', '0')")) {
      ps.setString(1, LAYOUT);
      ps.setString(2, databaseId);
      ps.executeUpdate();
    }
  }

  private static long maxSeq(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM src.articles")) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** Tells the worker that the database committed something it may have to index. */
  void changed() {
    synchronized (signal) {
      pending = true;
      signal.notifyAll();
    }
  }

  /** Rows up to {@code seq} must be indexed before {@link #close()} returns. */
  void require(long seq) {
    synchronized (signal) {
      required = Math.max(required, seq);
    }
  }

  private void work() {
    while (true) {
      synchronized (signal) {
        while (!pending && !stopping) {
          try {
            signal.wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (stopping) {
          return;
        }
        pending = false;
      }
      try {
        while (!isStopping() && indexChunk() > 0) {
          // next chunk
        }
      } catch (RuntimeException e) {
        // A search or close() catches up again and reports the failure to its caller.
        LOG.warn("full-text indexing of {} failed: {}", file, e.getMessage());
      }
    }
  }

  private boolean isStopping() {
    synchronized (signal) {
      return stopping;
    }
  }

  /** Indexes every article committed so far, on the calling thread. */
  void catchUp() {
    while (indexChunk() > 0) {
      // next chunk
    }
  }

  /**
   * Indexes up to {@link #CHUNK} unindexed rows in one transaction; returns how many rows it
   * indexed or skipped (0 when the index has caught up).
   *
   * <p>The rows are first copied into an in-memory table, in a read of the database that ends
   * before the index's transaction starts: a reader holding the database's snapshot through a whole
   * index transaction keeps the writer from starting its write-ahead log over (see {@code
   * Database.truncateLogIfLarge}); copying inside SQLite costs a fifth less than handing the texts
   * through JDBC. The index's write lock is taken after that read, so the position is checked again
   * inside the transaction: two processes never index the same rows.
   */
  synchronized int indexChunk() {
    long from = query(FullTextIndex::indexedSeq);
    indexedUpTo.accumulateAndGet(from, Math::max);
    int staged = query(c -> stage(c, from));
    if (staged == 0) {
      return 0;
    }
    return inTransaction(
        c -> {
          try (Statement st = c.createStatement()) {
            if (indexedSeq(c) == from) { // else another process indexed them meanwhile
              st.executeUpdate(
                  "INSERT INTO articles_fts(rowid, title, text)"
                      + " SELECT seq, title, text FROM temp.fts_pending ORDER BY seq");
              st.executeUpdate(
                  "UPDATE fts_state SET value = (SELECT MAX(seq) FROM temp.fts_pending)"
                      + " WHERE key = 'indexed_seq'");
            }
            st.executeUpdate("DELETE FROM temp.fts_pending");
          }
          return staged;
        });
  }

  /** Copies up to {@link #CHUNK} rows after {@code from} into {@code temp.fts_pending}. */
  private static int stage(Connection c, long from) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.executeUpdate("DELETE FROM temp.fts_pending"); // what a failed transaction left
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO temp.fts_pending(seq, title, text) SELECT seq, title, text"
                + " FROM src.articles WHERE seq > ? ORDER BY seq LIMIT ?")) {
      ps.setLong(1, from);
      ps.setInt(2, CHUNK);
      return ps.executeUpdate();
    }
  }

  private static long indexedSeq(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT value FROM fts_state WHERE key = 'indexed_seq'")) {
      return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
    }
  }

  /**
   * The articles matching {@code match} (an FTS5 expression), best first, after catching up with
   * every committed article. SQLite asks {@code abandoned} every {@value #CHECK_EVERY} of its
   * virtual machine's steps and stops the search when it answers true.
   *
   * @throws java.util.concurrent.CancellationException when the search was stopped that way
   */
  List<ArticleStore.SearchHit> search(String match, int limit, BooleanSupplier abandoned) {
    Connection reader = borrowReader(abandoned);
    boolean healthy = false;
    Abandonment stop = new Abandonment(abandoned);
    try {
      // Catching up takes this index's lock, which the indexing thread holds while it indexes a
      // chunk: searches would wait for it, and for each other, even with nothing to index.
      if (maxSeq(reader) > indexedUpTo.get()) {
        synchronized (this) {
          catchUp();
        }
      }
      ProgressHandler.setHandler(reader, CHECK_EVERY, stop);
      List<ArticleStore.SearchHit> hits = search(reader, match, limit);
      ProgressHandler.clearHandler(reader);
      healthy = true;
      return hits;
    } catch (SQLException e) {
      throw new StorylensException(
          ErrorCode.STORE_FAILURE, "full-text index " + file + " failed: " + e, e);
    } catch (StorylensException e) {
      if (stop.stopped) {
        throw new CancellationException("search abandoned by its client");
      }
      throw e;
    } finally {
      // A stopped connection is closed rather than reused: it is cheap to open another.
      giveBack(reader, healthy);
    }
  }

  /**
   * SQLite virtual machine steps between two calls of a search's progress handler: about a
   * millisecond of work, so a search stops within milliseconds of being abandoned.
   */
  static final int CHECK_EVERY = 10_000;

  /** Stops SQLite (a non-zero answer interrupts the statement) once the search is abandoned. */
  private static final class Abandonment extends ProgressHandler {
    private final BooleanSupplier abandoned;
    volatile boolean stopped;

    Abandonment(BooleanSupplier abandoned) {
      this.abandoned = Objects.requireNonNull(abandoned, "abandoned");
    }

    @Override
    protected int progress() {
      if (!stopped && abandoned.getAsBoolean()) {
        stopped = true;
      }
      return stopped ? 1 : 0;
    }
  }

  /** Most searches that run at once; more wait for one of them to end. */
  static final int READERS = 4;

  /** How often a search waiting for a free connection asks whether it was abandoned. */
  static final int SLOT_POLL_MS = 50;

  /** How long a search may run before SQLite stops it. */
  static final int SEARCH_TIMEOUT_SECONDS = 10;

  private final Semaphore readerSlots = new Semaphore(READERS, true);
  private final ConcurrentLinkedDeque<Connection> idleReaders = new ConcurrentLinkedDeque<>();

  /**
   * A connection of its own for one search: searches run side by side, and never wait for the
   * indexing thread, which writes through {@link #connection}.
   */
  private Connection borrowReader(BooleanSupplier abandoned) {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(SEARCH_TIMEOUT_SECONDS);
    try {
      // A search abandoned while it waits for a slot gives up its wait (and its thread) too.
      while (!readerSlots.tryAcquire(SLOT_POLL_MS, TimeUnit.MILLISECONDS)) {
        if (abandoned.getAsBoolean()) {
          throw new CancellationException("search abandoned by its client while it waited");
        }
        if (System.nanoTime() - until > 0) {
          throw new StorylensException(
              ErrorCode.STORE_FAILURE, "too many searches at once; try again in a moment");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorylensException(ErrorCode.STORE_FAILURE, "interrupted while searching");
    }
    Connection c = idleReaders.pollFirst();
    if (c != null) {
      return c;
    }
    try {
      SQLiteConfig config = Database.config();
      config.setOpenMode(SQLiteOpenMode.OPEN_URI);
      c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
      try (PreparedStatement ps = c.prepareStatement("ATTACH DATABASE ? AS src")) {
        ps.setString(1, databaseFile.toAbsolutePath().toUri() + "?mode=ro");
        ps.execute();
      }
      try (Statement st = c.createStatement()) {
        st.execute("PRAGMA temp_store = MEMORY");
      }
      return c;
    } catch (SQLException e) {
      readerSlots.release();
      if (c != null) {
        try {
          c.close();
        } catch (SQLException ignored) {
          // already failing
        }
      }
      throw new StorylensException(
          ErrorCode.STORE_FAILURE, "full-text index " + file + " failed: " + e, e);
    }
  }

  private void giveBack(Connection c, boolean healthy) {
    try {
      if (healthy && !isStopping()) {
        idleReaders.addFirst(c);
        c = null;
      }
    } finally {
      readerSlots.release();
      if (c != null) {
        try {
          c.close();
        } catch (SQLException e) {
          LOG.warn("cannot close a search connection of {}: {}", file, e.getMessage());
        }
      }
    }
  }

  private void closeReaders() {
    for (Connection c; (c = idleReaders.pollFirst()) != null; ) {
      try {
        c.close();
      } catch (SQLException e) {
        LOG.warn("cannot close a search connection of {}: {}", file, e.getMessage());
      }
    }
  }

  private List<ArticleStore.SearchHit> search(Connection reader, String match, int limit) {
    try {
      return searchWith(reader, match, limit);
    } catch (SQLException e) {
      throw new StorylensException(
          ErrorCode.STORE_FAILURE, "full-text index " + file + " failed: " + e, e);
    }
  }

  private static List<ArticleStore.SearchHit> searchWith(Connection reader, String match, int limit)
      throws SQLException {
    Database.SqlWork<List<ArticleStore.SearchHit>> work =
        c -> {
          List<Long> seqs = new ArrayList<>();
          List<ArticleStore.SearchHit> found = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT a.seq, a.id, a.title, bm25(articles_fts) FROM articles_fts"
                      + " JOIN src.articles a ON a.seq = articles_fts.rowid"
                      + " WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts), a.seq LIMIT ?")) {
            ps.setQueryTimeout(SEARCH_TIMEOUT_SECONDS);
            ps.setString(1, match);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                seqs.add(rs.getLong(1));
                String title = rs.getString(3);
                found.add(
                    new ArticleStore.SearchHit(
                        rs.getString(2), title == null ? "" : title, "", rs.getDouble(4)));
              }
            }
          }
          Map<Long, String> snippets = snippets(c, seqs, match);
          List<ArticleStore.SearchHit> hits = new ArrayList<>();
          for (int i = 0; i < found.size(); i++) {
            ArticleStore.SearchHit h = found.get(i);
            hits.add(
                new ArticleStore.SearchHit(
                    h.id(), h.title(), snippets.getOrDefault(seqs.get(i), ""), h.rank()));
          }
          return hits;
        };
    return work.run(reader);
  }

  /** FTS5's snippets of the given rows, cut in a temporary in-memory index of just those rows. */
  private static Map<Long, String> snippets(Connection c, List<Long> seqs, String match)
      throws SQLException {
    Map<Long, String> out = new HashMap<>();
    if (seqs.isEmpty()) {
      return out;
    }
    try (Statement st = c.createStatement()) {
      st.execute(
          "CREATE VIRTUAL TABLE IF NOT EXISTS temp.hit_snippets USING fts5(title, text,"
              + " tokenize='"
              + TOKENIZER
              + "')");
      st.execute("DELETE FROM temp.hit_snippets");
    }
    StringJoiner in = new StringJoiner(",", "(", ")");
    seqs.forEach(s -> in.add(Long.toString(s)));
    Pattern words = SnippetWindow.pattern(match);
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT seq, title, text FROM src.articles WHERE seq IN " + in);
        PreparedStatement put =
            c.prepareStatement(
                "INSERT INTO temp.hit_snippets(rowid, title, text) VALUES (?, ?, ?)")) {
      while (rs.next()) {
        put.setLong(1, rs.getLong(1));
        put.setString(2, rs.getString(2));
        // FTS5 cuts a snippet in time that grows with the square of the matches in the text: it
        // gets a bounded window around the first match instead of a whole (maybe huge) article.
        put.setString(3, SnippetWindow.around(rs.getString(3), words));
        put.addBatch();
      }
      put.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT rowid, snippet(hit_snippets, 1, '[', ']', '…', 16) FROM temp.hit_snippets"
                + " WHERE hit_snippets MATCH ?")) {
      ps.setString(1, match);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), rs.getString(2));
        }
      }
    }
    try (Statement st = c.createStatement()) {
      st.execute("DELETE FROM temp.hit_snippets");
    }
    return out;
  }

  /**
   * Catches up, checks the index's structure with FTS5's integrity check (which throws when it is
   * damaged) and returns how many rows it holds.
   */
  synchronized long check() {
    catchUp();
    return query(
        c -> {
          try (Statement st = c.createStatement()) {
            st.execute(
                "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 0)");
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM articles_fts_docsize")) {
              return rs.next() ? rs.getLong(1) : 0;
            }
          }
        });
  }

  /** An FTS5 configuration value stored in the index ('hashsize', 'automerge', …), or -1. */
  synchronized long config(String key) {
    return query(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT v FROM articles_fts_config WHERE k = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? rs.getLong(1) : -1;
            }
          }
        });
  }

  /**
   * Stops the worker after its current chunk, indexes on the calling thread what this process
   * stored and the worker has not reached (the rest, if any, is left to the next process), and
   * closes the connection.
   */
  @Override
  public void close() {
    stopWorker();
    synchronized (this) {
      try {
        while (query(FullTextIndex::indexedSeq) < required && indexChunk() > 0) {
          // next chunk
        }
        inTransaction(
            c -> {
              try (Statement st = c.createStatement()) {
                return st.executeUpdate("UPDATE fts_state SET value = '0' WHERE key = 'open'");
              }
            });
      } finally {
        try {
          connection.close();
        } catch (SQLException e) {
          LOG.warn("cannot close {}: {}", file, e.getMessage());
        }
      }
    }
  }

  private <T> T query(Database.SqlWork<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StorylensException(
          ErrorCode.STORE_FAILURE, "full-text index " + file + " failed: " + e, e);
    }
  }

  private <T> T inTransaction(Database.SqlWork<T> work) {
    return query(c -> Database.transaction(c, work));
  }
}
