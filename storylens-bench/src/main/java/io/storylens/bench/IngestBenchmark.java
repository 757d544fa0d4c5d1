// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ingest + clean throughput on the dev JSON Lines corpus (198 articles), reported in articles per
 * second: JSON Lines as one input, and the same articles as one plain-text input each. Goal: at
 * least 5,000 articles/s on 2 cores. Run with {@code -t 2} for both cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IngestBenchmark {
  static final int ARTICLES = 198;

  private final Ingestor ingestor = new Ingestor(IngestOptions.defaults());
  private byte[] jsonl;
  private List<byte[]> texts;

  @Setup
  public void load() throws IOException {
    jsonl = Files.readAllBytes(BenchData.shared("news-clusters").resolve("dev.jsonl"));
    texts = new ArrayList<>();
    for (var a : ingestor.read("dev.jsonl", jsonl).articles()) {
      String header = " date " + a.publishedDate().map(Object::toString).orElse("2020-01-01") + " ";
      texts.add((header + a.text()).getBytes(StandardCharsets.UTF_8));
    }
    if (texts.size() != ARTICLES) {
      throw new IllegalStateException(
          "expected " + ARTICLES + " dev articles, got " + texts.size());
    }
  }

  /** One JSON Lines input of 198 articles; score = articles/s. */
  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  @Threads(2)
  public int jsonLines() {
    return ingestor.read("dev.jsonl", jsonl).articles().size();
  }

  /** 198 plain-text inputs with a date line; score = articles/s. */
  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  @Threads(2)
  public int plainTextFiles() {
    int n = 0;
    for (int i = 0; i < texts.size(); i++) {
      n += ingestor.read("a" + i + ".txt", texts.get(i)).articles().size();
    }
    return n;
  }
}
