// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import io.storylens.store.Database;
import java.nio.file.Path;
import java.util.Random;

/** Child process for {@link IndexCrashTest}: inserts signatures until it is killed. */
public final class IndexCrashChild {
  private IndexCrashChild() {}

  public static void main(String[] args) {
    Random r = new Random(1);
    try (Database db = Database.open(Path.of(args[0]))) {
      SqliteLshIndex index = new SqliteLshIndex(db, LshBands.DEFAULT);
      for (int i = 0; ; i++) {
        int[] sig = new int[LshBands.DEFAULT.signatureLength()];
        for (int k = 0; k < sig.length; k++) {
          sig[k] = r.nextInt();
        }
        index.insert("doc-" + i, sig);
        if (i == 20) {
          System.out.println("inserting");
          System.out.flush();
        }
      }
    }
  }
}
