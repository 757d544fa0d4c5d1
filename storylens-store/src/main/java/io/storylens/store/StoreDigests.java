// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;

/**
 * Digests of stored rows, so that a change to the write path can be checked to store exactly the
 * same data.
 */
public final class StoreDigests {
  private StoreDigests() {}

  /**
   * SHA-256 (hex) over every column of every article row in row order; each value is followed by a
   * zero byte, and a SQL {@code NULL} is written as a lone zero character.
   */
  public static String articleRows(Database db) {
    return db.read(
        c -> {
          MessageDigest md = sha256();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT seq, id, source, outlet, title, published, text, record"
                          + " FROM articles ORDER BY seq");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              for (int i = 1; i <= 8; i++) {
                String v = rs.getString(i);
                byte[] bytes = (v == null ? "\u0000" : v).getBytes(StandardCharsets.UTF_8);
                md.update(bytes);
                md.update((byte) 0);
              }
            }
          }
          return HexFormat.of().formatHex(md.digest());
        });
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
