// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import io.storylens.core.ingest.DocumentParser;
import io.storylens.core.ingest.HtmlParser;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.IngestProblem;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.ingest.InputFile;
import io.storylens.core.ingest.JsonLinesParser;
import io.storylens.core.ingest.ParseResult;
import io.storylens.core.ingest.WarcParser;
import io.storylens.model.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * A seeded mutation fuzzer for every input parser. Hand-written because the mutations that matter
 * here (format tokens such as {@code WARC/1.0}, {@code <html>}, {@code {"text":}, gzip wrapping)
 * are specific to Storylens, and every build runs a thousand reproducible mutants of the seeds
 * ({@code FuzzTest}) with no corpus to keep in the repository: Jazzer's JUnit integration (on Maven
 * Central, native driver included) replays a stored corpus in a normal test run and fuzzes only
 * when asked to, one test at a time. Its coverage guidance would be the gain; not measured here. Each input is fed to {@link Ingestor#read(String, byte[])} (format detection, gunzip,
 * WARC, every text parser), to {@link Ingestor#read(InputFile)} as a file (the path that streams
 * JSON Lines in chunks of lines) and, as text, directly to the HTML and JSON Lines parsers and, as bytes,
 * to the WARC parser. A finding is: an exception out of a parser, a problem with code {@code
 * INTERNAL} (a parser bug caught by the safety net), a problem that does not name its input or has
 * an empty reason, or an input that takes longer than the time bound.
 */
public final class Fuzzer {
  private static final byte[][] TOKENS = {
    ascii("WARC/1.0\r\n"),
    ascii("WARC-Type: response\r\n"),
    ascii("Content-Length: 99999999999\r\n"),
    ascii("Content-Type: application/http; msgtype=response\r\n\r\n"),
    ascii("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=x-unknown\r\n\r\n"),
    ascii("Transfer-Encoding: chunked\r\n"),
    ascii("<html>"),
    ascii("<script type=\"application/ld+json\">{\"datePublished\":\"0000-99-99\"}</script>"),
    ascii("<meta property=\"article:published_time\" content=\"9999-12-31\">"),
    ascii("<![CDATA["),
    ascii("<!--"),
    ascii("{\"text\":\""),
    ascii("{\"date_publish\": [1, {}], \"text\": 7}"),
    ascii("\\ud800"),
    ascii(" date 2099-13-45 "),
    ascii("\n20211399\nhttp://x\n"),
    ascii("Tue, 31 Feb 2022\n"),
    {(byte) 0x1f, (byte) 0x8b, 8, 0},
    {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
    {(byte) 0xfe, (byte) 0xff},
    {(byte) 0xc3, (byte) 0x28},
    {0},
  };

  /** Figures of one run. */
  public record Stats(
      long inputs,
      long articles,
      Map<String, Long> rejections,
      List<String> findings,
      long maxMillis,
      double seconds) {
    public Stats {
      rejections = Map.copyOf(rejections);
      findings = List.copyOf(findings);
    }
  }

  private final List<byte[]> seeds;
  private final long timeoutMillis;
  private volatile boolean progress;
  private final Ingestor ingestor = new Ingestor(new IngestOptions(2L * 1024 * 1024));
  private final HtmlParser html = new HtmlParser();
  private final JsonLinesParser jsonl = new JsonLinesParser();

  /** One scratch file per fuzzing thread, for the file path of the ingest. */
  private final ThreadLocal<Path> scratch =
      ThreadLocal.withInitial(
          () -> {
            try {
              Path f = Files.createTempFile("storylens-fuzz", ".input");
              f.toFile().deleteOnExit();
              return f;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });

  private final WarcParser warc = new WarcParser(2L * 1024 * 1024);

  /**
   * @param seeds valid inputs to mutate (text, HTML, JSON Lines, WARC, gzip)
   * @param timeoutMillis the time bound per input
   */
  public Fuzzer(List<byte[]> seeds, long timeoutMillis) {
    if (seeds.isEmpty() || timeoutMillis < 1) {
      throw new IllegalArgumentException("need seeds and a positive time bound");
    }
    this.seeds = List.copyOf(seeds);
    this.timeoutMillis = timeoutMillis;
  }

  /** Prints a line every 10,000 inputs to stderr. */
  public Fuzzer withProgress() {
    progress = true;
    return this;
  }

  /** Runs {@code n} mutated inputs from {@code seed}; findings name the input number. */
  public Stats run(long n, long seed) {
    return run(0, n, seed);
  }

  /**
   * Runs inputs {@code [from, to)} of the sequence for {@code seed}. The time bound is on the CPU
   * time of the parsing thread, so a loaded machine does not make slow inputs look hung; a thread
   * blocked without using CPU is caught by a wall-clock bound of 20 times as long.
   */
  public Stats run(long from, long to, long seed) {
    return run(from, to, seed, Long.MAX_VALUE);
  }

  /** Like {@link #run(long, long, long)}, stopping early at {@code deadlineNanos} (nanoTime). */
  public Stats run(long from, long to, long seed, long deadlineNanos) {
    long n = to - from;
    long done = 0;
    ExecutorService worker = Executors.newSingleThreadExecutor(Fuzzer::daemon);
    Map<String, Long> rejections = new TreeMap<>();
    List<String> findings = new ArrayList<>();
    long articles = 0;
    long maxMillis = 0;
    long t0 = System.nanoTime();
    try {
      for (long i = from; i < to && System.nanoTime() < deadlineNanos; i++) {
        done++;
        byte[] input = mutate(new SplittableRandom(seed * 1_000_003L + i));
        String name = "fuzz-" + seed + "-" + i;
        long start = System.nanoTime();
        AtomicLong thread = new AtomicLong(-1);
        AtomicLong cpuAtStart = new AtomicLong();
        Future<Outcome> f =
            worker.submit(
                () -> {
                  // The worker is reused: its CPU time counts every input it ran before.
                  cpuAtStart.set(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                  thread.set(Thread.currentThread().getId());
                  return feed(name, input);
                });
        try {
          Outcome o = await(f, thread, cpuAtStart);
          articles += o.articles;
          o.codes.forEach(c -> rejections.merge(c, 1L, Long::sum));
          findings.addAll(o.findings);
        } catch (TimeoutException e) {
          findings.add(name + ": no result within " + timeoutMillis + " ms of CPU (hang)");
          f.cancel(true);
          // The stuck thread cannot be stopped; go on with a fresh one.
          worker.shutdownNow();
          worker = Executors.newSingleThreadExecutor(Fuzzer::daemon);
        } catch (ExecutionException e) {
          findings.add(name + ": uncaught " + e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
        maxMillis = Math.max(maxMillis, (System.nanoTime() - start) / 1_000_000);
        if (progress && (i - from + 1) % 10_000 == 0) {
          System.err.printf(
              Locale.ROOT, "fuzz: %d/%d inputs, %d findings%n", i - from + 1, n, findings.size());
        }
      }
    } finally {
      worker.shutdownNow();
    }
    return new Stats(
        done, articles, rejections, findings, maxMillis, (System.nanoTime() - t0) / 1e9);
  }

  private Outcome await(Future<Outcome> f, AtomicLong thread, AtomicLong cpuAtStart)
      throws InterruptedException, ExecutionException, TimeoutException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long wallLimit = System.nanoTime() + timeoutMillis * 20_000_000L;
    while (true) {
      try {
        return f.get(50, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        long id = thread.get();
        long cpu = id < 0 ? 0 : threads.getThreadCpuTime(id) - cpuAtStart.get();
        if (cpu > timeoutMillis * 1_000_000L || System.nanoTime() > wallLimit) {
          throw e;
        }
      }
    }
  }

  private record Outcome(long articles, List<String> codes, List<String> findings) {}

  private Outcome feed(String name, byte[] input) {
    List<String> codes = new ArrayList<>();
    List<String> findings = new ArrayList<>();
    Ingestor.Result r = ingestor.read(name, input);
    check(name, "ingest", r.problems(), codes, findings);
    // The same bytes as a file: the path that streams JSON Lines (and gzip) in chunks of lines.
    try {
      Path file = scratch.get();
      Files.write(file, input);
      check(
          name,
          "file",
          ingestor.read(new InputFile(name, file)).problems(),
          new ArrayList<>(),
          findings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = new String(input, StandardCharsets.UTF_8);
    for (Map.Entry<String, DocumentParser> p : Map.of("html", html, "jsonl", jsonl).entrySet()) {
      try {
        ParseResult pr = p.getValue().parse(name, text);
        check(name, p.getKey(), pr.problems(), new ArrayList<>(), findings);
      } catch (RuntimeException | StackOverflowError e) {
        findings.add(name + ": " + p.getKey() + " parser threw " + e);
      }
    }
    try {
      WarcParser.Parsed wp = warc.parse(name, new ByteArrayInputStream(input));
      check(name, "warc", wp.problems(), new ArrayList<>(), findings);
    } catch (RuntimeException | StackOverflowError e) {
      findings.add(name + ": warc parser threw " + e);
    }
    return new Outcome(r.articles().size(), codes, findings);
  }

  private static void check(
      String name,
      String parser,
      List<IngestProblem> problems,
      List<String> codes,
      List<String> findings) {
    for (IngestProblem p : problems) {
      codes.add(p.code().name());
      if (p.code() == ErrorCode.INTERNAL) {
        findings.add(name + ": " + parser + ": internal error: " + p.reason());
      } else if (p.reason().isBlank() || !p.source().startsWith(name)) {
        findings.add(name + ": " + parser + ": unclear problem: " + p);
      }
    }
  }

  /** One mutant: a seed (or two spliced) with 1–8 mutations, sometimes gzipped. */
  byte[] mutate(SplittableRandom r) {
    byte[] b = seeds.get(r.nextInt(seeds.size())).clone();
    int rounds = 1 + r.nextInt(8);
    for (int k = 0; k < rounds; k++) {
      b = mutateOnce(b, r);
    }
    if (r.nextInt(10) == 0) {
      b = gzip(b);
      if (r.nextBoolean() && b.length > 12) {
        b[10 + r.nextInt(b.length - 10)] ^= (byte) (1 << r.nextInt(8));
      }
    }
    return b;
  }

  private byte[] mutateOnce(byte[] b, SplittableRandom r) {
    int len = b.length;
    int at = len == 0 ? 0 : r.nextInt(len);
    switch (r.nextInt(9)) {
      case 0 -> { // flip a bit
        if (len > 0) {
          b[at] ^= (byte) (1 << r.nextInt(8));
        }
        return b;
      }
      case 1 -> { // set an interesting byte
        if (len > 0) {
          byte[] interesting = {0, (byte) 0xff, '<', '>', '{', '}', '"', '\n', '\r', ':', '\\'};
          b[at] = interesting[r.nextInt(interesting.length)];
        }
        return b;
      }
      case 2 -> { // delete a chunk
        int n = Math.min(len - at, 1 + r.nextInt(64));
        return concat(slice(b, 0, at), slice(b, at + n, len));
      }
      case 3 -> { // duplicate a chunk
        int n = Math.min(len - at, 1 + r.nextInt(256));
        return concat(slice(b, 0, at + n), slice(b, at, len));
      }
      case 4 -> { // insert random bytes
        byte[] junk = new byte[1 + r.nextInt(32)];
        for (int i = 0; i < junk.length; i++) {
          junk[i] = (byte) r.nextInt(256);
        }
        return concat(slice(b, 0, at), junk, slice(b, at, len));
      }
      case 5 -> { // truncate
        return slice(b, 0, at);
      }
      case 6 -> { // splice with another seed
        byte[] other = seeds.get(r.nextInt(seeds.size()));
        int from = other.length == 0 ? 0 : r.nextInt(other.length);
        return concat(slice(b, 0, at), slice(other, from, other.length));
      }
      case 7 -> { // insert a format token
        return concat(slice(b, 0, at), TOKENS[r.nextInt(TOKENS.length)], slice(b, at, len));
      }
      default -> { // repeat a chunk many times (deep nesting, long lines)
        int n = Math.min(len - at, 1 + r.nextInt(8));
        byte[] chunk = slice(b, at, at + n);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.write(b, 0, at);
        for (int i = 0, times = 100 + r.nextInt(5000); i < times; i++) {
          o.write(chunk, 0, chunk.length);
        }
        o.write(b, at, len - at);
        return o.toByteArray();
      }
    }
  }

  static byte[] gzip(byte[] b) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(o)) {
      g.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return o.toByteArray();
  }

  private static byte[] slice(byte[] b, int from, int to) {
    return Arrays.copyOfRange(b, Math.min(from, b.length), Math.min(to, b.length));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      o.write(Objects.requireNonNull(p), 0, p.length);
    }
    return o.toByteArray();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "storylens-fuzz");
    t.setDaemon(true);
    return t;
  }
}
