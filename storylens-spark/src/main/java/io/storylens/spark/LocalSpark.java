// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.spark;

import org.apache.spark.SparkConf;

/** Spark settings for local mode (tests, benchmarks): no UI, small memory, few partitions. */
public final class LocalSpark {
  private LocalSpark() {}

  /**
   * A configuration for {@code master} such as {@code local[2]}.
   *
   * @param app the application name shown in logs
   */
  public static SparkConf conf(String master, String app) {
    return new SparkConf()
        .setMaster(master)
        .setAppName(app)
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false")
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set(
            "spark.default.parallelism",
            master.replaceAll("\\D", "").isEmpty() ? "1" : master.replaceAll("\\D", ""))
        .set("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
  }
}
