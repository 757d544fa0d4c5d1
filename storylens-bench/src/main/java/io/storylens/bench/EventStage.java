// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import io.storylens.core.cluster.ClusterDoc;
import io.storylens.core.cluster.OnlineClusterer;
import io.storylens.model.Article;
import io.storylens.store.ArticleStore;
import io.storylens.store.ForwardingArticleStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The event stage of {@link IngestBench}: a store wrapper hands every newly committed article to
 * one thread running the {@link OnlineClusterer}, and the bench measures the article-to-event
 * latency, from the commit that stored an article to the assignment of its event (wall clock, so it
 * includes waiting in the queue), plus the CPU time of each assignment. The queue is bounded: when
 * clustering falls behind, the writer waits (back-pressure) instead of memory growing, so the
 * latency stays what a live feed at that rate would see.
 */
final class EventStage implements AutoCloseable {
  private static final Article END = null;

  private final BlockingQueue<Item> queue;
  private final OnlineClusterer clusterer = new OnlineClusterer();
  private final Clock clock;
  private final Thread thread;
  private long[] latencyNanos = new long[1 << 16];
  private long[] cpuNanos = new long[1 << 16];
  private int assigned;
  private volatile Throwable failure;

  private record Item(Article article, long committedNanos) {}

  EventStage(int capacity, Clock clock) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.thread = new Thread(this::run, "storylens-bench-events");
    thread.setDaemon(true);
    thread.start();
  }

  /** Wraps {@code store} so that every article it newly stores is queued for clustering. */
  ArticleStore feeding(ArticleStore store) {
    return new ForwardingArticleStore(store) {
      @Override
      public PutResult putAll(List<Article> articles) {
        PutResult r = super.putAll(articles); // returns after the commit
        long committed = System.nanoTime();
        Set<String> added = new HashSet<>(r.added());
        for (Article a : articles) {
          if (added.remove(a.id())) {
            put(new Item(a, committed));
          }
        }
        return r;
      }
    };
  }

  private void put(Item item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while queueing for clustering", e);
    }
  }

  private void run() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    try {
      while (true) {
        Item item = queue.take();
        if (item.article() == END) {
          return;
        }
        long cpu0 = mx.getCurrentThreadCpuTime();
        clusterer.assign(ClusterDoc.of(item.article(), clock));
        long done = System.nanoTime();
        if (assigned == latencyNanos.length) {
          latencyNanos = Arrays.copyOf(latencyNanos, assigned * 2);
          cpuNanos = Arrays.copyOf(cpuNanos, assigned * 2);
        }
        cpuNanos[assigned] = mx.getCurrentThreadCpuTime() - cpu0;
        latencyNanos[assigned++] = done - item.committedNanos();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | Error e) {
      failure = e;
      queue.clear(); // unblock the writer; the failure is reported at close
    }
  }

  /** Waits for the queue to drain and returns the figures. */
  Map<String, Object> finish() {
    put(new Item(END, 0));
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (failure != null) {
      throw new IllegalStateException("clustering failed: " + failure, failure);
    }
    long[] lat = Arrays.copyOf(latencyNanos, assigned);
    long[] cpu = Arrays.copyOf(cpuNanos, assigned);
    Arrays.sort(lat);
    Arrays.sort(cpu);
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("articles_assigned", assigned);
    var snapshot = clusterer.clustering();
    f.put("events", snapshot.events().size());
    f.put("storylines", snapshot.storylines().size());
    f.put("article_to_event_p50_ms", ms(percentile(lat, 50)));
    f.put("article_to_event_p99_ms", ms(percentile(lat, 99)));
    f.put("article_to_event_max_ms", ms(assigned == 0 ? 0 : lat[assigned - 1]));
    f.put("assign_cpu_p50_ms", ms(percentile(cpu, 50)));
    f.put("assign_cpu_p99_ms", ms(percentile(cpu, 99)));
    f.put("assign_cpu_seconds", Math.round(Arrays.stream(cpu).sum() / 1e8) / 10.0);
    return f;
  }

  private static long percentile(long[] sorted, int p) {
    return sorted.length == 0
        ? 0
        : sorted[(int) Math.min(sorted.length - 1, sorted.length * (long) p / 100)];
  }

  private static double ms(long nanos) {
    return Math.round(nanos / 1e4) / 100.0;
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
