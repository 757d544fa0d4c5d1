/**
 * The batch pipeline on Apache Spark. Executors run the core's own ingest and clean code on their
 * partitions; the driver runs the core's analysis stages. There is no second implementation.
 */
package io.storylens.spark;
