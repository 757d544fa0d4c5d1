// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server listens and who may write.
 *
 * @param bind address to bind, e.g. {@code 127.0.0.1}
 * @param port TCP port; 0 picks a free one
 * @param token bearer token required by write endpoints; without one, writes are refused
 * @param readOnly refuse every write even with a token (allows binding beyond loopback without a
 *     token)
 * @param maxBodyBytes largest request body accepted
 * @param corsOrigin the one origin allowed by CORS; empty (the default) sends no CORS headers
 */
public record ServerConfig(
    String bind,
    int port,
    Optional<String> token,
    boolean readOnly,
    long maxBodyBytes,
    Optional<String> corsOrigin) {
  /** Default request size limit: 5 MB, enough for a batch of articles. */
  public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;

  public ServerConfig {
    Objects.requireNonNull(bind, "bind");
    if (port < 0 || port > 65535) {
      throw new StorylensException(ErrorCode.INVALID_INPUT, "port out of range: " + port);
    }
    Objects.requireNonNull(token, "token");
    token = token.map(String::strip).filter(t -> !t.isEmpty());
    if (token.isPresent() && token.get().length() < 16) {
      throw new StorylensException(
          ErrorCode.INVALID_INPUT, "the write token must have at least 16 characters");
    }
    if (maxBodyBytes < 1024) {
      throw new StorylensException(
          ErrorCode.INVALID_INPUT, "max body size must be at least 1024 bytes: " + maxBodyBytes);
    }
    Objects.requireNonNull(corsOrigin, "corsOrigin");
  }

  /** Loopback on a free port, with {@code token} for writes (tests, benchmarks). */
  public static ServerConfig loopback(String token) {
    return new ServerConfig(
        "127.0.0.1", 0, Optional.of(token), false, DEFAULT_MAX_BODY_BYTES, Optional.empty());
  }

  /** Whether write endpoints can be used at all. */
  public boolean writesEnabled() {
    return !readOnly && token.isPresent();
  }

  /**
   * Fails when the server would accept writes from beyond this machine without a token: a
   * non-loopback bind needs a token or {@code readOnly}.
   */
  public void checkSafe() {
    if (!isLoopback(bind) && token.isEmpty() && !readOnly) {
      throw new StorylensException(
          ErrorCode.INVALID_INPUT,
          "refusing to bind "
              + bind
              + " (beyond loopback) without a write token: set STORYLENS_TOKEN or --token-file,"
              + " or pass --read-only");
    }
  }

  /** Whether {@code host} resolves only to a loopback address. */
  static boolean isLoopback(String host) {
    try {
      InetAddress[] all = InetAddress.getAllByName(host);
      for (InetAddress a : all) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return all.length > 0;
    } catch (UnknownHostException e) {
      throw new StorylensException(ErrorCode.INVALID_INPUT, "cannot resolve bind address " + host);
    }
  }
}
