package io.storylens.core.cluster;

/** {@link OnlineClusterer} with its calibrated defaults meets the clusterer contract. */
class OnlineClustererContractTest extends ClustererContract {
  @Override
  Clusterer create() {
    return new OnlineClusterer();
  }
}
