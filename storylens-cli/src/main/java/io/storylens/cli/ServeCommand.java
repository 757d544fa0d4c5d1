// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import io.storylens.core.dedup.DerivationLinker;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.nlp.LanguageLayer;
import io.storylens.core.nlp.NlpMode;
import io.storylens.core.nlp.SqliteAnnotationCache;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.StoredAnalysis;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import io.storylens.server.Library;
import io.storylens.server.ServerConfig;
import io.storylens.server.StorylensServer;
import io.storylens.store.Database;
import io.storylens.store.SqliteAnalysisStore;
import io.storylens.store.SqliteArticleStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storylens serve}: the HTTP API and web reader over the store. */
@Command(
    name = "serve",
    description = {
      "Serve the JSON API (/api, described at /api/openapi.json) and the web reader (/).",
      "Writes (POST /api/articles) need a bearer token from STORYLENS_TOKEN or --token-file;"
          + " without one they are refused. Binding beyond loopback needs a token or --read-only."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Mixin GroupingOption grouping;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "TCP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String bind;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description = "File whose first line is the write token (STORYLENS_TOKEN wins if set).")
  Path tokenFile;

  @Option(names = "--read-only", description = "Refuse every write.")
  boolean readOnly;

  @Option(
      names = "--max-body-bytes",
      defaultValue = "5242880",
      description = "Largest request body (default: ${DEFAULT-VALUE}).")
  long maxBodyBytes;

  @Option(
      names = "--cors-origin",
      paramLabel = "ORIGIN",
      description = "Allow this one origin by CORS (default: no CORS headers).")
  String corsOrigin;

  @Override
  public Integer call() throws InterruptedException {
    ServerConfig config =
        new ServerConfig(
            bind, port, token(), readOnly, maxBodyBytes, Optional.ofNullable(corsOrigin));
    config.checkSafe();
    var out = Cli.stdout();
    try (Database db = store.open();
        Library library =
            new Library(
                new SqliteArticleStore(db),
                Library.Analysis.kept(
                    new StoredAnalysis(
                        // Annotations are cached in the store too, so that the corpus-wide stages
                        // never annotate an article again after a restart.
                        Analyzer.builder()
                            .linker(new DerivationLinker())
                            .language(
                                LanguageLayer.of(NlpMode.analysis(), new SqliteAnnotationCache(db)))
                            .clusters(grouping.stage(db))
                            .build(),
                        new SqliteAnalysisStore(db))),
                IngestOptions.defaults(),
                Library.Settings.defaults(),
                Clock.systemUTC())) {
      // Serves the analysis kept in the store at once; what is new is analyzed behind it.
      library.start();
      CountDownLatch stopped = new CountDownLatch(1);
      try (StorylensServer server = StorylensServer.start(config, library)) {
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      server.close();
                      stopped.countDown();
                    }));
        var status = library.status();
        out.printf(
            Locale.ROOT,
            "storylens: serving %s (%d of %d articles analyzed; progress at /api/status) from %s;"
                + " writes %s%n",
            server.baseUrl(),
            status.articlesAnalyzed(),
            status.articlesStored(),
            db.path(),
            config.writesEnabled() ? "need the bearer token" : "disabled");
        stopped.await();
      }
    }
    return Main.OK;
  }

  private Optional<String> token() {
    String env = System.getenv("STORYLENS_TOKEN");
    if (env != null && !env.isBlank()) {
      return Optional.of(env);
    }
    if (tokenFile == null) {
      return Optional.empty();
    }
    try {
      return Files.readAllLines(tokenFile).stream().findFirst();
    } catch (IOException e) {
      throw new StorylensException(
          ErrorCode.INVALID_INPUT, "cannot read token file " + tokenFile + ": " + e.getMessage());
    }
  }
}
