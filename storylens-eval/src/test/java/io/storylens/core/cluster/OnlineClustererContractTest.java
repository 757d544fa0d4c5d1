// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

/** {@link OnlineClusterer} with its calibrated defaults meets the clusterer contract. */
class OnlineClustererContractTest extends ClustererContract {
  @Override
  Clusterer create() {
    return new OnlineClusterer();
  }
}
