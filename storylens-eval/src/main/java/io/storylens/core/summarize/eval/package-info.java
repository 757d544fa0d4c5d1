/**
 * {@code storylens eval summaries}: DUC reader ({@link
 * io.storylens.core.summarize.eval.DucCorpus}), a Java ROUGE-N that reproduces NIST's ROUGE-1.5.5
 * figures ({@link io.storylens.core.summarize.eval.Rouge}) and the task ({@link
 * io.storylens.core.summarize.eval.SummariesEval}) that scores Storylens against LEAD and LexRank.
 */
package io.storylens.core.summarize.eval;
